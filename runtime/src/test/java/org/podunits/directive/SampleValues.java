package org.podunits.directive;

/** A value systemd takes and one it does not, for each kind of directive, refined by parser. */
final class SampleValues {

  private SampleValues() {}

  static String valid(Catalogue.Entry entry) {
    Directive d = entry.directive();
    String parser = entry.parser();
    if (parser.startsWith("config_parse_unit_condition_")) {
      return d.name().contains("Path") || d.name().contains("Directory") || d.name().contains("File") ? "/tmp" : "yes";
    }
    return switch (d.kind()) {
      case BOOL -> "yes";
      case TIMESPAN -> "5s";
      case BYTES -> "1M";
      case PERCENT -> "50%";
      case NICE -> "5";
      case INT -> switch (parser) {
        case "config_parse_exec_io_priority" -> "4";
        case "config_parse_exec_cpu_sched_prio" -> "0";
        default -> "1";
      };
      case UNSIGNED -> switch (parser) {
        case "config_parse_cpu_shares" -> "1024";
        case "config_parse_blockio_weight" -> "500";
        default -> "100";
      };
      case MODE -> "0644";
      case SIGNAL -> "SIGTERM";
      case ENUM -> d.allowedValues().isEmpty() ? "yes" : concrete(d.allowedValues().get(0));
      case PATH -> "/tmp/x";
      case PATH_LIST -> parser.equals("config_parse_exec_directories") ? "x" : "/tmp";
      case UNIT_LIST -> switch (parser) {
        case "config_parse_unit_slice" -> "x.slice";
        case "config_parse_service_sockets" -> "x.socket";
        default -> "x.service";
      };
      case CAPABILITY_SET -> "CAP_CHOWN";
      case SYSCALL_FILTER -> "@system-service";
      case EXEC_COMMAND -> "/bin/true";
      case ENVIRONMENT -> "A=1";
      case USER_GROUP -> "daemon";
      case STRING, OTHER -> other(d.name(), parser);
    };
  }

  static String invalid(Catalogue.Entry entry) {
    Directive d = entry.directive();
    return switch (d.kind()) {
      case BOOL -> "maybe";
      case TIMESPAN -> "5 parsecs";
      case BYTES -> "12Q";
      case PERCENT -> "150";
      case NICE -> "-21";
      case INT -> "1x";
      case UNSIGNED -> "-1";
      case MODE -> "0999";
      case SIGNAL -> "SIGFOO";
      case ENUM -> "no-such-value";
      case PATH, PATH_LIST -> "relative/path";
      case UNIT_LIST -> "not a unit";
      case CAPABILITY_SET -> "CAP_FOO";
      case SYSCALL_FILTER -> "no_such_syscall";
      case EXEC_COMMAND -> "relative/program";
      case ENVIRONMENT -> "NOEQUALS";
      case USER_GROUP -> "-bad";
      case STRING, OTHER -> "bogus value %";
    };
  }

  /** The first concrete member of a family such as {@code file:<path>} or {@code <integer 0-7>}. */
  private static String concrete(String form) {
    int open = form.indexOf('<');
    if (open < 0) {
      return form;
    }
    String placeholder = form.substring(open + 1, form.length() - 1);
    return form.substring(0, open) + (placeholder.startsWith("integer") ? "1" : placeholder.equals("path") ? "/tmp/x" : "x");
  }

  private static String other(String name, String parser) {
    return switch (parser) {
      case "config_parse_socket_listen" -> name.equals("ListenNetlink") ? "route 1" : name.equals("ListenSpecial") || name.equals("ListenFIFO") || name.equals("ListenMessageQueue") ? "/x" : "8080";
      case "config_parse_rlimit" -> "1024";
      case "config_parse_documentation" -> "man:true(1)";
      case "config_parse_tasks_max" -> "100";
      case "config_parse_io_limit" -> "/dev/sda 10M";
      case "config_parse_set_status" -> "1 SIGTERM";
      case "config_parse_exec_cpu_affinity", "config_parse_unit_cpu_set", "config_parse_numa_mask" -> "0-1";
      case "config_parse_exec_secure_bits" -> "keep-caps";
      case "config_parse_syscall_errno" -> "EPERM";
      case "config_parse_namespace_flags" -> "net";
      case "config_parse_address_families" -> "AF_UNIX";
      case "config_parse_device_allow" -> "/dev/null rw";
      case "config_parse_pass_environ", "config_parse_unset_environ" -> "PATH";
      case "config_parse_ip_address_access" -> "10.0.0.0/8";
      case "config_parse_calendar" -> "daily";
      case "config_parse_load_credential" -> "name:/tmp/x";
      case "config_parse_set_credential" -> "name:value";
      default -> "x";
    };
  }
}
