package org.podunits.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podunits.pod.App;
import org.podunits.pod.Capabilities;
import org.podunits.pod.EventHandler;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.unit.UnitFile;
import org.podunits.write.UnitSet;

/**
 * What a booted pod must show, from each app's own view (its recorder's report), against the
 * model (argv, environment, user, groups, directory) and against the units podunits wrote for it
 * (capabilities, no-new-privileges, seccomp, hidden and read-only paths, devices, sockets, stdio).
 * Every mismatch is collected, so that one boot reports all of them.
 */
final class BootExpectations {

  /** Linux capability numbers, as in {@code linux/capability.h}. */
  private static final List<String> CAPABILITIES = List.of(
      "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL",
      "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
      "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER",
      "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT",
      "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
      "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL",
      "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM",
      "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE");

  /** errno values the reports name. */
  private static final int EPERM = 1;
  private static final int EACCES = 13;
  private static final int EROFS = 30;

  private final List<String> failures = new ArrayList<>();

  private BootExpectations() {}

  /** Where app i binds to probe its capabilities: a privileged port, one per app of a pod. */
  private static final int BIND_PORT = 500;


  /**
   * The mismatches between what {@code apps} of {@code pod} should have seen, running from {@code
   * plan}, and what the boot shows.
   *
   * @param exitStatuses the status each app was told to exit with (default 0)
   */
  static List<String> check(Pod pod, List<App> apps, UnitSet plan, PodBoot.Result boot,
      Map<String, Integer> exitStatuses, String stopMessage) throws IOException {
    BootExpectations expectations = new BootExpectations();
    for (int i = 0; i < apps.size(); i++) {
      expectations.app(pod, apps.get(i), plan, boot, BIND_PORT + i);
    }
    expectations.pod(plan, boot, exitStatuses, apps, stopMessage);
    return expectations.failures;
  }

  /** Each app's {@code /podunits-boot.conf} lines: the port it binds, and the status it exits with. */
  static Map<String, String> conf(List<App> apps, Map<String, Integer> exitStatuses) {
    Map<String, String> conf = new HashMap<>();
    for (int i = 0; i < apps.size(); i++) {
      App app = apps.get(i);
      String lines = "bind " + (BIND_PORT + i) + "\n";
      Integer status = exitStatuses.get(app.name().value());
      if (status != null) {
        lines += "exit:" + app.binPath() + " " + status + "\n";
      }
      conf.put(app.name().value(), lines);
    }
    return conf;
  }

  private void expect(boolean condition, String failure) {
    if (!condition) {
      failures.add(failure);
    }
  }

  private void expectEquals(Object expected, Object actual, String what) {
    expect(expected.equals(actual), what + ": expected <" + expected + "> but was <" + actual + ">");
  }

  private void app(Pod pod, App app, UnitSet plan, PodBoot.Result boot, int bindPort) throws IOException {
    String name = app.name().value();
    String prefix = "app " + name + ": ";
    UnitFile service = unit(plan, name + ".service");
    List<Map<String, String>> reports = boot.reports().stream()
        .filter(r -> (name + ".service").equals(r.get("PODUNITS_UNIT"))).toList();
    List<String> expectedRuns = new ArrayList<>();
    for (EventHandler handler : app.eventHandlers()) {
      if (handler.kind() == EventHandler.Kind.PRE_START && handler.exec().get(0).startsWith("/")) {
        expectedRuns.add(run(handler.exec().get(0), handler.exec().subList(1, handler.exec().size())));
      }
    }
    String main = run(app.binPath(), app.exec().subList(1, app.exec().size()));
    expectedRuns.add(main);
    for (EventHandler handler : app.eventHandlers()) {
      if (handler.kind() == EventHandler.Kind.POST_STOP && handler.exec().get(0).startsWith("/")) {
        expectedRuns.add(run(handler.exec().get(0), handler.exec().subList(1, handler.exec().size())));
      }
    }
    List<String> runs = reports.stream().map(r -> run(r.get("PODUNITS_PROGRAM"),
        r.get("PODUNITS_ARGV").isEmpty() ? List.of() : List.of(r.get("PODUNITS_ARGV").split("\0", -1)))).toList();
    expectEquals(expectedRuns, runs, prefix + "programs run, hooks in order, with their exact argv");
    // Hooks run outside the app's sandbox, with PermissionsStartOnly=true as with the "+" prefix:
    // root, every capability of the pod, no seccomp filter, no-new-privileges off, a writable root.
    for (int i = 0; i < runs.size(); i++) {
      if (!runs.get(i).equals(main)) {
        Map<String, String> hook = reports.get(i);
        String what = prefix + "hook " + runs.get(i) + ": ";
        expectEquals("0 0 0 0", hook.get("PODUNITS_IDS"), what + "uid, euid, gid, egid");
        expect(hook.get("PODUNITS_STATUS").contains("NoNewPrivs:\t0"), what + "no-new-privileges is on");
        expectEquals("exit=0", hook.get("PODUNITS_SYSCALL"), what + "name_to_handle_at(2)");
        expectEquals("ok", hook.get("PODUNITS_ROOT_WRITE"), what + "writing to /");
      }
    }
    int index = runs.indexOf(main);
    if (index < 0) {
      return;
    }
    Map<String, String> report = reports.get(index);

    Map<String, String> env = new HashMap<>();
    for (String line : report.get("PODUNITS_ENV").split("\0", -1)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        env.put(line.substring(0, equals), line.substring(equals + 1));
      }
    }
    // rkt's defaults say root for every app unless the app sets them; rkt sets AC_APP_NAME to the
    // app's name whatever the app's environment says.
    Map<String, String> expectedEnv = new HashMap<>(Map.of("USER", "root", "LOGNAME", "root", "HOME", "/root"));
    expectedEnv.putAll(app.environment());
    expectedEnv.put("AC_APP_NAME", name);
    expectedEnv.forEach((key, value) -> expectEquals(value, String.valueOf(env.get(key)), prefix + "environment " + key));

    expectEquals(app.uid() + " " + app.uid() + " " + app.gid() + " " + app.gid(), report.get("PODUNITS_IDS"),
        prefix + "uid, euid, gid, egid");
    Set<String> groups = Set.of(report.get("PODUNITS_GROUPS").split(" "));
    for (int gid : app.supplementaryGids()) {
      expect(groups.contains(Integer.toString(gid)), prefix + "supplementary group " + gid + " missing from " + groups);
    }
    expectEquals(app.workingDirectory(), report.get("PODUNITS_CWD"), prefix + "working directory");

    Map<String, String> status = new HashMap<>();
    for (String line : report.get("PODUNITS_STATUS").split("\n")) {
      String[] parts = line.split(":\\s*", 2);
      status.put(parts[0], parts[1]);
    }
    // An appc retain set means the app has those capabilities, root or not.
    List<String> bounding = service.values("Service", "CapabilityBoundingSet");
    long retained = app.capabilities().filter(isolator -> isolator.kind() == Capabilities.Kind.RETAIN)
        .map(isolator -> mask(isolator.names())).orElse(0L);
    if (!bounding.isEmpty()) {
      long expectedBounding = mask(bounding);
      expectEquals(expectedBounding, Long.parseLong(status.get("CapBnd"), 16), prefix + "bounding capabilities");
      expectEquals(app.uid() == 0 ? expectedBounding : retained, Long.parseLong(status.get("CapEff"), 16),
          prefix + "effective capabilities");
    }
    boolean canBind = app.uid() == 0 || (retained & (1L << CAPABILITIES.indexOf("CAP_NET_BIND_SERVICE"))) != 0;
    expectEquals(canBind ? "ok" : "errno=" + EACCES, report.get("PODUNITS_BIND"), prefix + "binding port " + bindPort);
    expectEquals(service.values("Service", "NoNewPrivileges").contains("true") ? "1" : "0", status.get("NoNewPrivs"),
        prefix + "no-new-privileges");

    boolean filtered = !service.values("Service", "SystemCallFilter").isEmpty();
    List<String> errno = service.values("Service", "SystemCallErrorNumber");
    String expectedSyscall = !filtered ? "exit=0" : errno.isEmpty() ? "signal=31" : "exit=" + (100 + errnoNumber(errno.get(0)));
    expectEquals(expectedSyscall, report.get("PODUNITS_SYSCALL"), prefix + "name_to_handle_at(2), outside every filter");

    String rootfs = "/opt/stage2/" + name + "/rootfs";
    boolean hidden = service.values("Service", "InaccessiblePaths").contains("-" + rootfs + "/proc/kallsyms");
    expect(hidden != report.get("PODUNITS_KALLSYMS").equals("readable"),
        prefix + "/proc/kallsyms should be " + (hidden ? "hidden" : "readable") + ", is " + report.get("PODUNITS_KALLSYMS"));
    boolean readOnlyRoot = service.values("Service", "ReadOnlyPaths").contains(rootfs)
        || service.values("Service", "ReadOnlyDirectories").contains(rootfs);
    expectEquals(readOnlyRoot ? "errno=" + EROFS : app.uid() == 0 ? "ok" : "errno=" + EACCES,
        report.get("PODUNITS_ROOT_WRITE"), prefix + "writing to /");
    for (String probe : report.getOrDefault("PODUNITS_WRITABLE", "").split(" ")) {
      expect(probe.isEmpty() || probe.endsWith("=ok"), prefix + "a writable path refuses writing: " + probe);
    }
    expectEquals(writablePaths(service).size(), report.getOrDefault("PODUNITS_WRITABLE", "").isEmpty() ? 0
        : report.get("PODUNITS_WRITABLE").split(" ").length, prefix + "writable paths probed");
    if (service.values("Service", "DevicePolicy").contains("closed")) {
      // Root passes the file mode, so only the device policy can refuse it.
      expect(app.uid() == 0 ? report.get("PODUNITS_DEVICE").equals("errno=" + EPERM)
          : !report.get("PODUNITS_DEVICE").equals("ok"),
          prefix + "opening /dev/net/tun under DevicePolicy=closed: " + report.get("PODUNITS_DEVICE"));
    }

    UnitFile socket = unitOrNull(plan, name + ".socket");
    if (socket != null) {
      for (String listen : socket.values("Socket", "ListenStream")) {
        expect(report.get("PODUNITS_FDS").contains("=port:" + listen),
            prefix + "socket-activated port " + listen + " missing from " + report.get("PODUNITS_FDS"));
      }
      expect(String.valueOf(env.get("LISTEN_FDNAMES")).contains(name + ".socket"),
          prefix + "LISTEN_FDNAMES " + env.get("LISTEN_FDNAMES") + " lacks " + name + ".socket");
    }

    String out = "podunits-stdout " + app.binPath();
    String err = "podunits-stderr " + app.binPath();
    if (!pod.interactive()) {
      if (app.stdout() == IoMode.STREAM) {
        String received = boot.received(name, "stdout");
        expect(received.contains(out) && !received.contains("podunits-stderr"),
            prefix + "the stdout socket should receive stdout only, received <" + received + ">");
      }
      if (app.stderr() == IoMode.STREAM) {
        String received = boot.received(name, "stderr");
        expect(received.contains(err) && !received.contains("podunits-stdout"),
            prefix + "the stderr socket should receive stderr only, received <" + received + ">");
      }
      if (app.stdout() == IoMode.TTY) {
        expect(boot.received(name, "tty").contains(out), prefix + "the terminal should receive stdout, received <"
            + boot.received(name, "tty") + ">");
      }
    }
  }

  private void pod(UnitSet plan, PodBoot.Result boot, Map<String, Integer> exitStatuses, List<App> apps,
      String stopMessage) throws IOException {
    expectEquals(0, boot.exitCode(), "systemd-nspawn's exit status (-1: killed at the timeout)");
    List<String> messages = boot.journal().managerMessages();
    expect(messages.stream().anyMatch(m -> m.startsWith(stopMessage)),
        "the pod should stop with \"" + stopMessage + "...\"; its manager said: " + messages);
    Set<String> units = new LinkedHashSet<>();
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.UnitEntry) {
        units.add(entry.path().getFileName().toString());
      }
    }
    Set<String> failing = new LinkedHashSet<>();
    exitStatuses.forEach((app, status) -> {
      if (status != 0) {
        failing.add(app + ".service");
      }
    });
    for (String warning : boot.journal().managerWarnings()) {
      boolean expectedFailure = failing.stream().anyMatch(warning::contains);
      expect(expectedFailure || units.stream().noneMatch(warning::contains),
          "systemd warns about a generated unit: " + warning);
    }
    for (App app : apps) {
      String name = app.name().value();
      Path status = boot.stage1().resolve("rkt/status").resolve(name);
      int expected = exitStatuses.getOrDefault(name, 0);
      expect(Files.exists(status) && Files.readString(status).trim().equals(Integer.toString(expected)),
          "app " + name + ": the reaper should record exit status " + expected);
    }
  }

  private static List<String> writablePaths(UnitFile service) {
    List<String> paths = new ArrayList<>(service.values("Service", "ReadWritePaths"));
    paths.addAll(service.values("Service", "ReadWriteDirectories"));
    return paths;
  }

  private static String run(String program, List<String> argv) {
    return program + " " + argv;
  }

  private static long mask(List<String> values) {
    long mask = 0;
    for (String value : values) {
      for (String name : value.split(" ")) {
        if (!name.isEmpty()) {
          int bit = CAPABILITIES.indexOf(name);
          if (bit < 0) {
            throw new IllegalArgumentException("unknown capability " + name);
          }
          mask |= 1L << bit;
        }
      }
    }
    return mask;
  }

  private static int errnoNumber(String name) {
    return switch (name) {
      case "EPERM" -> EPERM;
      case "EACCES" -> EACCES;
      case "ENOSYS" -> 38;
      default -> throw new IllegalArgumentException("errno " + name + " is not in the test's table");
    };
  }

  private static UnitFile unit(UnitSet plan, String name) {
    UnitFile unit = unitOrNull(plan, name);
    if (unit == null) {
      throw new AssertionError("the plan has no unit " + name);
    }
    return unit;
  }

  private static UnitFile unitOrNull(UnitSet plan, String name) {
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.UnitEntry unit && entry.path().getFileName().toString().equals(name)) {
        return unit.unit();
      }
    }
    return null;
  }
}
