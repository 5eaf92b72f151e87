package org.podunits.directive;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podunits.unit.UnitNames;

/**
 * The syntax of a value by its kind, refined by the systemd parser that reads it. Each check
 * answers null when systemd takes the value, or a reason that says what is wrong and what would be
 * right, phrased to follow {@code [Section] Name=value: }.
 *
 * <p>The word lists every pod's plan holds (paths, capabilities, assignments, users) are checked
 * in plain loops rather than through {@link Words#eachWord} and a lambda: a lambda's class is
 * spun the first time it runs, which the command line pays in every process.
 */
final class ValueSyntax {

  private ValueSyntax() {}

  private static final Set<String> TRUE_WORDS = Set.of("1", "yes", "y", "true", "t", "on");
  private static final Set<String> FALSE_WORDS = Set.of("0", "no", "n", "false", "f", "off");

  private static final Set<String> SECOND_UNITS = Set.of(
      "", "usec", "us", "\u00b5s", "\u03bcs", "msec", "ms", "seconds", "second", "sec", "s",
      "minutes", "minute", "min", "m", "hours", "hour", "hr", "h", "days", "day", "d", "weeks",
      "week", "w", "months", "month", "M", "years", "year", "y");

  private static final Set<String> NANOSECOND_UNITS = Set.of("nsec", "ns");

  private static final Set<String> SIGNALS = Set.of(
      "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "IOT", "BUS", "FPE", "KILL", "USR1", "SEGV",
      "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
      "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "POLL", "PWR", "SYS");

  /** The Linux capabilities, in kernel order (the index is the capability number). */
  static final List<String> CAPABILITIES = List.of(
      "cap_chown", "cap_dac_override", "cap_dac_read_search", "cap_fowner", "cap_fsetid",
      "cap_kill", "cap_setgid", "cap_setuid", "cap_setpcap", "cap_linux_immutable",
      "cap_net_bind_service", "cap_net_broadcast", "cap_net_admin", "cap_net_raw",
      "cap_ipc_lock", "cap_ipc_owner", "cap_sys_module", "cap_sys_rawio", "cap_sys_chroot",
      "cap_sys_ptrace", "cap_sys_pacct", "cap_sys_admin", "cap_sys_boot", "cap_sys_nice",
      "cap_sys_resource", "cap_sys_time", "cap_sys_tty_config", "cap_mknod", "cap_lease",
      "cap_audit_write", "cap_audit_control", "cap_setfcap", "cap_mac_override", "cap_mac_admin",
      "cap_syslog", "cap_wake_alarm", "cap_block_suspend", "cap_audit_read", "cap_perfmon",
      "cap_bpf", "cap_checkpoint_restore");

  private static final Set<String> CAPABILITY_SET = Set.copyOf(CAPABILITIES);

  /**
   * The parsers of systemd 252 that refuse an empty value ("Failed to parse ..., ignoring")
   * instead of taking it as a reset to the default, found with {@code systemd-analyze verify};
   * {@code SystemdAgreementTest} keeps the list honest. Booleans refuse it too.
   */
  private static final Set<String> EMPTY_REFUSED = Set.of(
      "config_parse_bus_name", "config_parse_collect_mode", "config_parse_device_policy",
      "config_parse_emergency_action", "config_parse_exec_cpu_sched_prio", "config_parse_exec_input",
      "config_parse_exec_keyring_mode", "config_parse_exec_output", "config_parse_exec_preserve_mode",
      "config_parse_exec_utmp_mode", "config_parse_iec_size", "config_parse_iec_size_long", "config_parse_int",
      "config_parse_job_mode", "config_parse_job_mode_isolate", "config_parse_job_running_timeout_sec",
      "config_parse_job_timeout_sec", "config_parse_log_facility", "config_parse_log_level",
      "config_parse_long", "config_parse_managed_oom_preference", "config_parse_mode",
      "config_parse_notify_access", "config_parse_nsec", "config_parse_oom_policy", "config_parse_path_spec",
      "config_parse_private_tmp", "config_parse_private_users", "config_parse_proc_subset",
      "config_parse_protect_control_groups", "config_parse_protect_home", "config_parse_protect_hostname",
      "config_parse_protect_proc", "config_parse_protect_system", "config_parse_rlimit", "config_parse_sec",
      "config_parse_sec_fix_0", "config_parse_service_exit_type", "config_parse_service_restart",
      "config_parse_service_timeout", "config_parse_service_timeout_failure_mode", "config_parse_service_type",
      "config_parse_signal", "config_parse_socket_bind", "config_parse_socket_protocol",
      "config_parse_socket_service", "config_parse_socket_timestamping", "config_parse_timer",
      "config_parse_trigger_unit", "config_parse_tristate", "config_parse_unit_slice", "config_parse_unsigned");

  /** The largest value systemd's 64-bit time and size fields hold; {@code infinity} is this value. */
  private static final double UINT64_MAX = 18446744073709551615.0;

  /** The first systemd release that looks a plain program name up in its search path. */
  static final int PLAIN_EXEC_NAMES_SINCE = 239;

  /** Why systemd would not take {@code value} for the entry's directive, or null. */
  static String check(Catalogue.Entry entry, String value, int systemdVersion) {
    Directive directive = entry.directive();
    String parser = entry.parser();
    if (value.isEmpty()) {
      if (parser.equals("config_parse_bool")) {
        return "an empty value is not a boolean; use yes or no";
      }
      // MountAPIVFS= shares the tristate parser with PrivateMounts= but takes an empty value.
      return EMPTY_REFUSED.contains(parser) && !directive.name().equals("MountAPIVFS")
          ? "systemd refuses an empty value here rather than resetting the setting; remove the line to keep the"
              + " default, or give a value"
          : null;
    }
    String v = value;
    if (parser.startsWith("config_parse_unit_condition_")) {
      v = conditionValue(v);
      if (v.isEmpty()) {
        return "the condition has nothing after its | or ! prefix";
      }
    }
    return switch (directive.kind()) {
      case BOOL -> bool(v);
      case TIMESPAN -> timespan(v, parser.equals("config_parse_nsec"));
      case BYTES -> bytes(v, parser.equals("config_parse_memory_limit"));
      case PERCENT -> percent(v, parser.equals("config_parse_managed_oom_mem_pressure_limit"));
      case NICE -> integer(v, -20, 19, "a nice level");
      case INT -> signedInteger(v, parser);
      case UNSIGNED -> unsignedInteger(v, parser);
      case MODE -> mode(v);
      case SIGNAL -> signal(v);
      case ENUM -> entry.valueFacts().containsKey(v) ? null
          : OtherValues.READS_ITS_OWN_WORDS.contains(parser) ? OtherValues.check(directive, parser, v)
          : enumeration(directive.allowedValues(), v);
      case PATH -> path(directive, parser, v);
      case PATH_LIST -> pathList(parser, v);
      case UNIT_LIST -> unitList(directive, parser, v);
      case CAPABILITY_SET -> capabilities(v);
      case SYSCALL_FILTER -> syscalls(v, parser.equals("config_parse_syscall_filter"));
      case EXEC_COMMAND -> ExecLine.check(v, systemdVersion);
      case ENVIRONMENT -> environment(v);
      case USER_GROUP -> users(v, directive.repeatable());
      case STRING, OTHER -> OtherValues.check(directive, parser, v);
    };
  }

  /** Strips a condition's {@code |} (trigger) and {@code !} (negate) prefixes, in systemd's order. */
  private static String conditionValue(String value) {
    String v = value;
    if (v.startsWith("|")) {
      v = stripLeadingSpace(v.substring(1));
    }
    if (v.startsWith("!")) {
      v = stripLeadingSpace(v.substring(1));
    }
    return v;
  }

  private static String stripLeadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Words.isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  static boolean isBoolean(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return TRUE_WORDS.contains(lower) || FALSE_WORDS.contains(lower);
  }

  private static String bool(String value) {
    return isBoolean(value)
        ? null
        : "\"" + value + "\" is not a boolean; use yes or no (systemd also takes 1/0, true/false, on/off, y/n and t/f)";
  }

  static String timespan(String value, boolean nanoseconds) {
    if (value.equals("infinity")) {
      return null;
    }
    String fix = nanoseconds
        ? "; write a number with an optional unit such as 50ns, 10us or 1ms"
        : "; write a number of seconds or a sum such as 5min 30s, 1h, 100ms, or infinity";
    int i = 0;
    int n = value.length();
    boolean any = false;
    double total = 0;
    while (true) {
      while (i < n && Words.isSpace(value.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      if (value.charAt(i) == '-') {
        return "a time span cannot be negative" + fix;
      }
      int start = i;
      while (i < n && isDigit(value.charAt(i))) {
        i++;
      }
      if (i < n && value.charAt(i) == '.') {
        i++;
        if (i == n || !isDigit(value.charAt(i))) {
          return "\"" + value + "\" has a '.' without digits after it, which systemd refuses" + fix;
        }
        while (i < n && isDigit(value.charAt(i))) {
          i++;
        }
      }
      if (i == start) {
        return "\"" + value + "\" is not a time span" + fix;
      }
      while (i < n && Words.isSpace(value.charAt(i))) {
        i++;
      }
      int unitStart = i;
      while (i < n && !isDigit(value.charAt(i)) && !Words.isSpace(value.charAt(i)) && value.charAt(i) != '.') {
        i++;
      }
      String unit = value.substring(unitStart, i);
      boolean known = SECOND_UNITS.contains(unit) || (nanoseconds && NANOSECOND_UNITS.contains(unit));
      if (!known) {
        return "\"" + unit + "\" is not a time unit" + fix;
      }
      total += Double.parseDouble(value.substring(start, unitStart).strip()) * microseconds(unit)
          * (nanoseconds ? 1000 : 1);
      any = true;
    }
    if (total >= UINT64_MAX) {
      return "\"" + value + "\" is too long a time span for systemd (at most about 584,000 years"
          + (nanoseconds ? " in nanoseconds, 584 years" : "") + ")" + fix;
    }
    return any ? null : "\"" + value + "\" is not a time span" + fix;
  }

  /** How many microseconds one of a time unit is; nanosecond units give fractions. */
  private static double microseconds(String unit) {
    return switch (unit) {
      case "nsec", "ns" -> 0.001;
      case "usec", "us", "\u00b5s", "\u03bcs" -> 1;
      case "msec", "ms" -> 1e3;
      case "", "seconds", "second", "sec", "s" -> 1e6;
      case "minutes", "minute", "min", "m" -> 6e7;
      case "hours", "hour", "hr", "h" -> 3.6e9;
      case "days", "day", "d" -> 8.64e10;
      case "weeks", "week", "w" -> 6.048e11;
      case "months", "month", "M" -> 2.6298e12;
      default -> 3.15576e13;
    };
  }

  static String bytes(String value, boolean memoryLimit) {
    String fix = memoryLimit
        ? "; write a size such as 512M or 2G (base 1024), a percentage of physical memory such as 50%, or infinity"
        : "; write a size such as 64K or 8M (base 1024)";
    if (memoryLimit) {
      if (value.equals("infinity")) {
        return null;
      }
      if (endsWithPercent(value)) {
        return fraction(value, true, true) ? null : "\"" + value + "\" is not a percentage from 0% to 100%" + fix;
      }
    }
    int i = 0;
    int n = value.length();
    double total = 0;
    while (i < n) {
      int start = i;
      while (i < n && isDigit(value.charAt(i))) {
        i++;
      }
      if (i < n && value.charAt(i) == '.') {
        i++;
        while (i < n && isDigit(value.charAt(i))) {
          i++;
        }
      }
      if (i == start || (i == start + 1 && value.charAt(start) == '.')) {
        return "\"" + value + "\" is not a size" + fix;
      }
      double number = Double.parseDouble(value.substring(start, i));
      while (i < n && Words.isSpace(value.charAt(i))) {
        i++;
      }
      if (i < n && "KMGTPEB".indexOf(value.charAt(i)) >= 0) {
        number *= Math.pow(1024, "BKMGTPE".indexOf(value.charAt(i)));
        i++;
      } else if (i < n && isDigit(value.charAt(i))) {
        return "\"" + value + "\" has a number without a suffix before another; only the last part of a size"
            + " may go without K, M, G, T, P or E" + fix;
      } else if (i < n) {
        return "'" + value.charAt(i) + "' is not a size suffix (K, M, G, T, P or E)" + fix;
      }
      while (i < n && Words.isSpace(value.charAt(i))) {
        i++;
      }
      total += number;
    }
    return total >= UINT64_MAX ? "\"" + value + "\" is larger than systemd's largest size, 16E" + fix : null;
  }

  static boolean endsWithPercent(String value) {
    return value.endsWith("%") || value.endsWith("\u2030") || value.endsWith("\u2031");
  }

  /** A non-negative decimal followed by %, permille or permyriad; at most 100% when bounded. */
  static boolean fraction(String value, boolean bounded, boolean zeroAllowed) {
    char sign = value.charAt(value.length() - 1);
    String number = value.substring(0, value.length() - 1);
    if (number.isEmpty() || !Shapes.isDecimal(number)) {
      return false;
    }
    double amount = Double.parseDouble(number);
    double percent = sign == '%' ? amount : sign == '\u2030' ? amount / 10 : amount / 100;
    if (!zeroAllowed && percent <= 0) {
      return false;
    }
    return !bounded || percent <= 100;
  }

  private static String percent(String value, boolean bounded) {
    if (!endsWithPercent(value)) {
      return "\"" + value + "\" has no % sign; write a percentage such as " + (bounded ? "60%" : "150%");
    }
    if (!fraction(value, bounded, bounded)) {
      return "\"" + value + "\" is not a percentage " + (bounded ? "from 0% to 100%" : "above 0%")
          + "; write one such as " + (bounded ? "60%" : "150%");
    }
    return null;
  }

  private static String signedInteger(String value, String parser) {
    return switch (parser) {
      case "config_parse_exec_oom_score_adjust" -> integer(value, -1000, 1000, "an OOM score adjustment");
      case "config_parse_exec_io_priority" -> integer(value, 0, 7, "an I/O priority");
      case "config_parse_exec_cpu_sched_prio" -> integer(value, 0, 99, "a CPU scheduling priority");
      case "config_parse_exit_status" -> integer(value, 0, 255, "an exit status");
      case "config_parse_swap_priority" -> integer(value, -1, 32767, "a swap priority");
      case "config_parse_long" -> integer(value, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
      default -> integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer");
    };
  }

  private static String unsignedInteger(String value, String parser) {
    return switch (parser) {
      case "config_parse_cg_cpu_weight" -> value.equals("idle") ? null : integer(value, 1, 10000, "a CPU weight (or idle)");
      case "config_parse_cg_weight" -> integer(value, 1, 10000, "a weight");
      case "config_parse_cpu_shares" -> integer(value, 2, 262144, "a CPU share count");
      case "config_parse_blockio_weight" -> integer(value, 10, 1000, "a block I/O weight");
      case "config_parse_tty_size" -> integer(value, 0, 65535, "a terminal size");
      case "config_parse_concurrency_max" -> value.equals("infinity") ? null : integer(value, 0, 4294967295L, "a count (or infinity)");
      default -> integer(value, 0, 4294967295L, "an unsigned integer");
    };
  }

  static String integer(String value, long min, long max, String what) {
    String range = " from " + min + " to " + max;
    if (!Shapes.isInteger(value)) {
      return "\"" + value + "\" is not " + what + "; write a whole number" + range;
    }
    long parsed;
    try {
      parsed = Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
    } catch (NumberFormatException e) {
      return "\"" + value + "\" is out of range; write " + what + range;
    }
    if (parsed < min || parsed > max) {
      return value + " is out of range; write " + what + range;
    }
    return null;
  }

  private static String mode(String value) {
    if (!Shapes.isOctalMode(value)) {
      return "\"" + value + "\" is not an octal file mode; write one such as 0755 or 0644 (at most 07777)";
    }
    return null;
  }

  static String signal(String value) {
    String name = value.startsWith("SIG") ? value.substring(3) : value;
    if (SIGNALS.contains(name) || Shapes.isRealtimeSignal(name)) {
      return null;
    }
    if (Shapes.isSmallNumber(value) && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 64) {
      return null;
    }
    return "\"" + value + "\" is not a signal; write a name such as SIGTERM, SIGINT or SIGRTMIN+3, or a number from 1 to 64";
  }

  private static String enumeration(List<String> allowed, String value) {
    if (allowed.isEmpty() || allowed.contains(value)) {
      return null;
    }
    if (allowed.contains("yes") && allowed.contains("no") && isBoolean(value)) {
      return null;
    }
    for (String form : allowed) {
      if (!form.contains("<")) {
        continue;
      }
      int open = form.indexOf('<');
      String prefix = form.substring(0, open);
      String placeholder = form.substring(open + 1, form.length() - 1);
      if (prefix.isEmpty() && placeholder.startsWith("integer")) {
        if (Shapes.isInteger(value)) {
          String[] range = placeholder.substring("integer".length()).trim().split("-");
          if (range.length != 2) {
            return null;
          }
          return integer(value, Long.parseLong(range[0]), Long.parseLong(range[1]), "a number");
        }
      } else if (!prefix.isEmpty() && value.startsWith(prefix) && value.length() > prefix.length()) {
        String rest = value.substring(prefix.length());
        if (placeholder.equals("path") && !rest.startsWith("/")) {
          return "the path after " + prefix + " must be absolute; write " + prefix + "/" + rest.replaceFirst("^\\.?/*", "");
        }
        return null;
      }
    }
    return "\"" + value + "\" is not allowed here; choose one of " + String.join(", ", allowed);
  }

  private static String path(Directive directive, String parser, String value) {
    switch (parser) {
      case "config_parse_mount_node":
        // A mount's What= may name a device, a file system such as tmpfs or a remote share; a swap's is a path.
        return directive.section().equals("Swap") && !value.startsWith("/")
            ? "\"" + value + "\" is not an absolute path; a swap's What= is the device or file to swap on" : null;
      case "config_parse_pid_file":
        return null;
      case "config_parse_working_directory": {
        String v = value.startsWith("-") ? value.substring(1) : value;
        return v.equals("~") || v.startsWith("/") ? null
            : "\"" + value + "\" is not an absolute path; write /path, ~ for the user's home, with an optional - prefix to ignore a missing directory";
      }
      case "config_parse_unit_env_file": {
        String v = value.startsWith("-") ? value.substring(1) : value;
        return v.startsWith("/") ? null
            : "\"" + value + "\" is not an absolute path; write /path, with an optional - prefix to ignore a missing file";
      }
      default:
        return value.startsWith("/") ? null : "\"" + value + "\" is not an absolute path; write it starting with /";
    }
  }

  private static String pathList(String parser, String value) {
    if (parser.equals("config_parse_colon_separated_paths")) {
      for (String path : value.split(":", -1)) {
        if (!path.startsWith("/")) {
          return "\"" + path + "\" is not an absolute path; write absolute paths separated by colons";
        }
      }
      return null;
    }
    String[] reason = new String[1];
    List<String> words = Words.split(value, reason);
    if (words == null) {
      return Words.cannotSplit("paths", reason[0]);
    }
    for (String word : words) {
      String problem = pathWord(parser, word);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String pathWord(String parser, String word) {
    switch (parser) {
      case "config_parse_exec_directories": {
        String path = word.split(":", 2)[0];
        if (path.startsWith("/") || path.isEmpty() || List.of(path.split("/")).contains("..")) {
          return "\"" + path + "\" must be a relative path without .. (systemd puts it under its own directory); write e.g. myapp or myapp/sub";
        }
        return null;
      }
      case "config_parse_namespace_path_strv": {
        String path = word;
        while (path.startsWith("-") || path.startsWith("+")) {
          path = path.substring(1);
        }
        return absolute(path, word, "with optional - (ignore if missing) and + (relative to the root directory) prefixes");
      }
      case "config_parse_bind_paths":
      case "config_parse_mount_images":
      case "config_parse_extension_images": {
        String source = word.startsWith("-") ? word.substring(1) : word;
        String[] parts = source.split(":", -1);
        String problem = absolute(parts[0], word, "as the source, with an optional - prefix to ignore a missing source");
        if (problem == null && parser.equals("config_parse_mount_images") && parts.length < 2) {
          problem = "\"" + word + "\" has no destination; MountImages= takes source:/destination";
        }
        if (problem == null && parts.length > 1 && !parser.equals("config_parse_extension_images")
            && !parts[1].startsWith("/")) {
          problem = "\"" + parts[1] + "\" in \"" + word + "\" is not an absolute destination path; write source:/destination";
        }
        return problem;
      }
      case "config_parse_temporary_filesystems":
        return absolute(word.split(":", 2)[0], word, "optionally followed by :mount-options");
      default:
        return absolute(word, word, "");
    }
  }

  private static String absolute(String path, String word, String how) {
    if (path.startsWith("/")) {
      return null;
    }
    return "\"" + word + "\" is not an absolute path; write it starting with /" + (how.isEmpty() ? "" : ", " + how);
  }

  private static String unitList(Directive directive, String parser, String value) {
    String[] reason = new String[1];
    List<String> names = Words.split(value, reason);
    if (names == null) {
      return "the value cannot be split into unit names: " + reason[0];
    }
    if (!directive.repeatable() && names.size() != 1) {
      return directive.name() + "= takes exactly one unit name, not " + names.size();
    }
    String required = switch (parser) {
      case "config_parse_unit_slice" -> ".slice";
      case "config_parse_socket_service" -> ".service";
      case "config_parse_service_sockets" -> ".socket";
      default -> null;
    };
    for (String name : names) {
      String problem = unitName(name);
      if (problem != null) {
        return problem;
      }
      if (required != null && !name.endsWith(required)) {
        return "\"" + name + "\" is not a " + required + " unit; " + directive.name() + "= takes a unit whose name ends in " + required;
      }
    }
    return null;
  }

  /** A unit name as {@link UnitNames#checkName} validates it, with the fix users need. */
  static String unitName(String name) {
    try {
      UnitNames.checkName(name);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() + "; write a unit name such as app.service or getty@tty1.service";
    }
  }

  private static String capabilities(String value) {
    String v = value.startsWith("~") ? value.substring(1) : value;
    String[] reason = new String[1];
    List<String> names = Words.split(v, reason);
    if (names == null) {
      return Words.cannotSplit("capability names", reason[0]);
    }
    for (String name : names) {
      String problem = capability(name);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String capability(String name) {
    if (CAPABILITY_SET.contains(name.toLowerCase(Locale.ROOT))
        || (Shapes.isSmallNumber(name) && Integer.parseInt(name) <= 62)) {
      return null;
    }
    String suggestion = Suggestions.closest(name.toLowerCase(Locale.ROOT), CAPABILITIES);
    return "\"" + name + "\" is not a Linux capability"
        + (suggestion == null ? "" : "; did you mean " + suggestion.toUpperCase(Locale.ROOT) + "?")
        + " Write names such as CAP_NET_BIND_SERVICE, with a leading ~ to invert the set";
  }

  private static String syscalls(String value, boolean errnoAllowed) {
    String v = value.startsWith("~") ? value.substring(1) : value;
    if (Words.isPlainWord(v)) {
      return syscall(v, errnoAllowed);
    }
    return Words.eachWord(v, "system call names", name -> syscall(name, errnoAllowed));
  }

  /** One system call or {@code @group}, with an optional {@code :errno} where allowed. */
  private static String syscall(String name, boolean errnoAllowed) {
    int colon = name.indexOf(':');
    int end = colon < 0 ? name.length() : colon;
    if (colon >= 0) {
      if (!errnoAllowed) {
        return "\"" + name + "\": only SystemCallFilter= takes a :errno after a system call name";
      }
      String errno = name.substring(colon + 1);
      if (!Shapes.isErrno(errno)) {
        return "\"" + errno + "\" after \"" + name.substring(0, colon) + ":\" is not an errno name or number; write e.g. EPERM";
      }
    }
    int start = end > 0 && name.charAt(0) == '@' ? 1 : 0;
    boolean valid = end > start && name.charAt(start) != '-';
    for (int i = start; valid && i < end; i++) {
      char c = name.charAt(i);
      valid = (c >= 'a' && c <= 'z') || isDigit(c) || c == '_' || c == '-';
    }
    if (!valid) {
      return "\"" + name + "\" is not a system call or @group name; write names such as read or @system-service, with a leading ~ to deny them";
    }
    String call = name.substring(0, end);
    if (!SystemCalls.isKnown(call)) {
      return "\"" + call + "\" is not a system call" + (start == 1 ? " group" : "") + " systemd knows, so it would"
          + " not filter it; check the spelling (systemd-analyze syscall-filter lists them)";
    }
    return null;
  }

  private static String environment(String value) {
    String[] reason = new String[1];
    List<String> assignments = Words.split(value, reason);
    if (assignments == null) {
      return Words.cannotSplit("assignments", reason[0]);
    }
    for (String assignment : assignments) {
      String problem = assignment(assignment);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String assignment(String assignment) {
    int equals = assignment.indexOf('=');
    if (equals < 0) {
      return "\"" + assignment + "\" is not an assignment; write NAME=value (quote it if the value has spaces)";
    }
    String name = assignment.substring(0, equals);
    if (!Shapes.isEnvironmentName(name)) {
      return "\"" + name + "\" is not a valid environment variable name; use letters, digits and _ and do not start with a digit";
    }
    return null;
  }

  private static String users(String value, boolean list) {
    if (!list) {
      return user(value);
    }
    String[] reason = new String[1];
    List<String> names = Words.split(value, reason);
    if (names == null) {
      return Words.cannotSplit("user or group names", reason[0]);
    }
    for (String name : names) {
      String problem = user(name);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String user(String name) {
    if (Shapes.isDigits(name)) {
      return name.length() > 10 || Long.parseLong(name) >= 4294967295L
          ? name + " is not a valid user or group id; ids go from 0 to 4294967294"
          : null;
    }
    if (name.equals(".") || name.equals("..") || !Shapes.isUserName(name)) {
      return "\"" + name + "\" is not a valid user or group name; use letters, digits, _ . -, or a numeric id";
    }
    return null;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
