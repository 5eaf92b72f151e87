package org.podunits.pod;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The stage1 a pod runs in: its flavor ({@code coreos}, {@code kvm}, {@code src}, {@code host},
 * {@code fly}, ...) and the version of the systemd it ships.
 *
 * <p>A development build of systemd has no release number (its version file says {@code master});
 * it is {@link #UNKNOWN_VERSION}, which counts as newer than every release for every version gate.
 *
 * @param flavor the stage1 flavor, as the target text of rkt's {@code flavor} link
 * @param systemdVersion the systemd release (such as 233), or {@link #UNKNOWN_VERSION}
 */
public record Stage1(String flavor, int systemdVersion) {

  /** The version of a systemd development build: newer than every release. */
  public static final int UNKNOWN_VERSION = Integer.MAX_VALUE;

  /** Validates the flavor and version. */
  public Stage1 {
    Texts.requireNonNull("stage1 flavor", flavor);
    if (!isFlavorName(flavor)) {
      throw new IllegalArgumentException("stage1 flavor \"" + Texts.printable(flavor)
          + "\" must be a lower-case name such as coreos, kvm, src, host or fly");
    }
    if (systemdVersion < 1) {
      throw new IllegalArgumentException("stage1 systemd version " + systemdVersion
          + " must be a release number such as 233, or Stage1.UNKNOWN_VERSION for a development build");
    }
  }

  /**
   * Whether the flavor is {@code [a-z0-9][a-z0-9._-]*}, checked without a regular expression: a
   * pattern here would load and compile the regex engine for the first pod of a JVM.
   */
  private static boolean isFlavorName(String flavor) {
    if (flavor.isEmpty()) {
      return false;
    }
    for (int i = 0; i < flavor.length(); i++) {
      char c = flavor.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /** A stage1 of this flavor shipping this systemd release. */
  public static Stage1 of(String flavor, int systemdVersion) {
    return new Stage1(flavor, systemdVersion);
  }

  /**
   * The stage1 of the pod at {@code podRoot}, read as rkt reads it: the flavor is the target text
   * of the link {@code <podRoot>/stage1/rootfs/flavor}; the systemd version is the release in
   * {@code <podRoot>/stage1/rootfs/systemd-version} (such as {@code v233}; a non-numeric version
   * such as {@code master} is {@link #UNKNOWN_VERSION}), or for the {@code host} flavor the
   * release that {@code systemctl --version} reports on this machine.
   *
   * @param podRoot the pod's root directory
   * @return the stage1 the pod runs in
   * @throws PodInspectionException if the link is missing or not a flavor name, or the version
   *     file is missing, unreadable, empty or out of range, or {@code systemctl --version} fails;
   *     the message names the file or command, and the cause is chained
   */
  public static Stage1 detect(Path podRoot) throws PodInspectionException {
    Objects.requireNonNull(podRoot, "podRoot");
    return Stage1Detector.detect(podRoot, Stage1Detector.SYSTEMCTL_VERSION);
  }

  /** Whether the systemd version is at least {@code release}; an unknown version always is. */
  public boolean atLeast(int release) {
    return systemdVersion >= release;
  }

  /** Whether the version is that of a development build. */
  public boolean versionUnknown() {
    return systemdVersion == UNKNOWN_VERSION;
  }
}
