package org.podunits.pod;

import java.util.Locale;
import org.podunits.unit.SystemdText;

/**
 * The stage1 a pod runs in: its flavor and the version of the systemd it ships.
 *
 * <p>{@code org.podunits.inspect.Stage1Detector} reads the stage1 of an existing pod from its
 * root. A development build of systemd has no release number (its version file says {@code master});
 * it is {@link #UNKNOWN_VERSION}, which counts as newer than every release for every version gate.
 *
 * @param flavor the stage1 flavor
 * @param systemdVersion the systemd release (such as 233), or {@link #UNKNOWN_VERSION}
 */
public record Stage1(Flavor flavor, int systemdVersion) {

  /** The version of a systemd development build: newer than every release. */
  public static final int UNKNOWN_VERSION = Integer.MAX_VALUE;

  /** The stage1 flavors rkt ships, named as the target of rkt's {@code flavor} link. */
  public enum Flavor {
    /** systemd-nspawn with CoreOS's systemd build. */
    COREOS,
    /** A virtual machine per pod (lkvm or QEMU); writes no device policy. */
    KVM,
    /** No isolation: apps run in chroots (rkt's fly stage1). */
    FLY,
    /** systemd-nspawn with a systemd built from source. */
    SRC,
    /** systemd-nspawn with the host's systemd. */
    HOST;

    /**
     * The flavor named {@code name}, as rkt's {@code flavor} link names it.
     *
     * @throws InvalidPodException at the path {@code flavor} for another name, listing the flavors
     */
    public static Flavor parse(String name) {
      for (Flavor flavor : values()) {
        if (flavor.toString().equals(name)) {
          return flavor;
        }
      }
      throw DiagnosticList.refusal(DiagnosticCode.STAGE1_FLAVOR_UNKNOWN, "flavor", "stage1 flavor \""
          + SystemdText.printable(String.valueOf(name)) + "\" is not one rkt ships; use coreos, kvm, fly, src or host");
    }

    /** The name rkt's {@code flavor} link gives, such as {@code coreos}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Validates the flavor and version.
   *
   * @throws InvalidPodException at the paths {@code flavor} and {@code systemdVersion}
   */
  public Stage1 {
    DiagnosticList problems = new DiagnosticList();
    problems.notNull("flavor", "stage1 flavor", flavor);
    if (systemdVersion < 1) {
      problems.error(DiagnosticCode.STAGE1_VERSION_INVALID, "systemdVersion", "stage1 systemd version "
          + systemdVersion + " must be a release number such as 233, or Stage1.UNKNOWN_VERSION for a development build");
    }
    problems.throwIfErrors();
  }

  /** A stage1 of this flavor shipping this systemd release. */
  public static Stage1 of(Flavor flavor, int systemdVersion) {
    return new Stage1(flavor, systemdVersion);
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
