package org.podunits.pod;

/**
 * A pod volume mounted into an app.
 *
 * <p>The path is where the volume appears inside the app rootfs, with symlinks already resolved
 * inside that rootfs (an inspector's job). It becomes part of space-separated path lists such as
 * {@code ReadWriteDirectories=}, so it may hold no whitespace, quotes or backslashes.
 *
 * @param volume the name of the pod volume, an ACName
 * @param path the absolute mount path inside the app rootfs, lexically cleaned like Go's
 *     {@code filepath.Clean}
 * @param readOnly whether the app mounts it read-only (the volume's own flag overrides this)
 */
public record Mount(String volume, String path, boolean readOnly) {

  /** Validates the mount and cleans its path. */
  public Mount {
    AppcNames.requireAcName("mount volume", volume);
    Texts.requireAbsolutePath("mount of volume \"" + volume + "\": path", path);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == ' ' || c == '"' || c == '\'' || c == '\\') {
        throw new IllegalArgumentException("mount of volume \"" + volume + "\": path \"" + path
            + "\" must not contain spaces, quotes or backslashes, which would split systemd's path lists");
      }
    }
    path = PodLayout.clean(path);
  }

  /** A read-write mount of {@code volume} at {@code path}. */
  public static Mount of(String volume, String path) {
    return new Mount(volume, path, false);
  }

  /** A read-only mount of {@code volume} at {@code path}. */
  public static Mount readOnly(String volume, String path) {
    return new Mount(volume, path, true);
  }
}
