package org.podunits.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 *   <li><b>Atomic per file.</b> A file is written to a temporary file in its own directory, named
 *       {@code .<name>.podunits-tmp-<hex>}, which is then renamed over the target; the target
 *       never holds a partial file, and a failed step removes its temporary file. A process killed
 *       in the middle of a step can leave that temporary file; {@link UnitSet#recover} removes it
 *       from the directories the pod root's manifest names.
 *       For all or nothing across several files and across a crash, use {@link UnitSet#writeTo}.
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
  public static final int UNIT_MODE = FileModes.UNIT_MODE;

  /** The mode of every directory the writer creates. */
  public static final int DIRECTORY_MODE = FileModes.DIRECTORY_MODE;

  /** rkt's failure message for a want link. */
  public static final String WANT_LINK_FAILURE = "failed to link service want";

  private final WriteOptions options;
  private final PodTree tree;
  private final long nonce = ThreadLocalRandom.current().nextLong();
  private long sequence;
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
    this.options = Objects.requireNonNull(options, "options");
    this.tree = new PodTree(Objects.requireNonNull(podRoot, "podRoot"), options, Map.of());
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
    EntryChecks.failure(failure, path);
    Objects.requireNonNull(unit, "unit");
    if (error == null) {
      put(path, unit.serialize().getBytes(StandardCharsets.UTF_8), UNIT_MODE, failure);
    }
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
    EntryChecks.mode(path, mode);
    EntryChecks.failure(failure, path);
    if (error == null) {
      put(path, content, mode, failure);
    }
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
    link(wantPath, "../" + EntryChecks.unitFileName(unitName), WANT_LINK_FAILURE);
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
    EntryChecks.linkTarget(path, target);
    EntryChecks.failure(failure, path);
    if (error != null) {
      return;
    }
    try {
      Path link = tree.resolve(path);
      tree.ensure(path.getParent());
      try {
        Files.createSymbolicLink(link, link.getFileSystem().getPath(target));
      } catch (FileAlreadyExistsException e) {
        if (!Files.isSymbolicLink(link)) {
          throw notALink(link);
        }
        return;
      }
      if (options.durable()) {
        TempFiles.syncDirectory(link.getParent());
      }
    } catch (IOException e) {
      error = UnitWriteException.of(failure, e);
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

  private void put(Path path, byte[] content, int mode, String failure) {
    try {
      Path target = tree.resolve(path);
      tree.ensure(path.getParent());
      Path temp = TempFiles.beside(target, TempFiles.WRITER_MARK,
          Long.toHexString(nonce + sequence++));
      TempFiles.write(temp, null, null, content, mode, options);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        TempFiles.deleteAfterFailure(temp, e);
        throw e;
      }
      if (options.durable()) {
        TempFiles.syncDirectory(target.getParent());
      }
    } catch (IOException e) {
      error = UnitWriteException.of(failure, e);
    }
  }

  /** The failure found where a link should go: something that is not a symbolic link. */
  static FileAlreadyExistsException notALink(Path link) {
    return new FileAlreadyExistsException(
        link.toString(), null, "already exists and is not a symbolic link");
  }
}
