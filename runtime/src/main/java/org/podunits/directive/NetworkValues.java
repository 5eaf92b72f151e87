package org.podunits.directive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Addresses, ports and interfaces, as systemd 252 parses them. */
final class NetworkValues {

  private NetworkValues() {}

  private static final List<String> ADDRESS_WORDS = List.of("any", "localhost", "link-local", "multicast");
  private static final Pattern SOCKET_BIND = Pattern.compile(
      "(?:(ipv4|ipv6):)?(?:(tcp|udp):)?([0-9]+)(?:-([0-9]+))?");
  private static final Pattern IPV4 = Pattern.compile("([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})");
  private static final Pattern IPV6_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

  /** {@code IPAddressAllow=}/{@code IPAddressDeny=}: addresses with an optional /prefix, or the words systemd knows. */
  static String addressPrefixes(String value) {
    return Words.eachWord(value, "addresses", word -> {
      if (ADDRESS_WORDS.contains(word)) {
        return null;
      }
      int slash = word.indexOf('/');
      String address = slash < 0 ? word : word.substring(0, slash);
      int bits = isIpv4(address) ? 32 : isIpv6(address) ? 128 : -1;
      if (bits < 0) {
        return "\"" + word + "\" is not an IP address or prefix; write e.g. 10.0.0.0/8, ::1, any, localhost,"
            + " link-local or multicast";
      }
      if (slash >= 0) {
        String prefix = word.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')
            || Integer.parseInt(prefix) > bits) {
          return "\"" + word + "\" has a prefix length that is not a number from 0 to " + bits;
        }
      }
      return null;
    });
  }

  static boolean isIpv4(String s) {
    Matcher m = IPV4.matcher(s);
    if (!m.matches()) {
      return false;
    }
    for (int g = 1; g <= 4; g++) {
      if (Integer.parseInt(m.group(g)) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    if (s.isEmpty() || s.indexOf(':') < 0) {
      return false;
    }
    String text = s;
    int groupsNeeded = 8;
    int lastColon = text.lastIndexOf(':');
    if (text.indexOf('.') >= 0) {
      if (!isIpv4(text.substring(lastColon + 1))) {
        return false;
      }
      text = text.substring(0, lastColon + 1) + "0:0";
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] parts;
    if (gap >= 0) {
      String head = text.substring(0, gap);
      String tail = text.substring(gap + 2);
      String[] h = head.isEmpty() ? new String[0] : head.split(":", -1);
      String[] t = tail.isEmpty() ? new String[0] : tail.split(":", -1);
      if (h.length + t.length > groupsNeeded - 1) {
        return false;
      }
      parts = new String[h.length + t.length];
      System.arraycopy(h, 0, parts, 0, h.length);
      System.arraycopy(t, 0, parts, h.length, t.length);
    } else {
      parts = text.split(":", -1);
      if (parts.length != groupsNeeded) {
        return false;
      }
    }
    for (String part : parts) {
      if (!IPV6_GROUP.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** {@code SocketBindAllow=}/{@code SocketBindDeny=}: any, or [ipv4:|ipv6:][tcp:|udp:]port[-port]. */
  static String socketBind(String value) {
    if (value.equals("any")) {
      return null;
    }
    String v = value;
    for (String prefix : List.of("ipv4:", "ipv6:")) {
      if (v.startsWith(prefix)) {
        v = v.substring(prefix.length());
        break;
      }
    }
    for (String prefix : List.of("tcp:", "udp:")) {
      if (v.startsWith(prefix)) {
        v = v.substring(prefix.length());
        break;
      }
    }
    Matcher m = SOCKET_BIND.matcher(v);
    String fix = "; write any, or [ipv4:|ipv6:][tcp:|udp:] then a port or port range, such as ipv6:tcp:8000-8080";
    if (v.equals("any")) {
      return null;
    }
    if (!m.matches() || m.group(1) != null || m.group(2) != null) {
      return "\"" + value + "\" is not a socket bind rule" + fix;
    }
    String problem = ValueSyntax.integer(m.group(3), 1, 65535, "a port");
    if (problem == null && m.group(4) != null) {
      problem = ValueSyntax.integer(m.group(4), 1, 65535, "a port");
      if (problem == null && Long.parseLong(m.group(4)) < Long.parseLong(m.group(3))) {
        problem = "the port range \"" + v + "\" ends before it starts";
      }
    }
    return problem == null ? null : problem + fix;
  }

  /** A network interface name as systemd's {@code ifname_valid} takes it: 1 to 15 printable ASCII characters. */
  static String interfaceName(String name) {
    boolean valid = !name.isEmpty() && name.length() <= 15 && !name.equals(".") && !name.equals("..")
        && !name.chars().allMatch(c -> c >= '0' && c <= '9');
    for (int i = 0; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = c > 32 && c < 127 && c != ':' && c != '/' && c != '%';
    }
    return valid ? null : "\"" + name + "\" is not a network interface name; write 1 to 15 characters without"
        + " spaces, ':', '/' or '%', not all digits, such as eth0";
  }

  /** {@code RestrictNetworkInterfaces=}: interface names with an optional leading ~. */
  static String interfaces(String value) {
    String v = value.startsWith("~") ? value.substring(1) : value;
    return Words.eachWord(v, "interface names", NetworkValues::interfaceName);
  }
}
