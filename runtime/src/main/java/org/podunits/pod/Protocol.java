package org.podunits.pod;

import java.util.Locale;

/** The protocol of an app port: {@code ListenStream=} for TCP, {@code ListenDatagram=} for UDP. */
public enum Protocol {
  /** A stream socket. */
  TCP,
  /** A datagram socket. */
  UDP;

  /**
   * The protocol named {@code tcp} or {@code udp}.
   *
   * @throws IllegalArgumentException with rkt's message {@code unrecognized protocol: <name>}
   */
  public static Protocol parse(String name) {
    Texts.requireNonNull("protocol", name);
    switch (name) {
      case "tcp":
        return TCP;
      case "udp":
        return UDP;
      default:
        throw new IllegalArgumentException("unrecognized protocol: " + Texts.printable(name));
    }
  }

  /** The appc name, {@code tcp} or {@code udp}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
