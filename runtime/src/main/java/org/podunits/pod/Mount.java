package org.podunits.pod;

import java.util.Optional;
import org.podunits.unit.SystemdText;

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

  /**
   * Validates the mount and cleans its path.
   *
   * @throws InvalidPodException with every problem, at the paths {@code volume}, {@code path} and
   *     {@code appVolume}
   */
  public Mount {
    DiagnosticList problems = new DiagnosticList();
    boolean named = AppcNames.acName(problems, "volume", "mount volume", volume);
    String what = "mount of volume \"" + SystemdText.printable(String.valueOf(volume)) + "\"";
    checkPath(problems, "path", what + ": path", path);
    if (problems.notNull("appVolume", what + ": appVolume", appVolume) && named
        && appVolume.isPresent() && !appVolume.get().name().equals(volume)) {
      problems.error(DiagnosticCode.MOUNT_VOLUME_MISMATCH, "appVolume", what
          + ": the volume it brings along is named \"" + appVolume.get().name() + "\"; the names must match");
    }
    problems.throwIfErrors();
    path = PodLayout.clean(path);
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
   * Whether the text is an absolute mount path without a character that would split the
   * space-separated path lists it ends up in.
   */
  static boolean checkPath(DiagnosticList out, String at, String what, String path) {
    if (!out.absolutePath(at, what, path)) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == ' ' || c == '"' || c == '\'' || c == '\\') {
        out.error(DiagnosticCode.PATH_SPLITS_LIST, at, what + " \"" + path
            + "\" must not contain spaces, quotes or backslashes, which would split systemd's path lists");
        return false;
      }
    }
    return true;
  }
}
