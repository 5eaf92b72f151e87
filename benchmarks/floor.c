/*
 * The floor for writing a pod's stage1 files: the tree a pod plan produces, copied into fresh pod
 * roots the cheapest way that is still atomic per file. Built and run by cold-bench.sh.
 *
 *   floor pods TREE COUNT ROOTS             write TREE into ROOTS/i for i < COUNT (the roots exist)
 *                                           and print the nanoseconds of each pod, one a line
 *   floor warm TREE COUNT PARENT DIR...     write COUNT pods, each into a fresh root under PARENT
 *                                           holding the directories DIR... (made and removed
 *                                           outside the timed part); print the median nanoseconds
 *                                           of the last tenth
 *
 * TREE is read into memory before anything is timed. Per pod, each distinct parent directory of an
 * entry is made with one mkdir (EEXIST is fine; a missing ancestor is made first), each regular
 * file is created under a temporary name with its final mode, written, closed and renamed into
 * place, and each symbolic link is made with one symlink. No fsync, like a non-durable writer.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum kind { REGULAR, LINK };

struct entry {
  enum kind kind;
  char *path;      /* relative to the root */
  char *temp;      /* the temporary name beside it */
  char *content;   /* file bytes, or the link target */
  size_t length;
  mode_t mode;
};

static struct entry *entries;
static size_t entry_count;
static char **directories;
static size_t directory_count;
static size_t tree_prefix;

static void die(const char *what, const char *path) {
  fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
  exit(2);
}

static char *read_all(const char *path, size_t *length) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) die("open", path);
  struct stat st;
  if (fstat(fd, &st) != 0) die("fstat", path);
  char *bytes = malloc(st.st_size + 1);
  size_t done = 0;
  while (done < (size_t) st.st_size) {
    ssize_t n = read(fd, bytes + done, st.st_size - done);
    if (n <= 0) die("read", path);
    done += n;
  }
  close(fd);
  *length = done;
  return bytes;
}

static void add_directory(const char *relative) {
  for (size_t i = 0; i < directory_count; i++) {
    if (strcmp(directories[i], relative) == 0) return;
  }
  directories = realloc(directories, (directory_count + 1) * sizeof *directories);
  directories[directory_count++] = strdup(relative);
}

static int collect(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void) ftw;
  if (type != FTW_F && type != FTW_SL) return 0;
  entries = realloc(entries, (entry_count + 1) * sizeof *entries);
  struct entry *e = &entries[entry_count++];
  e->path = strdup(path + tree_prefix);
  const char *slash = strrchr(e->path, '/');
  size_t parent = slash ? (size_t) (slash - e->path) : 0;
  if (asprintf(&e->temp, "%.*s%s.%s.tmp", (int) parent, e->path, slash ? "/" : "", slash ? slash + 1 : e->path) < 0) {
    die("asprintf", path);
  }
  char *directory = strndup(e->path, parent);
  add_directory(directory);
  free(directory);
  if (type == FTW_SL) {
    e->kind = LINK;
    e->content = calloc(PATH_MAX, 1);
    ssize_t n = readlink(path, e->content, PATH_MAX - 1);
    if (n < 0) die("readlink", path);
    e->length = n;
  } else {
    e->kind = REGULAR;
    e->mode = st->st_mode & 07777;
    e->content = read_all(path, &e->length);
  }
  return 0;
}

static void load(const char *tree) {
  tree_prefix = strlen(tree) + 1;
  if (nftw(tree, collect, 16, FTW_PHYS) != 0) die("walk", tree);
}

/* dir/name into a PATH_MAX buffer; a longer path is an error, never a silently cut one. */
static void join(char *buffer, const char *directory, const char *name) {
  size_t a = strlen(directory), b = strlen(name);
  if (a + 1 + b >= PATH_MAX) {
    errno = ENAMETOOLONG;
    die("path", name);
  }
  memcpy(buffer, directory, a);
  buffer[a] = '/';
  memcpy(buffer + a + 1, name, b + 1);
}

/* mkdir -p, one mkdir when the parent exists. */
static void make_directory(char *path) {
  if (mkdir(path, 0755) == 0 || errno == EEXIST) return;
  if (errno != ENOENT) die("mkdir", path);
  char *slash = strrchr(path, '/');
  if (slash == NULL) die("mkdir", path);
  *slash = '\0';
  make_directory(path);
  *slash = '/';
  if (mkdir(path, 0755) != 0 && errno != EEXIST) die("mkdir", path);
}

static void write_pod(const char *root) {
  char path[PATH_MAX], temp[PATH_MAX];
  for (size_t i = 0; i < directory_count; i++) {
    join(path, root, directories[i]);
    make_directory(path);
  }
  for (size_t i = 0; i < entry_count; i++) {
    struct entry *e = &entries[i];
    join(path, root, e->path);
    if (e->kind == LINK) {
      if (symlink(e->content, path) != 0) die("symlink", path);
      continue;
    }
    join(temp, root, e->temp);
    int fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, e->mode);
    if (fd < 0) die("open", temp);
    if (write(fd, e->content, e->length) != (ssize_t) e->length) die("write", temp);
    if (close(fd) != 0) die("close", temp);
    if (rename(temp, path) != 0) die("rename", path);
  }
}

static long long now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void) st; (void) ftw;
  if ((type == FTW_DP ? rmdir(path) : unlink(path)) != 0) die("remove", path);
  return 0;
}

static int by_value(const void *a, const void *b) {
  long long x = *(const long long *) a, y = *(const long long *) b;
  return (x > y) - (x < y);
}

int main(int argc, char **argv) {
  if (argc < 5 || (strcmp(argv[1], "pods") != 0 && strcmp(argv[1], "warm") != 0)) {
    fprintf(stderr, "usage: floor pods TREE COUNT ROOTS | floor warm TREE COUNT PARENT DIR...\n");
    return 2;
  }
  load(argv[2]);
  long count = strtol(argv[3], NULL, 10);
  long long *nanos = malloc(count * sizeof *nanos);
  char root[PATH_MAX], path[PATH_MAX];
  int warm = strcmp(argv[1], "warm") == 0;
  for (long i = 0; i < count; i++) {
    snprintf(root, sizeof root, "%s/%ld", argv[4], i);
    if (warm) {
      for (int d = 5; d < argc; d++) {
        join(path, root, argv[d]);
        make_directory(path);
      }
    }
    long long start = now();
    write_pod(root);
    nanos[i] = now() - start;
    if (warm && nftw(root, remove_one, 16, FTW_DEPTH | FTW_PHYS) != 0) die("remove", root);
  }
  if (warm) {
    long tenth = count / 10;
    qsort(nanos + count - tenth, tenth, sizeof *nanos, by_value);
    printf("%lld\n", nanos[count - tenth + tenth / 2]);
  } else {
    for (long i = 0; i < count; i++) printf("%lld\n", nanos[i]);
  }
  return 0;
}
