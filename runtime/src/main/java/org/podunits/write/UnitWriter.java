package org.podunits.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * rkt's first-error-wins writer: it writes unit files, plain files and symbolic links under a pod
 * root, records the first failure instead of throwing it, and does nothing once a failure is
 * recorded, so a caller can issue a whole sequence of steps and check {@link #error()} once.
 *
 * <p>Beyond rkt:
 *
 * <ul>
 *   <li><b>Confined to the pod root.</b> Every path is relative to the pod root. An absolute path,
 *       a {@code ..} or {@code .} component, an empty path, and a directory component that is a
 *       symbolic link resolving outside the pod root are failures the writer records; nothing is
 *       created or changed outside the root. A directory component that is a symbolic link
 *       resolving to a directory inside the root is followed. The last component is never
 *       followed: a file replaces a symbolic link in its place, it does not write through it.
 *       The check is made against the tree as found: the pod root must not be changed by anyone
 *       else while a writer works in it.
 *   <li><b>Atomic.</b> A file is written to a temporary file in its own directory, named {@code
 *       .<name>.podunits-new-<hex>}, which is then renamed over the target; the target never holds
 *       a partial file, and a failed step removes its temporary file.
 *   <li><b>Exact modes.</b> Unit files get 0644, plain files the mode asked for, created
 *       directories 0755, whatever the process umask. The writer knows the umask (on Linux) and
 *       changes a mode only when the umask took a wanted bit away. A default ACL on a directory
 *       that predates the writer, which replaces the umask there, is not looked for.
 *   <li><b>Causes kept.</b> The recorded {@link UnitWriteException} reads {@code <failure>:
 *       <cause>} and chains the cause; rkt showed only the failure.
 * </ul>
 *
 * <p>Missing parent directories are created (rkt created none for units). With {@link
 * WriteOptions#durable()} every file is flushed before it is renamed into place and each changed
 * directory after; with a uid range, files and created directories are owned by the shifted root.
 * A writer is not safe for use by several threads at once.
 */
public final class UnitWriter {

  /** The mode of every unit file. */
  public static final int UNIT_MODE = 0644;

  /** The mode of every directory the writer creates. */
  public static final int DIRECTORY_MODE = 0755;

  /** rkt's failure message for a want link. */
  public static final String WANT_LINK_FAILURE = "failed to link service want";

  /** Marks a temporary file holding new content: {@code .<name>.podunits-new-<hex>}. */
  private static final String NEW_MARK = ".podunits-new-";

  /** Marks a backup of replaced content during {@code writeTo}: {@code .<name>.podunits-old-<hex>}. */
  private static final String OLD_MARK = ".podunits-old-";

  private static final int MAX_NAME_CHARS_IN_SIBLING = 64;
  private static final int LISTING_COST_IN_PROBES = 3;
  private static final int DIRECTORY_BYTES_PER_PROBE = 400;
  private static final Set<OpenOption> NEW_FILE =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  private static final FileAttribute<Set<PosixFilePermission>> UNIT_PERMISSIONS =
      permissions(UNIT_MODE);
  private static final FileAttribute<Set<PosixFilePermission>> DIRECTORY_PERMISSIONS =
      permissions(DIRECTORY_MODE);

  /** How a directory came to be there: found, or created by this writer. */
  private enum Origin { FOUND, CREATED }

  /**
   * A directory listed when first reached: which of the plan's names were {@code present}, and
   * the open {@code directory} to create and rename files in by name, or null to use full paths.
   */
  private record Listing(Set<Path> present, SecureDirectoryStream<Path> directory) {}

  private final Path root;
  private final WriteOptions options;
  private final WriteJournal journal;
  private final Map<Path, Origin> directories = new HashMap<>();
  /** For a {@code writeTo} run: the file names the plan puts in each directory, by directory. */
  private final Map<Path, Set<Path>> plannedNames;
  /** The directories listed when first reached, by directory. */
  private final Map<Path, Listing> listings = new HashMap<>();
  private final long nonce = ThreadLocalRandom.current().nextLong();
  private long sequence;
  private Path realRoot;
  private UnitWriteException error;

  /**
   * A writer into an existing pod root, not durable and without a uid shift.
   *
   * @param podRoot the pod's root directory; every path the writer takes is relative to it
   */
  public UnitWriter(Path podRoot) {
    this(podRoot, WriteOptions.DEFAULT);
  }

  /**
   * A writer into an existing pod root with these options.
   *
   * @param podRoot the pod's root directory; every path the writer takes is relative to it
   * @param options durability and uid shift
   */
  public UnitWriter(Path podRoot, WriteOptions options) {
    this(podRoot, options, null, Map.of());
  }

  private UnitWriter(Path podRoot, WriteOptions options, WriteJournal journal,
      Map<Path, Set<Path>> plannedNames) {
    this.root = Objects.requireNonNull(podRoot, "podRoot");
    this.options = Objects.requireNonNull(options, "options");
    this.journal = journal;
    this.plannedNames = plannedNames;
  }

  /**
   * Writes a unit file with mode 0644: the options serialized as go-systemd does, an empty file
   * for no options.
   *
   * @param path where the unit goes, relative to the pod root
   * @param failure the message recorded if this step fails, such as {@code failed to write
   *     default.target}
   * @param options the unit's options, in order
   */
  public void writeUnit(Path path, String failure, UnitOption... options) {
    writeUnit(path, failure, UnitFile.of(options));
  }

  /**
   * Writes a unit file with mode 0644.
   *
   * @param path where the unit goes, relative to the pod root
   * @param failure the message recorded if this step fails
   * @param unit the unit to serialize
   */
  public void writeUnit(Path path, String failure, UnitFile unit) {
    Objects.requireNonNull(path, "path");
    checkFailure(failure);
    Objects.requireNonNull(unit, "unit");
    if (error != null) {
      return;
    }
    put(path, unit.serialize().getBytes(StandardCharsets.UTF_8), UNIT_MODE, failure);
  }

  /**
   * Writes a plain file with exactly these bytes and this mode.
   *
   * @param path where the file goes, relative to the pod root
   * @param content the bytes
   * @param mode the permission bits, 0 to 07777 (set-id and sticky bits included)
   * @param failure the message recorded if this step fails
   */
  public void writeFile(Path path, byte[] content, int mode, String failure) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    checkMode(path, mode);
    checkFailure(failure);
    if (error != null) {
      return;
    }
    put(path, content, mode, failure);
  }

  /**
   * Creates the want link {@code wantPath} → {@code ../<unitName>}, as rkt's {@code Activate}: a
   * symbolic link already at {@code wantPath} is kept, whatever it points to. Anything else there
   * (a file, a directory) is a failure, {@value #WANT_LINK_FAILURE}.
   *
   * @param unitName the unit the link wants, such as {@code hello.service}
   * @param wantPath where the link goes, relative to the pod root, such as {@code
   *     stage1/rootfs/usr/lib/systemd/system/default.target.wants/hello.service}
   */
  public void activate(String unitName, Path wantPath) {
    Objects.requireNonNull(unitName, "unitName");
    if (unitName.isEmpty() || unitName.equals(".") || unitName.equals("..")
        || unitName.indexOf('/') >= 0 || unitName.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("unit name \"" + unitName
          + "\" must be a file name: non-empty, not . or .., without / or NUL");
    }
    link(wantPath, "../" + unitName, WANT_LINK_FAILURE);
  }

  /**
   * Creates a symbolic link at {@code path} whose target is {@code target}, stored as the file
   * system's path syntax reads it (repeated and trailing slashes collapse) and never followed. A
   * symbolic link already at {@code path} is kept, whatever it points to, as rkt does with want
   * links and device-volume links; anything else there is a failure.
   *
   * @param path where the link goes, relative to the pod root
   * @param target the link's target, relative or absolute, non-empty, without NUL
   * @param failure the message recorded if this step fails
   */
  public void link(Path path, String target, String failure) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(target, "target");
    if (target.isEmpty() || target.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "link " + path + ": target \"" + target + "\" must be non-empty and hold no NUL");
    }
    checkFailure(failure);
    if (error != null) {
      return;
    }
    try {
      Path link = place(path);
      directory(path.getParent());
      try {
        Files.createSymbolicLink(link, root.getFileSystem().getPath(target));
      } catch (FileAlreadyExistsException e) {
        if (!Files.isSymbolicLink(link)) {
          throw new FileAlreadyExistsException(
              link.toString(), null, "already exists and is not a symbolic link");
        }
        return;
      }
      if (journal != null) {
        journal.created(link);
      }
      if (options.durable()) {
        syncDirectory(link.getParent());
      }
    } catch (IOException e) {
      record(failure, e);
    }
  }

  /** The first failure, if one was recorded. */
  public Optional<UnitWriteException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Throws the first failure, if one was recorded.
   *
   * @throws UnitWriteException the first failure
   */
  public void throwIfFailed() throws UnitWriteException {
    if (error != null) {
      throw error;
    }
  }

  /**
   * Applies a plan all or nothing; see {@link UnitSet#writeTo(Path, WriteOptions)} for the
   * guarantee. A runtime exception from a step (a programmer error) rolls back too.
   */
  static void writeAll(Path podRoot, WriteOptions options, List<UnitSet.Entry> entries)
      throws UnitWriteException {
    WriteJournal journal = new WriteJournal(options.durable());
    UnitWriter writer = new UnitWriter(podRoot, options, journal, plannedNames(entries));
    try {
      try {
        for (UnitSet.Entry entry : entries) {
          if (writer.error != null) {
            break;
          }
          if (entry instanceof UnitSet.UnitEntry unit) {
            writer.writeUnit(unit.path(), unit.failure(), unit.unit());
          } else if (entry instanceof UnitSet.LinkEntry link) {
            writer.link(link.path(), link.target(), link.failure());
          } else {
            UnitSet.FileEntry file = (UnitSet.FileEntry) entry;
            writer.writeFile(file.path(), file.sharedContent(), file.mode(), file.failure());
          }
        }
      } finally {
        writer.closeListings();
      }
    } catch (RuntimeException | Error e) {
      journal.rollback(e);
      throw e;
    }
    if (writer.error != null) {
      journal.rollback(writer.error);
      throw writer.error;
    }
    journal.commit();
  }

  /** The file names each directory gets from a plan's unit and file entries, by directory. */
  private static Map<Path, Set<Path>> plannedNames(List<UnitSet.Entry> entries) {
    Map<Path, Set<Path>> names = new HashMap<>();
    for (UnitSet.Entry entry : entries) {
      Path directory = entry.path().getParent();
      if (directory != null && !(entry instanceof UnitSet.LinkEntry)) {
        names.computeIfAbsent(directory, unused -> new HashSet<>()).add(entry.path().getFileName());
      }
    }
    return names;
  }

  private void put(Path path, byte[] content, int mode, String failure) {
    try {
      Path target = place(path);
      Origin parent = directory(path.getParent());
      Path temp = sibling(target, NEW_MARK);
      Listing listing = listings.get(path.getParent());
      FileAttribute<Set<PosixFilePermission>> permissions =
          mode == UNIT_MODE ? UNIT_PERMISSIONS : permissions(mode & 0777);
      SeekableByteChannel channel = listing != null && listing.directory() != null
          ? listing.directory().newByteChannel(temp.getFileName(), NEW_FILE, permissions)
          : FileChannel.open(temp, NEW_FILE, permissions);
      try {
        try (channel) {
          ByteBuffer buffer = ByteBuffer.wrap(content);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          shiftOwner(temp);
          setMode(temp, mode);
          if (options.durable()) {
            // A durable run keeps no directory open (see listIfCheaper): this is FileChannel.open's.
            ((FileChannel) channel).force(true);
          }
        }
        install(temp, target, listing, parent);
      } catch (IOException e) {
        deleteAfterFailure(temp, e);
        throw e;
      }
      if (options.durable()) {
        syncDirectory(target.getParent());
      }
    } catch (IOException e) {
      record(failure, e);
    }
  }

  /**
   * Moves a complete temporary file to its target. A plain writer renames over whatever is there.
   * A {@code writeTo} run must know what it replaces: in a directory it created, nothing was
   * there; in a directory it listed when it first reached it, the listing tells; elsewhere it
   * first tries a hard link, which succeeds only where no file exists (no exception, no extra
   * stat in the common case of a new file). Only when something exists is that kept as a backup
   * before the rename over it.
   *
   * <p>A listing can be older than files this run created through another name of the same
   * directory (a symbolic link or a bind mount inside the pod root). That is still exact: a name
   * the listing lacks did not exist before the run, so removing it on rollback is right, and a
   * name it has gets a backup as with the hard-link probe.
   */
  private void install(Path temp, Path target, Listing listing, Origin parent)
      throws IOException {
    if (journal == null || parent == Origin.CREATED) {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      if (journal != null) {
        journal.created(target);
      }
      return;
    }
    if (listing != null) {
      if (listing.present().contains(target.getFileName())) {
        replace(temp, target);
      } else if (listing.directory() != null) {
        listing.directory().move(temp.getFileName(), listing.directory(), target.getFileName());
        journal.created(target);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        journal.created(target);
      }
      return;
    }
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      replace(temp, target);
      return;
    }
    journal.created(target);
    if (!temp.toFile().delete()) {
      Files.delete(temp);
    }
  }

  /** Renames a temporary file over an existing target, which first gets a backup for rollback. */
  private void replace(Path temp, Path target) throws IOException {
    Path backup = backup(target);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException moveFailure) {
      deleteAfterFailure(backup, moveFailure);
      throw moveFailure;
    }
    journal.replaced(target, backup);
  }

  private Path backup(Path target) throws IOException {
    Path backup = sibling(target, OLD_MARK);
    try {
      Files.createLink(backup, target);
    } catch (IOException e) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(target.toString(), null, "is a directory, not a file");
      }
      throw e;
    }
    return backup;
  }

  /** The target of a relative path, or a failure if the path could lead out of the pod root. */
  private Path place(Path path) throws FileSystemException {
    String text = path.toString();
    String problem = null;
    if (text.isEmpty()) {
      problem = "is empty; it must name a file under the pod root";
    } else if (path.isAbsolute() || path.getRoot() != null) {
      problem = "is absolute; it must be relative to the pod root " + root;
    } else {
      int start = 0;
      while (start <= text.length() && problem == null) {
        int end = text.indexOf('/', start);
        if (end < 0) {
          end = text.length();
        }
        int length = end - start;
        if (length == 2 && text.startsWith("..", start)) {
          problem = "holds a '..' component; paths must stay under the pod root " + root;
        } else if (length == 1 && text.charAt(start) == '.') {
          problem = "holds a '.' component; paths must be normalized";
        }
        start = end + 1;
      }
    }
    if (problem != null) {
      throw new FileSystemException(text, null, problem);
    }
    return root.resolve(path);
  }

  /**
   * Makes sure a directory exists, creating what is missing, and that it leads nowhere outside
   * the pod root. Each directory is looked at once per writer, top down. Under a directory this
   * writer created, nothing can predate it, so nothing is looked at there. A directory that
   * predates the writer is looked at without following links, and only a link is resolved.
   */
  private Origin directory(Path relative) throws IOException {
    if (relative == null) {
      return Origin.FOUND;
    }
    Origin known = directories.get(relative);
    if (known != null) {
      return known;
    }
    Origin parent = directory(relative.getParent());
    Path path = root.resolve(relative);
    Origin origin =
        parent == Origin.CREATED ? createDirectory(path) : findOrCreate(path, relative);
    directories.put(relative, origin);
    return origin;
  }

  /**
   * A directory in one that predates the writer: looked at first, without following a link,
   * because most such directories exist (the stage1 image's), and created if missing.
   */
  private Origin findOrCreate(Path path, Path relative) throws IOException {
    BasicFileAttributes found;
    try {
      found = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return createDirectory(path);
    }
    if (found.isSymbolicLink()) {
      requireDirectoryInsideRoot(path);
    } else if (!found.isDirectory()) {
      throw new FileSystemException(path.toString(), null, "is not a directory");
    } else {
      listIfCheaper(path, relative, found.size());
    }
    return Origin.FOUND;
  }

  /**
   * In a {@code writeTo} run, lists a directory that predates the run when that is cheaper than
   * probing each of the plan's files there with a hard link: a probe is one system call more per
   * file than a rename, while a listing costs about {@value #LISTING_COST_IN_PROBES} probes plus
   * one for every {@value #DIRECTORY_BYTES_PER_PROBE} bytes of the directory's size. The size is
   * what {@code lstat} reports: tmpfs counts 20 bytes an entry and other Linux file systems at
   * least that, so the estimate errs towards not listing.
   *
   * <p>Where the platform offers it (Linux), the listed directory stays open for the run, and
   * temporary files are created and renamed in it by name: the kernel then resolves one name
   * instead of the whole path from the root, and the directory found here is the one written in.
   * A durable run does not keep it, because it must flush each file through a {@link
   * FileChannel}.
   */
  private void listIfCheaper(Path path, Path relative, long size) throws IOException {
    Set<Path> wanted = plannedNames.get(relative);
    if (wanted == null
        || wanted.size() <= LISTING_COST_IN_PROBES + size / DIRECTORY_BYTES_PER_PROBE) {
      return;
    }
    DirectoryStream<Path> stream =
        Files.newDirectoryStream(path, entry -> wanted.contains(entry.getFileName()));
    SecureDirectoryStream<Path> kept = null;
    try {
      Set<Path> present = new HashSet<>();
      for (Path entry : stream) {
        present.add(entry.getFileName());
      }
      if (!options.durable() && stream instanceof SecureDirectoryStream<Path> secure) {
        kept = secure;
      }
      listings.put(relative, new Listing(present, kept));
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    } finally {
      if (kept == null) {
        stream.close();
      }
    }
  }

  /**
   * Closes the directories kept open by listings. A failure to close one is ignored: the stream
   * only read the directory and named files in it, all of which are done by now.
   */
  private void closeListings() {
    for (Listing listing : listings.values()) {
      if (listing.directory() != null) {
        try {
          listing.directory().close();
        } catch (IOException ignored) {
          // Nothing written depends on it; see above.
        }
      }
    }
  }

  private Origin createDirectory(Path path) throws IOException {
    Files.createDirectory(path, DIRECTORY_PERMISSIONS);
    if (journal != null) {
      journal.created(path);
    }
    shiftOwner(path);
    setMode(path, DIRECTORY_MODE);
    if (options.durable()) {
      syncDirectory(path.getParent());
    }
    return Origin.CREATED;
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

  /**
   * Gives a file or directory just created with the permission bits of {@code mode} exactly
   * {@code mode}. Creation applies the umask; the mode is changed only when the umask took a
   * wanted bit away. Where the umask cannot be read, the mode is read back instead. Set-id and
   * sticky bits are always set explicitly, after any change of owner, which would clear them.
   */
  private static void setMode(Path path, int mode) throws IOException {
    int created = Umask.VALUE >= 0
        ? mode & 0777 & ~Umask.VALUE
        : (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0777;
    if (created != mode) {
      Files.setAttribute(path, "unix:mode", mode);
    }
  }

  private void shiftOwner(Path path) throws IOException {
    if (options.shiftsOwner()) {
      Files.setAttribute(path, "unix:uid", options.uidShift(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(path, "unix:gid", options.uidShift(), LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * A fresh name beside {@code target}: {@code .<name><mark><hex>}. It starts with a dot and ends
   * in no unit suffix, so systemd never loads it; the name part is cut short so the whole stays
   * within the 255-byte limit of a file name.
   */
  private Path sibling(Path target, String mark) {
    String name = target.getFileName().toString();
    if (name.length() > MAX_NAME_CHARS_IN_SIBLING) {
      int end = MAX_NAME_CHARS_IN_SIBLING;
      if (Character.isHighSurrogate(name.charAt(end - 1))) {
        end--;
      }
      name = name.substring(0, end);
    }
    return target.resolveSibling("." + name + mark + Long.toHexString(nonce + sequence++));
  }

  private void record(String failure, IOException cause) {
    error = new UnitWriteException(failure, explained(cause));
  }

  /**
   * The JDK leaves the reason out of some file-system exceptions, whose message is then just a
   * path; this gives them the reason, keeping their type and chaining the original.
   */
  private static IOException explained(IOException cause) {
    if (!(cause instanceof FileSystemException)
        || ((FileSystemException) cause).getReason() != null) {
      return cause;
    }
    FileSystemException plain = (FileSystemException) cause;
    FileSystemException explained;
    if (cause instanceof NoSuchFileException) {
      explained = new NoSuchFileException(
          plain.getFile(), plain.getOtherFile(), "no such file or directory");
    } else if (cause instanceof FileAlreadyExistsException) {
      explained = new FileAlreadyExistsException(
          plain.getFile(), plain.getOtherFile(), "already exists");
    } else if (cause instanceof AccessDeniedException) {
      explained = new AccessDeniedException(
          plain.getFile(), plain.getOtherFile(), "permission denied");
    } else {
      return cause;
    }
    explained.initCause(cause);
    return explained;
  }

  private static void deleteAfterFailure(Path path, IOException failure) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] all = PosixFilePermission.values();
    for (int i = 0; i < all.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        permissions.add(all[i]);
      }
    }
    return PosixFilePermissions.asFileAttribute(permissions);
  }

  private static void checkMode(Path path, int mode) {
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("file " + path + ": mode " + Integer.toOctalString(mode)
          + " is not a permission mode between 0 and 7777 (octal)");
    }
  }

  private static void checkFailure(String failure) {
    Objects.requireNonNull(failure, "failure");
    if (failure.isEmpty()) {
      throw new IllegalArgumentException("a step's failure message must not be empty");
    }
  }
}
