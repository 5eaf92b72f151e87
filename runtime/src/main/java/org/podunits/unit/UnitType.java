package org.podunits.unit;

import java.util.Optional;

/** The kinds of systemd unit, each named by the suffix of its unit names. */
public enum UnitType {
  SERVICE(".service", "Service"),
  SOCKET(".socket", "Socket"),
  DEVICE(".device", null),
  MOUNT(".mount", "Mount"),
  AUTOMOUNT(".automount", "Automount"),
  SWAP(".swap", "Swap"),
  TARGET(".target", null),
  PATH(".path", "Path"),
  TIMER(".timer", "Timer"),
  SLICE(".slice", "Slice"),
  SCOPE(".scope", "Scope");

  private static final UnitType[] ALL = values();

  private final String suffix;
  private final String section;

  UnitType(String suffix, String section) {
    this.suffix = suffix;
    this.section = section;
  }

  /**
   * The section that units of this type hold besides {@code [Unit]} and {@code [Install]}, such as
   * {@code Service}; empty for targets and devices, which have none.
   */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /** The suffix of unit names of this type, with its dot: {@code .service}. */
  public String suffix() {
    return suffix;
  }

  /**
   * The type whose suffix this is.
   *
   * @param suffix a suffix with its dot, such as {@code .socket}; matched exactly (systemd's
   *     suffixes are lowercase)
   * @return the type, or empty if systemd knows no such suffix
   */
  public static Optional<UnitType> ofSuffix(String suffix) {
    for (UnitType type : ALL) {
      if (type.suffix.equals(suffix)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
