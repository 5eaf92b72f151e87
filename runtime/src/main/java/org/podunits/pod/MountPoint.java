package org.podunits.pod;

import org.podunits.unit.SystemdText;

/**
 * A place where an app's image expects a volume (an appc image manifest's mount point). rkt
 * mounts the pod volume of the same name there; where the pod has none, the app gets an empty
 * volume of its own, named {@code <app>-<name>}. A mount point whose path the app already mounts
 * something at is left alone.
 *
 * @param name the mount point's name, an ACName; a pod volume of this name fills it
 * @param path the absolute path inside the app rootfs, cleaned like a {@link Mount}'s, with
 *     symlinks already resolved inside that rootfs
 * @param readOnly whether the image wants it read-only; the volume's own flag overrides this
 */
public record MountPoint(String name, String path, boolean readOnly) {

  /**
   * Validates the mount point and cleans its path.
   *
   * @throws InvalidPodException with every problem, at the paths {@code name} and {@code path}
   */
  public MountPoint {
    DiagnosticList problems = new DiagnosticList();
    AppcNames.acName(problems, "name", "mount point name", name);
    Mount.checkPath(problems, "path", "mount point \"" + SystemdText.printable(String.valueOf(name)) + "\": path", path);
    problems.throwIfErrors();
    path = PodLayout.clean(path);
  }
}
