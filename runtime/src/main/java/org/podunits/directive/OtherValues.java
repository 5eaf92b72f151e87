package org.podunits.directive;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value syntax for the directives the catalogue calls {@code other}, by the systemd parser that
 * reads them. Parsers not listed here get only the checks common to every value.
 */
final class OtherValues {

  private OtherValues() {}

  private static final List<String> SECURE_BITS = List.of("keep-caps", "keep-caps-locked",
      "no-setuid-fixup", "no-setuid-fixup-locked", "noroot", "noroot-locked");

  private static final List<String> NAMESPACES = List.of("cgroup", "ipc", "net", "mnt", "pid", "user", "uts", "time");

  /** The highest CPU number systemd takes; 252 refuses 8192 with "Cannot add CPU 8192 to set". */
  private static final long MAX_CPU = 8191;

  /** Parsers of enum directives whose words the checks here know better than the catalogue's list. */
  static final Set<String> READS_ITS_OWN_WORDS = Set.of("config_parse_personality", "config_parse_ip_tos",
      "config_parse_exec_cpu_sched_policy", "config_parse_socket_bind");

  private static final List<String> PERSONALITIES = List.of("x86", "x86-64");

  private static final List<String> NETLINK_FAMILIES = List.of("route", "firewall", "inet-diag", "nflog", "xfrm",
      "selinux", "iscsi", "audit", "fib-lookup", "connector", "netfilter", "ip6-fw", "dnrtmsg", "kobject-uevent",
      "generic", "scsitransport", "ecryptfs", "rdma", "crypto", "smc");

  /**
   * The expressions of the rarer parsers, compiled when one of them first checks a value: the
   * common values (a description, a listen address) need none of them, and in a fresh JVM each
   * compiles in the interpreter.
   */
  private static final class Patterns {
    static final Pattern BUS_NAME_ELEMENT = Pattern.compile("[A-Za-z_-][A-Za-z0-9_-]*");
    static final Pattern ERRNO = Pattern.compile("E[A-Z0-9]+|[0-9]{1,4}");
    static final Pattern ADDRESS_FAMILY = Pattern.compile("AF_[A-Z0-9_]+");
    static final Pattern STATUS_NAME = Pattern.compile("[A-Z][A-Z_]*");
    static final Pattern CPU_RANGE = Pattern.compile("([0-9]+)(?:-([0-9]+))?");
    static final Pattern DEVICE_ACCESS = Pattern.compile("[rwm]{1,3}");
    static final Pattern DEVICE_GROUP = Pattern.compile("(char|block)-[^\\s]+");
  }

  /** Why systemd would not take {@code value} for a directive of kind other, or null. */
  static String check(Directive directive, String parser, String value) {
    switch (parser) {
      case "config_parse_socket_listen":
        return listen(directive.name(), value);
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
        return eachRawWord(value, OtherValues::exitStatus);
      case "config_parse_exec_cpu_affinity":
      case "config_parse_unit_cpu_set":
      case "config_parse_numa_mask":
        return cpuSet(directive.name(), value);
      case "config_parse_exec_secure_bits":
        return Words.eachWord(value, "secure bits", bit -> SECURE_BITS.contains(bit) ? null
            : "\"" + bit + "\" is not a secure bit; use " + String.join(", ", SECURE_BITS));
      case "config_parse_syscall_errno":
        return value.equals("kill") || value.equals("log") || Patterns.ERRNO.matcher(value).matches() ? null
            : "\"" + value + "\" is not an errno name or number; write e.g. EPERM, or kill";
      case "config_parse_namespace_flags":
        return namespaces(value);
      case "config_parse_address_families":
        return addressFamilies(value);
      case "config_parse_device_allow":
        return deviceAllow(value);
      case "config_parse_pass_environ":
        return Words.eachWord(value, "variable names", name -> Shapes.isEnvironmentName(name) ? null
            : "\"" + name + "\" is not a valid environment variable name; use letters, digits and _ and do not start with a digit");
      case "config_parse_unset_environ":
        return Words.eachWord(value, "variable names", name -> Shapes.isEnvironmentName(name.split("=", 2)[0]) ? null
            : "\"" + name + "\" is not a variable name or NAME=value assignment");
      case "config_parse_exec_cpu_sched_policy":
        // Besides the names, systemd takes any policy number the kernel might know.
        return directive.allowedValues().contains(value) ? null
            : ValueSyntax.integer(value, 0, Integer.MAX_VALUE, "a scheduling policy (" + String.join(", ",
                directive.allowedValues()) + ", or its number)");
      case "config_parse_socket_bind":
        // A boolean means ipv6-only (true) or both (false).
        return directive.allowedValues().contains(value) || ValueSyntax.isBoolean(value) ? null
            : "\"" + value + "\" is not allowed here; choose one of " + String.join(", ", directive.allowedValues())
                + ", or a boolean";
      case "config_parse_personality":
        return PERSONALITIES.contains(value) ? null
            : "\"" + value + "\" is not an architecture personality; write x86 or x86-64 (the host's own or its 32-bit one)";
      case "config_parse_ip_tos":
        return List.of("low-delay", "throughput", "reliability", "low-cost").contains(value) ? null
            : ValueSyntax.integer(value, 0, 255, "a type of service (or low-delay, throughput, reliability, low-cost)");
      case "config_parse_bus_name":
        return busName(value);
      case "config_parse_timer":
        return directive.name().equals("OnCalendar") ? CalendarSpec.check(value) : ValueSyntax.timespan(value, false);
      case "config_parse_delegate":
        return ValueSyntax.isBoolean(value) ? null : CgroupValues.controllers(value);
      case "config_parse_in_addr_prefixes":
        return NetworkValues.addressPrefixes(value);
      case "config_parse_cgroup_socket_bind":
        return NetworkValues.socketBind(value);
      case "config_parse_restrict_network_interfaces":
        return NetworkValues.interfaces(value);
      case "config_parse_socket_bindtodevice":
        return NetworkValues.interfaceName(value);
      case "config_parse_blockio_bandwidth":
        return CgroupValues.deviceAndValue(value, "a bandwidth", v -> ValueSyntax.bytes(v, false));
      case "config_parse_io_device_weight":
        return CgroupValues.deviceAndValue(value, "a weight", v -> ValueSyntax.integer(v, 1, 10000, "a weight"));
      case "config_parse_blockio_device_weight":
        return CgroupValues.deviceAndValue(value, "a weight", v -> ValueSyntax.integer(v, 10, 1000, "a weight"));
      case "config_parse_io_device_latency":
        return CgroupValues.deviceAndValue(value, "a latency", v -> ValueSyntax.timespan(v, false));
      case "config_parse_disable_controllers":
        return CgroupValues.controllers(value);
      case "config_parse_bpf_foreign_program":
        return CgroupValues.bpfProgram(value);
      case "config_parse_exec_root_hash":
        return ExecValues.rootHash(value);
      case "config_parse_exec_root_hash_sig":
        return ExecValues.rootHashSignature(value);
      case "config_parse_exec_coredump_filter":
        return eachRawWord(value, ExecValues::coredumpType);
      case "config_parse_exec_input_data":
        return ExecValues.base64(value);
      case "config_parse_log_extra_fields":
        return ExecValues.logExtraFields(value);
      case "config_parse_syscall_archs":
        return ExecValues.architectures(value);
      case "config_parse_load_credential":
        return ExecValues.credential(value, false);
      case "config_parse_set_credential":
        return directive.name().endsWith("Encrypted") ? ExecValues.encryptedCredential(value) : ExecValues.credential(value, true);
      case "config_parse_log_namespace":
        return ExecValues.logNamespace(value);
      default:
        return null;
    }
  }

  /** The {@code Listen*=} settings: socket addresses, netlink families, or absolute paths. */
  private static String listen(String name, String value) {
    switch (name) {
      case "ListenStream":
      case "ListenDatagram":
        return SocketAddress.check(value);
      case "ListenSequentialPacket":
        return value.startsWith("/") || value.startsWith("@") ? null
            : "\"" + value + "\" is not an AF_UNIX socket; ListenSequentialPacket= takes an absolute path or @name";
      case "ListenNetlink": {
        String[] parts = value.split("[ \t]+");
        if (parts.length > 2 || !NETLINK_FAMILIES.contains(parts[0])
            || (parts.length == 2 && ValueSyntax.integer(parts[1], 0, 4294967295L, "a group") != null)) {
          return "\"" + value + "\" is not a netlink family and group; write e.g. kobject-uevent 1 or route";
        }
        return null;
      }
      case "ListenFIFO":
      case "ListenSpecial":
      case "ListenMessageQueue":
      case "ListenUSBFunction":
        return value.startsWith("/") ? null : "\"" + value + "\" is not an absolute path; " + name + "= takes one";
      default:
        return null;
    }
  }

  /** Splits on spaces and TABs only, for the settings systemd reads without unquoting or unescaping. */
  private static String eachRawWord(String value, Function<String, String> check) {
    for (String word : value.split("[ \t]+")) {
      String problem = word.isEmpty() ? null : check.apply(word);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** A D-Bus well-known name: two or more dot-separated elements of letters, digits, _ and -, not starting with a digit. */
  private static String busName(String value) {
    String[] elements = value.split("\\.", -1);
    boolean valid = elements.length >= 2 && value.length() <= 255;
    for (String element : elements) {
      valid = valid && Patterns.BUS_NAME_ELEMENT.matcher(element).matches();
    }
    return valid ? null : "\"" + value + "\" is not a D-Bus name; write one such as org.example.App";
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
    if (Patterns.STATUS_NAME.matcher(word).matches()) {
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
      Matcher m = Patterns.CPU_RANGE.matcher(item);
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
    return Words.eachWord(v, "address families", af -> Patterns.ADDRESS_FAMILY.matcher(af).matches() ? null
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
    if (!device.startsWith("/") && !Patterns.DEVICE_GROUP.matcher(device).matches()) {
      return "\"" + device + "\" is not a device path or group; write /dev/..., char-NAME or block-NAME";
    }
    if (words.size() == 2 && !Patterns.DEVICE_ACCESS.matcher(words.get(1)).matches()) {
      return "\"" + words.get(1) + "\" is not an access mode; write a combination of r, w and m";
    }
    return null;
  }
}
