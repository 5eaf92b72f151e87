package org.podunits.pod;

import java.util.Optional;

/**
 * A pod volume that apps mount.
 *
 * @param name the volume name, an ACName
 * @param kind {@code host} (a host path) or {@code empty} (a fresh directory)
 * @param source the host path of a {@code host} volume; empty for an {@code empty} volume
 * @param readOnly the volume's own read-only flag, which overrides the app mount's when present
 * @param deviceNode whether the host source is a character or block device, a fact an inspector
 *     reads from the host; such a volume gets a {@code DeviceAllow=} entry
 */
public record Volume(String name, Kind kind, String source, Optional<Boolean> readOnly, boolean deviceNode) {

  /** The two volume kinds rkt accepts. */
  public enum Kind {
    /** A path on the host. */
    HOST,
    /** A fresh empty directory. */
    EMPTY
  }

  /** Validates the volume. */
  public Volume {
    AppcNames.requireAcName("volume name", name);
    String volume = "volume \"" + name + "\"";
    Texts.requireNonNull(volume + ": kind", kind);
    Texts.requireNonNull(volume + ": readOnly", readOnly);
    if (kind == Kind.HOST) {
      Texts.requireAbsolutePath(volume + ": source", source);
    } else {
      Texts.requireNonNull(volume + ": source", source);
      if (!source.isEmpty()) {
        throw new IllegalArgumentException(volume + ": an empty volume has no source, yet it names \""
            + Texts.printable(source) + "\"");
      }
      if (deviceNode) {
        throw new IllegalArgumentException(volume + ": an empty volume is a fresh directory, never a device node");
      }
    }
  }

  /** A host volume with no read-only flag of its own; {@code deviceNode} as an inspector found it. */
  public static Volume host(String name, String source, boolean deviceNode) {
    return new Volume(name, Kind.HOST, source, Optional.empty(), deviceNode);
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
