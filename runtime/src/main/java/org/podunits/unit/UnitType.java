package org.podunits.unit;

import java.util.Optional;

/** The kinds of systemd unit, each named by the suffix of its unit names. */
public enum UnitType {
  SERVICE(".service"),
  SOCKET(".socket"),
  DEVICE(".device"),
  MOUNT(".mount"),
  AUTOMOUNT(".automount"),
  SWAP(".swap"),
  TARGET(".target"),
  PATH(".path"),
  TIMER(".timer"),
  SLICE(".slice"),
  SCOPE(".scope");

  private static final UnitType[] ALL = values();

  private final String suffix;

  UnitType(String suffix) {
    this.suffix = suffix;
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
