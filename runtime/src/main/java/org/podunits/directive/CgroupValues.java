package org.podunits.directive;

import java.util.List;

/** Resource-control settings whose syntax systemd 252 checks as it reads them. */
final class CgroupValues {

  private CgroupValues() {}

  private static final List<String> CONTROLLERS = List.of("cpu", "cpuacct", "cpuset", "io", "blkio", "memory",
      "devices", "pids", "bpf-firewall", "bpf-devices", "bpf-foreign", "bpf-socket-bind",
      "bpf-restrict-network-interfaces");

  private static final List<String> BPF_ATTACH_TYPES = List.of("ingress", "egress", "sock_create", "sock_ops",
      "device", "bind4", "bind6", "connect4", "connect6", "post_bind4", "post_bind6", "sendmsg4", "sendmsg6",
      "recvmsg4", "recvmsg6", "sysctl", "getsockopt", "setsockopt");

  /** A device path and a value: bandwidths, weights and latencies per device. */
  static String deviceAndValue(String value, String what, java.util.function.Function<String, String> check) {
    String[] reason = new String[1];
    List<String> words = Words.split(value, reason);
    String fix = "; write a device path and " + what + ", such as /dev/sda " + example(what);
    if (words == null || words.size() != 2) {
      return "\"" + value + "\" is not a device and " + what + fix;
    }
    if (!words.get(0).startsWith("/")) {
      return "\"" + words.get(0) + "\" is not an absolute device path" + fix;
    }
    return check.apply(words.get(1));
  }

  private static String example(String what) {
    return switch (what) {
      case "a weight" -> "200";
      case "a latency" -> "25ms";
      default -> "10M";
    };
  }

  /** {@code DisableControllers=}: cgroup controller names. */
  static String controllers(String value) {
    return Words.eachWord(value, "controllers", c -> CONTROLLERS.contains(c) ? null
        : "\"" + c + "\" is not a cgroup controller; write names such as cpu, io, memory, pids");
  }

  /** {@code BPFProgram=}: an attach type, a colon and the absolute path of a pinned program. */
  static String bpfProgram(String value) {
    int colon = value.indexOf(':');
    if (colon < 0 || !BPF_ATTACH_TYPES.contains(value.substring(0, colon))) {
      return "\"" + value + "\" is not TYPE:PATH with a BPF attach type such as egress or ingress";
    }
    return value.startsWith("/", colon + 1) ? null
        : "the program path in \"" + value + "\" is not absolute; write e.g. egress:/sys/fs/bpf/prog";
  }
}
