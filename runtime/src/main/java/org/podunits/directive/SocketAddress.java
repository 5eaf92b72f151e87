package org.podunits.directive;

/** The socket addresses of {@code ListenStream=}, {@code ListenDatagram=} and {@code ListenSequentialPacket=}. */
final class SocketAddress {

  private SocketAddress() {}

  private static final String FIX = "; write a port (8080), an address and port (127.0.0.1:8080, [::1]:8080), "
      + "an absolute AF_UNIX socket path, or @name for an abstract socket";

  static String check(String value) {
    if (value.startsWith("/") || value.startsWith("@") || value.startsWith("vsock:")) {
      return null;
    }
    String port;
    if (value.isEmpty() || Shapes.isDigits(value)) {
      port = value;
    } else {
      int colon = value.lastIndexOf(':');
      if (colon <= 0 || (value.startsWith("[") && value.charAt(colon - 1) != ']')) {
        return "\"" + value + "\" is not a socket address" + FIX;
      }
      port = value.substring(colon + 1);
      if (!Shapes.isDigits(port)) {
        return "\"" + port + "\" in \"" + value + "\" is not a port number" + FIX;
      }
    }
    return ValueSyntax.integer(port, 1, 65535, "a port");
  }
}
