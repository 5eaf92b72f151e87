package org.podunits.pod;

/**
 * A port an app's image declares.
 *
 * @param name the port name, an ACName
 * @param protocol TCP or UDP
 * @param port the port number the app listens on, 1 to 65535
 * @param socketActivated whether systemd listens on it and hands the socket to the app
 */
public record Port(String name, Protocol protocol, int port, boolean socketActivated) {

  /** Validates the port. */
  public Port {
    AppcNames.requireAcName("port name", name);
    Texts.requireNonNull("port \"" + name + "\": protocol", protocol);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port \"" + name + "\": number " + port + " must be between 1 and 65535");
    }
  }
}
