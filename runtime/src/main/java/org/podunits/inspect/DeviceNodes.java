package org.podunits.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;
import org.podunits.pod.InvalidPodException;
import org.podunits.pod.Volume;

/**
 * Tells whether a host volume's source is a device node, which decides rkt's
 * {@code DeviceAllow=/dev/.rkt/<volume>} lines and their links in {@code <stage1>/rkt/volumes}.
 */
public final class DeviceNodes {

  /** The file-type bits of {@code st_mode} ({@code S_IFMT}) and the two device types. */
  private static final int TYPE_MASK = 0170000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;

  private DeviceNodes() {}

  /**
   * The host volume {@code name} of the host path {@code source}: {@link Volume#deviceNode} if it
   * is a device node here, {@link Volume#host} otherwise.
   *
   * @throws InvalidPodException if the name is not an ACName or the source is not absolute
   */
  public static Volume hostVolume(String name, Path source) {
    Objects.requireNonNull(source, "source");
    return isDeviceNode(source) ? Volume.deviceNode(name, source.toString()) : Volume.host(name, source.toString());
  }

  /**
   * Whether {@code hostPath} is a character or block device, such as {@code /dev/null}. Like rkt's
   * {@code fileutil.IsDeviceNode}, a symbolic link is not followed (a link to a device is not a
   * device node) and a path that cannot be read is not one.
   *
   * @param hostPath the volume's source on this machine
   * @return true for a character or block device
   * @throws UnsupportedOperationException if the file system has no {@code unix} attribute view
   *     (the JDK provides it on Linux and the other Unix systems rkt ran on)
   */
  public static boolean isDeviceNode(Path hostPath) {
    Objects.requireNonNull(hostPath, "hostPath");
    int mode;
    try {
      mode = (Integer) Files.getAttribute(hostPath, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
    int type = mode & TYPE_MASK;
    return type == CHARACTER_DEVICE || type == BLOCK_DEVICE;
  }
}
