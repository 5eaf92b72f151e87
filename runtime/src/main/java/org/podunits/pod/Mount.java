package org.podunits.pod;

import java.util.Optional;

/**
 * A pod volume mounted into an app (an appc runtime app's mount).
 *
 * <p>The path is where the volume appears inside the app rootfs, with symlinks already resolved
 * inside that rootfs (an inspector's job). It becomes part of space-separated path lists such as
 * {@code ReadWriteDirectories=}, so it may hold no whitespace, quotes or backslashes.
 *
 * @param volume the name of the volume, an ACName
 * @param path the absolute mount path inside the app rootfs, lexically cleaned like Go's
 *     {@code filepath.Clean}
 * @param readOnly whether the app mounts it read-only; an image mount point of the volume's name
 *     that is read-only makes it read-only too, and the volume's own flag overrides both
 * @param appVolume the volume this mount brings along (rkt's {@code appVolume}, as {@code rkt app
 *     add --mnt-volume} and the CRI make), used instead of the pod volume of the same name
 */
public record Mount(String volume, String path, boolean readOnly, Optional<Volume> appVolume) {

  /** Validates the mount and cleans its path. */
  public Mount {
    AppcNames.requireAcName("mount volume", volume);
    path = checkedPath("mount of volume \"" + volume + "\": path", path);
    Texts.requireNonNull("mount of volume \"" + volume + "\": appVolume", appVolume);
    if (appVolume.isPresent() && !appVolume.get().name().equals(volume)) {
      throw new IllegalArgumentException("mount of volume \"" + volume + "\": the volume it brings along is named \""
          + appVolume.get().name() + "\"; the names must match");
    }
  }

  /** A mount of the pod volume named {@code volume}. */
  public Mount(String volume, String path, boolean readOnly) {
    this(volume, path, readOnly, Optional.empty());
  }

  /** A read-write mount of the pod volume {@code volume} at {@code path}. */
  public static Mount of(String volume, String path) {
    return new Mount(volume, path, false);
  }

  /** A read-only mount of the pod volume {@code volume} at {@code path}. */
  public static Mount readOnly(String volume, String path) {
    return new Mount(volume, path, true);
  }

  /** This mount, bringing its own volume, which must have the mount's volume name. */
  public Mount withAppVolume(Volume volume) {
    return new Mount(this.volume, path, readOnly, Optional.of(volume));
  }

  /**
   * An absolute mount path, cleaned; refused if it holds a character that would split the
   * space-separated path lists it ends up in.
   */
  static String checkedPath(String what, String path) {
    Texts.requireAbsolutePath(what, path);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == ' ' || c == '"' || c == '\'' || c == '\\') {
        throw new IllegalArgumentException(what + " \"" + path
            + "\" must not contain spaces, quotes or backslashes, which would split systemd's path lists");
      }
    }
    return PodLayout.clean(path);
  }
}
