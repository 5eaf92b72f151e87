package org.podunits.pod;

import org.podunits.unit.SystemdText;

/**
 * A port an app's image declares.
 *
 * @param name the port name, an ACName
 * @param protocol TCP or UDP
 * @param port the port number the app listens on, 1 to 65535
 * @param socketActivated whether systemd listens on it and hands the socket to the app
 */
public record Port(String name, Protocol protocol, int port, boolean socketActivated) {

  /**
   * Validates the port.
   *
   * @throws InvalidPodException with every problem, at the paths {@code name}, {@code protocol}
   *     and {@code port}
   */
  public Port {
    DiagnosticList problems = new DiagnosticList();
    AppcNames.acName(problems, "name", "port name", name);
    String what = "port \"" + SystemdText.printable(String.valueOf(name)) + "\"";
    problems.notNull("protocol", what + ": protocol", protocol);
    if (port < 1 || port > 65535) {
      problems.error(DiagnosticCode.PORT_OUT_OF_RANGE, "port", what + ": number " + port
          + " must be between 1 and 65535");
    }
    problems.throwIfErrors();
  }
}
