package org.podunits.write;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every path inside the pod root. A path must be relative and normalized ({@link
 * EntryChecks#pathProblem}); each directory on the way is looked at once, top down, without
 * following links, and a directory component that is a symbolic link must resolve to a directory
 * inside the root. The last component is never followed. The check is made against the tree as
 * found: the pod root must not be changed by anyone else while a writer works in it.
 *
 * <p>It also answers, where it can without a system call per file, whether a name exists: nothing
 * exists in a missing directory, and a directory that predates the writer is listed once when
 * that is cheaper than asking about each of the plan's names there.
 */
final class PodTree {

  /** What a directory is: found, missing, or created by this writer. */
  enum State { FOUND, MISSING, CREATED }

  private static final int LISTING_COST_IN_PROBES = 3;
  private static final int DIRECTORY_BYTES_PER_PROBE = 400;

  private final Path root;
  private final WriteOptions options;
  /**
   * The names a plan puts in each directory, by directory: its files, links and subdirectories.
   * Empty for a plain writer.
   */
  private final Map<Path, Set<Path>> plannedNames;
  private final Map<Path, State> directories = new HashMap<>();
  /**
   * The directories listed when first reached, each with the plan's names found in it; and of
   * those, the ones kept open to create and rename files in by name. Two maps, not one of a
   * record: each class of the writer is loaded from the jar on a JVM's first write.
   */
  private final Map<Path, Set<Path>> listed = new HashMap<>();
  private final Map<Path, SecureDirectoryStream<Path>> open = new HashMap<>();
  private final List<Path> missing = new ArrayList<>();
  private Path realRoot;

  PodTree(Path root, WriteOptions options, Map<Path, Set<Path>> plannedNames) {
    this.root = root;
    this.options = options;
    this.plannedNames = plannedNames;
  }

  /** The pod root. */
  Path root() {
    return root;
  }

  /** Where a relative path leads, or a failure naming what is wrong with it. */
  Path resolve(Path relative) throws FileSystemException {
    String problem = EntryChecks.pathProblem(relative);
    if (problem != null) {
      throw new FileSystemException(relative.toString(), null, problem);
    }
    return root.resolve(relative);
  }

  /**
   * What a directory is, looked at without changing anything. A directory that is missing is
   * added to {@link #missing()}, parents first.
   */
  State find(Path relative) throws IOException {
    if (relative == null) {
      return State.FOUND;
    }
    State known = directories.get(relative);
    if (known != null) {
      return known;
    }
    State parent = find(relative.getParent());
    // A name missing from its parent's listing needs no look: a look that finds nothing costs an
    // exception besides the system call.
    State state = parent == State.FOUND && exists(relative) != Boolean.FALSE
        ? look(relative) : State.MISSING;
    if (state == State.MISSING) {
      missing.add(relative);
    }
    directories.put(relative, state);
    return state;
  }

  /** Makes sure a directory exists, creating what is missing on the way. */
  State ensure(Path relative) throws IOException {
    State state = find(relative);
    if (state == State.MISSING) {
      ensure(relative.getParent());
      create(relative);
      return State.CREATED;
    }
    return state;
  }

  /** Creates a directory found missing, whose parent exists. */
  void create(Path relative) throws IOException {
    Path path = root.resolve(relative);
    FileModes.createDirectory(path, options);
    directories.put(relative, State.CREATED);
    if (options.durable()) {
      TempFiles.syncDirectory(path.getParent());
    }
  }

  /** The directories found missing so far, parents before children. */
  List<Path> missing() {
    return missing;
  }

  /**
   * Whether something exists at a path, if that is known without asking: true or false when its
   * directory was listed, missing or created by this writer, null otherwise.
   */
  Boolean exists(Path relative) {
    Path parent = relative.getParent();
    State state = parent == null ? State.FOUND : directories.get(parent);
    if (state == State.MISSING || state == State.CREATED) {
      return Boolean.FALSE;
    }
    Set<Path> present = listed.get(parent);
    return present == null ? null : present.contains(relative.getFileName());
  }

  /**
   * The open directory a file goes in, where the platform offers one (Linux) and the directory
   * was listed; null otherwise. Creating and renaming by name in it spares the kernel resolving
   * the whole path from the root for each call, and works in the very directory that was checked.
   */
  SecureDirectoryStream<Path> openDirectoryOf(Path file) {
    return open.get(file.getParent());
  }

  /**
   * Closes the directories kept open. A failure to close one is ignored: the stream only read the
   * directory and named files in it, all of which are done by now.
   */
  void close() {
    for (SecureDirectoryStream<Path> directory : open.values()) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // Nothing written depends on it; see above.
      }
    }
  }

  /**
   * A directory in one that predates the writer: looked at first, without following a link,
   * because most such directories exist (the stage1 image's).
   */
  private State look(Path relative) throws IOException {
    Path path = root.resolve(relative);
    BasicFileAttributes found;
    try {
      found = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return State.MISSING;
    }
    if (found.isSymbolicLink()) {
      requireDirectoryInsideRoot(path);
    } else if (!found.isDirectory()) {
      throw new FileSystemException(path.toString(), null, "is not a directory");
    } else {
      listIfCheaper(path, relative, found.size());
    }
    return State.FOUND;
  }

  /**
   * Lists a directory that predates the writer when that is cheaper than asking about each of the
   * plan's names there: asking is a system call per name, while a listing costs about {@value
   * #LISTING_COST_IN_PROBES} of them plus one for every {@value #DIRECTORY_BYTES_PER_PROBE} bytes
   * of the directory's size. The size is what {@code lstat} reports: tmpfs counts 20 bytes an
   * entry and other Linux file systems at least that, so the estimate errs towards not listing.
   * Where the platform offers it, the listed directory stays open until {@link #close()}.
   */
  private void listIfCheaper(Path path, Path relative, long size) throws IOException {
    Set<Path> wanted = plannedNames.get(relative);
    if (wanted == null
        || wanted.size() <= LISTING_COST_IN_PROBES + size / DIRECTORY_BYTES_PER_PROBE) {
      return;
    }
    // Filtered here, not by a DirectoryStream.Filter: a filter class of its own would be loaded
    // into the first write of every JVM.
    DirectoryStream<Path> stream = Files.newDirectoryStream(path);
    SecureDirectoryStream<Path> kept = null;
    try {
      Set<Path> present = new HashSet<>();
      for (Path entry : stream) {
        Path name = entry.getFileName();
        if (wanted.contains(name)) {
          present.add(name);
        }
      }
      // A durable write flushes each file through a FileChannel, which a stream does not give.
      if (!options.durable() && stream instanceof SecureDirectoryStream<Path> secure) {
        kept = secure;
        open.put(relative, secure);
      }
      listed.put(relative, present);
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    } finally {
      if (kept == null) {
        stream.close();
      }
    }
  }

  private void requireDirectoryInsideRoot(Path link) throws IOException {
    if (realRoot == null) {
      realRoot = root.toRealPath();
    }
    Path real = link.toRealPath();
    if (!real.startsWith(realRoot)) {
      throw new FileSystemException(link.toString(), real.toString(),
          "symbolic link leads outside the pod root " + realRoot);
    }
    if (!Files.isDirectory(real)) {
      throw new FileSystemException(link.toString(), real.toString(), "is not a directory");
    }
  }
}
