package org.podunits.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Modes and ownership of what the writer creates: exactly the mode asked for whatever the umask,
 * and the owner of a shifted user namespace when the options ask for one.
 */
final class FileModes {

  /** The mode of every unit file. */
  static final int UNIT_MODE = 0644;

  /** The mode of every directory the writer creates. */
  static final int DIRECTORY_MODE = 0755;

  private static final FileAttribute<Set<PosixFilePermission>> UNIT_PERMISSIONS =
      permissions(UNIT_MODE);
  private static final FileAttribute<Set<PosixFilePermission>> DIRECTORY_PERMISSIONS =
      permissions(DIRECTORY_MODE);

  private FileModes() {}

  /** The permission bits of {@code mode} as a creation attribute (the umask still applies). */
  static FileAttribute<Set<PosixFilePermission>> creation(int mode) {
    if (mode == UNIT_MODE) {
      return UNIT_PERMISSIONS;
    }
    return mode == DIRECTORY_MODE ? DIRECTORY_PERMISSIONS : permissions(mode & 0777);
  }

  /**
   * Makes a file or directory just created with the permission bits of {@code mode} exactly
   * {@code mode}, owned as the options say. Creation applies the umask; the mode is changed only
   * when the umask took a wanted bit away. Where the umask cannot be read, the mode is read back
   * instead. Set-id and sticky bits are always set explicitly, after the change of owner, which
   * would clear them.
   */
  static void finish(Path path, int mode, WriteOptions options) throws IOException {
    if (options.shiftsOwner()) {
      Files.setAttribute(path, "unix:uid", options.uidShift(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(path, "unix:gid", options.uidShift(), LinkOption.NOFOLLOW_LINKS);
    }
    int created = Umask.VALUE >= 0
        ? mode & 0777 & ~Umask.VALUE
        : (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0777;
    if (created != mode) {
      Files.setAttribute(path, "unix:mode", mode);
    }
  }

  /** Creates a directory with mode {@value #DIRECTORY_MODE}, owned as the options say. */
  static void createDirectory(Path path, WriteOptions options) throws IOException {
    Files.createDirectory(path, DIRECTORY_PERMISSIONS);
    finish(path, DIRECTORY_MODE, options);
  }

  /**
   * Whether attributes read with {@code unix:mode,uid,gid} are those the writer gives a file of
   * this mode: the same mode, and the shifted owner when the options shift it.
   */
  static boolean matches(Map<String, Object> attributes, int mode, WriteOptions options) {
    if (((Integer) attributes.get("mode") & 07777) != mode) {
      return false;
    }
    return !options.shiftsOwner()
        || (Integer) attributes.get("uid") == options.uidShift()
            && (Integer) attributes.get("gid") == options.uidShift();
  }

  private static FileAttribute<Set<PosixFilePermission>> permissions(int mode) {
    // Not an EnumSet: its first use reflects on the enum's values(), on a JVM's first write.
    Set<PosixFilePermission> permissions = new HashSet<>();
    PosixFilePermission[] all = PosixFilePermission.values();
    for (int i = 0; i < all.length; i++) {
      if ((mode & (0400 >> i)) != 0) {
        permissions.add(all[i]);
      }
    }
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
