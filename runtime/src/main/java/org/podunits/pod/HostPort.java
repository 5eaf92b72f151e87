package org.podunits.pod;

import org.podunits.unit.SystemdText;

/**
 * A pod-level port forward (an entry of the pod manifest's {@code ports}): the host port that
 * carries the app port of the same name. A socket-activated port listens on its host port.
 *
 * @param name the name of the app port it forwards, an ACName
 * @param hostPort the host port, 1 to 65535
 */
public record HostPort(String name, int hostPort) {

  /**
   * Validates the forward.
   *
   * @throws InvalidPodException with every problem, at the paths {@code name} and {@code hostPort}
   */
  public HostPort {
    DiagnosticList problems = new DiagnosticList();
    AppcNames.acName(problems, "name", "host port name", name);
    if (hostPort < 1 || hostPort > 65535) {
      problems.error(DiagnosticCode.PORT_OUT_OF_RANGE, "hostPort", "host port \""
          + SystemdText.printable(String.valueOf(name)) + "\": number " + hostPort + " must be between 1 and 65535");
    }
    problems.throwIfErrors();
  }
}
