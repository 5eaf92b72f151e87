package org.podunits.pod;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * rkt's {@code GenerateMounts}: what is mounted where in an app, from the app's mounts, its image's
 * mount points and the pod's volumes.
 */
final class AppMounts {

  private AppMounts() {}

  /**
   * One mount of an app.
   *
   * @param path where it is mounted inside the app rootfs
   * @param volume the volume mounted there
   * @param readOnly whether it is read-only after every override
   * @param implicit whether the volume is an empty one made for a mount point the pod has no
   *     volume for
   */
  record Resolved(String path, Volume volume, boolean readOnly, boolean implicit) {}

  /**
   * The app's mounts first, in order, then a mount for every mount point at a path no mount has.
   * A mount uses the volume it brings along or else the pod volume of its name; it is read-only if
   * it says so or the first mount point of its volume's name does, unless the volume's own flag
   * says otherwise. A mount point uses the pod volume of its name, or an empty volume of its own.
   *
   * <p>Every mount's volume must be in one of the two places, as {@link PlanChecks} makes sure.
   */
  static List<Resolved> of(Pod pod, App app) {
    List<Resolved> resolved = new ArrayList<>(app.mounts().size() + app.mountPoints().size());
    Set<String> mounted = new HashSet<>();
    for (Mount mount : app.mounts()) {
      mounted.add(mount.path());
      // PlanChecks has made sure the volume is in one of the two places.
      Volume volume = mount.appVolume().isPresent()
          ? mount.appVolume().get() : pod.volume(mount.volume()).orElseThrow();
      boolean readOnly = mount.readOnly() || readOnlyMountPoint(app, mount.volume());
      resolved.add(new Resolved(mount.path(), volume, volume.readOnly().orElse(readOnly), false));
    }
    for (MountPoint mountPoint : app.mountPoints()) {
      if (mounted.contains(mountPoint.path())) {
        continue;
      }
      Optional<Volume> volume = pod.volume(mountPoint.name());
      if (volume.isPresent()) {
        resolved.add(new Resolved(mountPoint.path(), volume.get(),
            volume.get().readOnly().orElse(mountPoint.readOnly()), false));
      } else {
        resolved.add(new Resolved(mountPoint.path(), Volume.empty(implicitVolumeName(app, mountPoint)),
            mountPoint.readOnly(), true));
      }
    }
    return resolved;
  }

  /** The name of the empty volume an app gets for a mount point the pod has no volume for. */
  private static String implicitVolumeName(App app, MountPoint mountPoint) {
    return app.name() + "-" + mountPoint.name();
  }

  /** Whether the app's first mount point named {@code name} is read-only (false when there is none). */
  private static boolean readOnlyMountPoint(App app, String name) {
    for (MountPoint mountPoint : app.mountPoints()) {
      if (mountPoint.name().equals(name)) {
        return mountPoint.readOnly();
      }
    }
    return false;
  }
}
