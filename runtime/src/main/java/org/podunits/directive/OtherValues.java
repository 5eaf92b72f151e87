package org.podunits.directive;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value syntax for the directives the catalogue calls {@code other}, by the systemd parser that
 * reads them. Parsers not listed here get only the checks common to every value.
 */
final class OtherValues {

  private OtherValues() {}

  private static final Set<String> SOCKET_ADDRESS_LISTENERS =
      Set.of("ListenStream", "ListenDatagram", "ListenSequentialPacket");

  private static final List<String> SECURE_BITS = List.of("keep-caps", "keep-caps-locked",
      "no-setuid-fixup", "no-setuid-fixup-locked", "noroot", "noroot-locked");

  private static final List<String> NAMESPACES = List.of("cgroup", "ipc", "net", "mnt", "pid", "user", "uts", "time");

  /** The highest CPU number systemd takes; 252 refuses 8192 with "Cannot add CPU 8192 to set". */
  private static final long MAX_CPU = 8191;

  private static final Pattern ERRNO = Pattern.compile("E[A-Z0-9]+|[0-9]{1,4}");
  private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ADDRESS_FAMILY = Pattern.compile("AF_[A-Z0-9_]+");
  private static final Pattern STATUS_NAME = Pattern.compile("[A-Z][A-Z_]*");
  private static final Pattern CPU_RANGE = Pattern.compile("([0-9]+)(?:-([0-9]+))?");
  private static final Pattern DEVICE_ACCESS = Pattern.compile("[rwm]{1,3}");
  private static final Pattern DEVICE_GROUP = Pattern.compile("(char|block)-[^\\s]+");

  /** Why systemd would not take {@code value} for a directive of kind other, or null. */
  static String check(Directive directive, String parser, String value) {
    switch (parser) {
      case "config_parse_socket_listen":
        return SOCKET_ADDRESS_LISTENERS.contains(directive.name()) ? SocketAddress.check(value) : null;
      case "config_parse_rlimit":
        return resourceLimit(directive.name(), value);
      case "config_parse_documentation":
        return documentation(value);
      case "config_parse_tasks_max":
        return value.equals("infinity") || ValueSyntax.endsWithPercent(value) && ValueSyntax.fraction(value, true, true)
            ? null : ValueSyntax.integer(value, 1, Long.MAX_VALUE, "a task count (or a percentage, or infinity)");
      case "config_parse_io_limit":
        return ioLimit(value);
      case "config_parse_set_status":
        return Words.eachWord(value, "exit statuses", OtherValues::exitStatus);
      case "config_parse_exec_cpu_affinity":
      case "config_parse_unit_cpu_set":
      case "config_parse_numa_mask":
        return cpuSet(directive.name(), value);
      case "config_parse_exec_secure_bits":
        return Words.eachWord(value, "secure bits", bit -> SECURE_BITS.contains(bit) ? null
            : "\"" + bit + "\" is not a secure bit; use " + String.join(", ", SECURE_BITS));
      case "config_parse_syscall_errno":
        return value.equals("kill") || value.equals("log") || ERRNO.matcher(value).matches() ? null
            : "\"" + value + "\" is not an errno name or number; write e.g. EPERM, or kill";
      case "config_parse_namespace_flags":
        return namespaces(value);
      case "config_parse_address_families":
        return addressFamilies(value);
      case "config_parse_device_allow":
        return deviceAllow(value);
      case "config_parse_pass_environ":
        return Words.eachWord(value, "variable names", name -> ENVIRONMENT_NAME.matcher(name).matches() ? null
            : "\"" + name + "\" is not a valid environment variable name; use letters, digits and _ and do not start with a digit");
      case "config_parse_unset_environ":
        return Words.eachWord(value, "variable names", name -> ENVIRONMENT_NAME.matcher(name.split("=", 2)[0]).matches() ? null
            : "\"" + name + "\" is not a variable name or NAME=value assignment");
      default:
        return null;
    }
  }

  /** {@code Limit*=}: one value or {@code soft:hard}, each a number in the limit's unit or infinity. */
  private static String resourceLimit(String name, String value) {
    String[] parts = value.split(":", -1);
    if (parts.length > 2) {
      return "\"" + value + "\" has more than one colon; write one limit or soft:hard, such as 1024:524288";
    }
    for (String part : parts) {
      if (part.equals("infinity")) {
        continue;
      }
      if (part.isEmpty()) {
        return "\"" + value + "\" has an empty limit; write one limit or soft:hard, such as 1024:524288";
      }
      String problem = switch (name) {
        case "LimitCPU", "LimitRTTIME" -> ValueSyntax.timespan(part, false);
        case "LimitFSIZE", "LimitDATA", "LimitSTACK", "LimitCORE", "LimitRSS", "LimitAS",
            "LimitMEMLOCK", "LimitMSGQUEUE" -> ValueSyntax.bytes(part, false);
        case "LimitNICE" -> part.startsWith("+") || part.startsWith("-")
            ? ValueSyntax.integer(part, -20, 19, "a nice level") : ValueSyntax.integer(part, 0, 40, "a nice limit");
        default -> ValueSyntax.integer(part, 0, Long.MAX_VALUE, "a count");
      };
      if (problem != null) {
        return problem + "; or write infinity";
      }
    }
    return null;
  }

  /** {@code Documentation=}: URIs systemd accepts (http, https, file, info, man). */
  private static String documentation(String value) {
    return Words.eachWord(value, "URIs", uri -> uri.startsWith("http://") || uri.startsWith("https://")
        || uri.startsWith("file:") || uri.startsWith("info:") || uri.startsWith("man:")
        ? null
        : "\"" + uri + "\" is not a documentation URI systemd takes; write http://, https://, file:, info: or man: URIs such as man:app(8)");
  }

  /** {@code IO*BandwidthMax=} and {@code IO*IOPSMax=}: a device path and a limit. */
  private static String ioLimit(String value) {
    String[] reason = new String[1];
    List<String> words = Words.split(value, reason);
    if (words == null || words.size() != 2) {
      return "\"" + value + "\" is not a device and a limit; write e.g. /dev/sda 10M";
    }
    if (!words.get(0).startsWith("/")) {
      return "\"" + words.get(0) + "\" is not an absolute device or file path; write e.g. /dev/sda 10M";
    }
    return words.get(1).equals("infinity") ? null : ValueSyntax.bytes(words.get(1), false);
  }


  /** An exit status 0..255, a signal name, or one of systemd's status names such as OK. */
  private static String exitStatus(String word) {
    if (word.startsWith("SIG")) {
      return ValueSyntax.signal(word);
    }
    if (STATUS_NAME.matcher(word).matches()) {
      return null;
    }
    return ValueSyntax.integer(word, 0, 255, "an exit status (or a signal name such as SIGTERM)");
  }

  /** CPU or NUMA node lists: numbers and ranges separated by spaces or commas. */
  private static String cpuSet(String name, String value) {
    if ((name.equals("CPUAffinity") && value.equals("numa")) || (name.equals("NUMAMask") && value.equals("all"))) {
      return null;
    }
    for (String item : value.split("[\\s,]+")) {
      if (item.isEmpty()) {
        continue;
      }
      Matcher m = CPU_RANGE.matcher(item);
      if (!m.matches()) {
        return "\"" + item + "\" is not a CPU or node number or range; write e.g. 0-3 6";
      }
      long first = cpuNumber(m.group(1));
      long last = m.group(2) == null ? first : cpuNumber(m.group(2));
      if (first > MAX_CPU || last > MAX_CPU) {
        return "\"" + item + "\" names a CPU or node above " + MAX_CPU + ", the highest systemd takes";
      }
      if (last < first) {
        return "the range \"" + item + "\" ends before it starts; write the lower number first";
      }
    }
    return null;
  }

  /** A CPU number's value, or {@link Long#MAX_VALUE} for one too long to be a CPU at all. */
  private static long cpuNumber(String digits) {
    return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  /** {@code RestrictNamespaces=} and {@code DelegateNamespaces=}: a boolean, or namespace names with an optional ~. */
  private static String namespaces(String value) {
    if (ValueSyntax.isBoolean(value)) {
      return null;
    }
    String v = value.startsWith("~") ? value.substring(1) : value;
    return Words.eachWord(v, "namespace names", ns -> NAMESPACES.contains(ns) ? null
        : "\"" + ns + "\" is not a namespace type; use yes, no, or " + String.join(", ", NAMESPACES) + ", with a leading ~ to invert");
  }

  /** {@code RestrictAddressFamilies=}: none, or AF_ names with an optional ~. */
  private static String addressFamilies(String value) {
    if (value.equals("none")) {
      return null;
    }
    String v = value.startsWith("~") ? value.substring(1) : value;
    return Words.eachWord(v, "address families", af -> ADDRESS_FAMILY.matcher(af).matches() ? null
        : "\"" + af + "\" is not an address family; write names such as AF_UNIX AF_INET AF_INET6, with a leading ~ to deny them, or none");
  }

  /** {@code DeviceAllow=}: a device path or char-/block- group, then an optional subset of rwm. */
  private static String deviceAllow(String value) {
    String[] reason = new String[1];
    List<String> words = Words.split(value, reason);
    if (words == null || words.isEmpty() || words.size() > 2) {
      return "\"" + value + "\" is not a device and access; write e.g. /dev/null rw or char-pts rw";
    }
    String device = words.get(0);
    if (!device.startsWith("/") && !DEVICE_GROUP.matcher(device).matches()) {
      return "\"" + device + "\" is not a device path or group; write /dev/..., char-NAME or block-NAME";
    }
    if (words.size() == 2 && !DEVICE_ACCESS.matcher(words.get(1)).matches()) {
      return "\"" + words.get(1) + "\" is not an access mode; write a combination of r, w and m";
    }
    return null;
  }
}
