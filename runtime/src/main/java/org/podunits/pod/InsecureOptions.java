package org.podunits.pod;

/**
 * rkt's {@code --insecure-options} that weaken the app units.
 *
 * @param disablePaths no hidden or read-only paths, no mount flags and no device policy
 * @param disableCapabilities no {@code CapabilityBoundingSet=}
 * @param disableSeccomp no {@code SystemCallFilter=} (and no seccomp-forced no-new-privileges)
 */
public record InsecureOptions(boolean disablePaths, boolean disableCapabilities, boolean disableSeccomp) {

  /** Every protection on: rkt's default. */
  public static final InsecureOptions NONE = new InsecureOptions(false, false, false);

  /** Every protection off, as {@code --insecure-options=paths,capabilities,seccomp}. */
  public static final InsecureOptions ALL = new InsecureOptions(true, true, true);
}
