package org.podunits.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/**
 * A plan shaped like what rkt's stage1 writes for a pod with one app {@code hello} (flavor coreos,
 * systemd v233): six units, the environment file and the sysusers file (8 files, 11,983 bytes,
 * {@code hello.service} 10,700 bytes with its 309 system-call filter lines) and two want links. The
 * stage1 image provides the units directory; the plan creates four directories: {@code rkt},
 * {@code rkt/env}, {@code usr/lib/sysusers.d} and {@code default.target.wants}.
 */
final class OnePodFixture {

  static final Path ROOTFS = Path.of("stage1/rootfs");
  static final Path UNITS = ROOTFS.resolve("usr/lib/systemd/system");
  static final Path WANTS = UNITS.resolve("default.target.wants");

  private OnePodFixture() {}

  /** The plan, in rkt's order of writing. */
  static UnitSet plan() {
    return UnitSet.builder()
        .unit(UNITS.resolve("default.target"), defaultTarget(), "failed to write default.target")
        .unit(UNITS.resolve("prepare-app@.service"), prepareApp(),
            "failed to write prepare-app service template")
        .unit(UNITS.resolve("halt.target"), UnitFile.of(
                o("Unit", "Description", "Halt"),
                o("Unit", "DefaultDependencies", "false"),
                o("Unit", "AllowIsolate", "true")),
            "failed to write halt target")
        .unit(UNITS.resolve("shutdown.service"), shutdown(), "failed to create shutdown service")
        .file(ROOTFS.resolve("usr/lib/sysusers.d/hello.service.conf"),
            "g gen0 0\n\nu gen0 0 \"gen0\"\n".getBytes(UTF_8), 0640,
            "unable to write sysusers file")
        .file(ROOTFS.resolve("rkt/env/hello"), environment(), 0644,
            "unable to write environment file")
        .unit(UNITS.resolve("hello.service"), helloService(), "failed to create service unit file")
        .link(WANTS.resolve("hello.service"), "../hello.service", "failed to link service want")
        .unit(UNITS.resolve("reaper-hello.service"), reaper(), "failed to write reaper unit")
        .link(WANTS.resolve("systemd-journal-flush.service"), "../systemd-journal-flush.service",
            "failed to link service want")
        .build();
  }

  /** Makes a fresh pod root under {@code parent} holding only the stage1 image's units directory. */
  static Path freshPodRoot(Path parent) throws IOException {
    Path root = Files.createTempDirectory(parent, "pod");
    Files.createDirectories(root.resolve(UNITS));
    return root;
  }

  private static UnitFile defaultTarget() {
    return UnitFile.of(
        o("Unit", "Description", "rkt apps target"),
        o("Unit", "DefaultDependencies", "false"),
        o("Unit", "Wants", "supervisor-ready.service"),
        o("Unit", "Before", "supervisor-ready.service"),
        o("Unit", "After", "hello.service"),
        o("Unit", "Wants", "hello.service"));
  }

  private static UnitFile prepareApp() {
    return UnitFile.of(
        o("Unit", "Description", "Prepare minimum environment for chrooted applications"),
        o("Unit", "DefaultDependencies", "false"),
        o("Unit", "OnFailureJobMode", "fail"),
        o("Unit", "Requires", "systemd-journald.service"),
        o("Unit", "After", "systemd-journald.service"),
        o("Service", "Type", "oneshot"),
        o("Service", "Restart", "no"),
        o("Service", "ExecStart", "/prepare-app %I"),
        o("Service", "User", "0"),
        o("Service", "Group", "0"),
        o("Service", "CapabilityBoundingSet", "CAP_SYS_ADMIN CAP_DAC_OVERRIDE CAP_MKNOD"));
  }

  private static UnitFile shutdown() {
    return UnitFile.of(
        o("Unit", "Description", "Pod shutdown"),
        o("Unit", "AllowIsolate", "true"),
        o("Unit", "StopWhenUnneeded", "yes"),
        o("Unit", "DefaultDependencies", "false"),
        o("Service", "RemainAfterExit", "yes"),
        o("Service", "StandardInput", "null"),
        o("Service", "StandardOutput", "null"),
        o("Service", "StandardError", "null"),
        o("Service", "ExecStop", "/usr/bin/systemctl --force exit"));
  }

  private static UnitFile reaper() {
    return UnitFile.of(
        o("Service", "Environment", "\"EXIT_POD=true\""),
        o("Unit", "Wants", "shutdown.service"),
        o("Unit", "After", "shutdown.service"),
        o("Unit", "Description", "hello Reaper"),
        o("Unit", "DefaultDependencies", "false"),
        o("Unit", "StopWhenUnneeded", "yes"),
        o("Unit", "Before", "halt.target"),
        o("Unit", "Conflicts", "exit.target"),
        o("Unit", "Conflicts", "halt.target"),
        o("Unit", "Conflicts", "poweroff.target"),
        o("Service", "RemainAfterExit", "yes"),
        o("Service", "ExecStop",
            "/reaper.sh \"hello\" \"/opt/stage2/hello/rootfs\" \"/bin/hello\""));
  }

  private static byte[] environment() {
    return ("SHELL=/bin/sh\nUSER=root\nLOGNAME=root\nHOME=/root\n"
        + "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n"
        + "AC_APP_NAME=hello\n").getBytes(UTF_8);
  }

  /** rkt's hello.service of the spec's example; the filter names are stand-ins of like length. */
  private static UnitFile helloService() {
    String prepare = "prepare-app@-opt-stage2-hello-rootfs.service";
    String app = "/opt/stage2/hello/rootfs";
    List<UnitOption> options = new ArrayList<>(List.of(
        o("Unit", "After", "systemd-journald.service"),
        o("Unit", "OnFailure", "halt.target"),
        o("Unit", "Description", "Application=hello Image=example.com/hello"),
        o("Unit", "DefaultDependencies", "false"),
        o("Unit", "Wants", "reaper-hello.service"),
        o("Service", "Restart", "no"),
        o("Service", "SyslogIdentifier", "hello"),
        o("Service", "StandardInput", "null"),
        o("Service", "StandardOutput", "journal+console"),
        o("Service", "StandardError", "journal+console"),
        o("Service", "TimeoutStartSec", "0"),
        o("Unit", "Requires", "sysusers.service"),
        o("Unit", "After", "sysusers.service"),
        o("Service", "ExecStart", "\"/bin/hello\" \"--greeting\" \"Hi there\" \"$$HOME\" \"100%%\""),
        o("Service", "RootDirectory", app),
        o("Service", "WorkingDirectory", "/"),
        o("Service", "EnvironmentFile", "/rkt/env/hello"),
        o("Service", "User", "0"),
        o("Service", "Group", "0"),
        o("Service", "PermissionsStartOnly", "true"),
        o("Unit", "Requires", prepare),
        o("Unit", "After", prepare),
        o("Service", "CapabilityBoundingSet", "CAP_AUDIT_WRITE CAP_CHOWN CAP_DAC_OVERRIDE"
            + " CAP_FSETID CAP_FOWNER CAP_KILL CAP_MKNOD CAP_NET_RAW CAP_NET_BIND_SERVICE"
            + " CAP_SETUID CAP_SETGID CAP_SETPCAP CAP_SETFCAP CAP_SYS_CHROOT")));
    for (int i = 0; i < 309; i++) {
      options.add(o("Service", "SystemCallFilter", "syscall" + i));
    }
    options.add(o("Service", "NoNewPrivileges", "false"));
    for (String hidden : List.of("proc/config.gz", "proc/kallsyms", "proc/sched_debug",
        "proc/kcore", "proc/kmem", "proc/mem", "sys/firmware", "sys/fs", "sys/hypervisor",
        "sys/module", "sys/power")) {
      options.add(o("Service", "InaccessiblePaths", "-" + app + "/" + hidden));
    }
    for (String readOnly : List.of("proc/bus", "proc/sys/kernel/core_pattern",
        "proc/sys/kernel/modprobe", "proc/sys/vm/panic_on_oom", "proc/sysrq-trigger", "sys/block",
        "sys/bus", "sys/class", "sys/dev", "sys/devices", "sys/kernel")) {
      options.add(o("Service", "ReadOnlyPaths", "-" + app + "/" + readOnly));
    }
    options.add(o("Service", "MountAPIVFS", "false"));
    options.add(o("Service", "MountFlags", "shared"));
    options.add(o("Service", "DevicePolicy", "closed"));
    return UnitFile.of(options);
  }

  private static UnitOption o(String section, String name, String value) {
    return UnitOption.of(section, name, value);
  }
}
