package org.podunits.pod;

import java.util.Locale;
import org.podunits.unit.SystemdText;

/** The protocol of an app port: {@code ListenStream=} for TCP, {@code ListenDatagram=} for UDP. */
public enum Protocol {
  /** A stream socket. */
  TCP,
  /** A datagram socket. */
  UDP;

  /**
   * The protocol named {@code tcp} or {@code udp}.
   *
   * @throws InvalidPodException with rkt's message {@code unrecognized protocol: <name>} and the fix
   */
  public static Protocol parse(String name) {
    if (name == null) {
      throw DiagnosticList.refusal(DiagnosticCode.VALUE_NULL, "", "protocol must not be null");
    }
    switch (name) {
      case "tcp":
        return TCP;
      case "udp":
        return UDP;
      default:
        throw DiagnosticList.refusal(DiagnosticCode.PROTOCOL_UNKNOWN, "",
            "unrecognized protocol: " + SystemdText.printable(name) + "; use tcp or udp");
    }
  }

  /** The appc name, {@code tcp} or {@code udp}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
