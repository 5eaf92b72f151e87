package org.podunits.pod;

import java.util.Optional;
import org.podunits.unit.SystemdText;

/**
 * A pod volume that apps mount.
 *
 * @param name the volume name, an ACName
 * @param kind {@code host} (a host path) or {@code empty} (a fresh directory)
 * @param source the host path of a {@code host} volume; empty for an {@code empty} volume
 * @param readOnly the volume's own read-only flag, which overrides the app mount's when present
 * @param deviceNode whether the host source is a character or block device, a fact an inspector
 *     reads from the host; such a volume gets a {@code DeviceAllow=} entry and a link under {@code
 *     /dev/.rkt}
 */
public record Volume(String name, Kind kind, String source, Optional<Boolean> readOnly, boolean deviceNode) {

  /** The two volume kinds rkt accepts. */
  public enum Kind {
    /** A path on the host. */
    HOST,
    /** A fresh empty directory. */
    EMPTY
  }

  /**
   * Validates the volume.
   *
   * @throws InvalidPodException with every problem, at the paths {@code name}, {@code kind},
   *     {@code source} and {@code readOnly}
   */
  public Volume {
    DiagnosticList problems = new DiagnosticList();
    AppcNames.acName(problems, "name", "volume name", name);
    String volume = "volume \"" + SystemdText.printable(String.valueOf(name)) + "\"";
    problems.notNull("readOnly", volume + ": readOnly", readOnly);
    if (problems.notNull("kind", volume + ": kind", kind)) {
      if (kind == Kind.HOST) {
        problems.absolutePath("source", volume + ": source", source);
      } else if (problems.notNull("source", volume + ": source", source)) {
        if (!source.isEmpty()) {
          problems.error(DiagnosticCode.VOLUME_EMPTY_WITH_SOURCE, "source", volume
              + ": an empty volume has no source, yet it names \"" + SystemdText.printable(source)
              + "\"; make it a host volume or leave the source out");
        }
        if (deviceNode) {
          problems.error(DiagnosticCode.VOLUME_EMPTY_WITH_SOURCE, "kind", volume
              + ": an empty volume is a fresh directory, never a device node; make it a device-node host volume");
        }
      }
    }
    problems.throwIfErrors();
  }

  /** A host volume: the directory or file {@code source}, with no read-only flag of its own. */
  public static Volume host(String name, String source) {
    return new Volume(name, Kind.HOST, source, Optional.empty(), false);
  }

  /**
   * A host volume whose source is a character or block device, such as {@code /dev/fuse}: apps
   * that mount it are allowed to use the device ({@code DeviceAllow=}). An inspector can tell from
   * the host which volumes these are.
   */
  public static Volume deviceNode(String name, String source) {
    return new Volume(name, Kind.HOST, source, Optional.empty(), true);
  }

  /** An empty volume with no read-only flag of its own. */
  public static Volume empty(String name) {
    return new Volume(name, Kind.EMPTY, "", Optional.empty(), false);
  }

  /** This volume with its own read-only flag, which overrides the app mounts'. */
  public Volume withReadOnly(boolean readOnly) {
    return new Volume(name, kind, source, Optional.of(readOnly), deviceNode);
  }
}
