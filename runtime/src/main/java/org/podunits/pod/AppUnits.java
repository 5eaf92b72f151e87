package org.podunits.pod;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.podunits.unit.ExecCommand;
import org.podunits.unit.Specifiers;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/**
 * Everything rkt's stage1 writes for one app ({@code AppUnit}, {@code SetupAppIO}, {@code
 * appSystemdUnit}, {@code AppReaperUnit}): the sysusers file, stream sockets and iottymux
 * environment, the environment file, device-volume links, the socket unit of socket-activated
 * ports, the service with its want link, and the reaper.
 *
 * <p>Every error is thrown before the caller's plan is touched; a failing app leaves nothing of
 * itself behind (rkt left its env, sysusers and socket files).
 */
final class AppUnits {

  /** rkt's default bounding set, in rkt's order. */
  static final List<String> DEFAULT_CAPABILITIES = List.of(
      "CAP_AUDIT_WRITE", "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_KILL",
      "CAP_MKNOD", "CAP_NET_RAW", "CAP_NET_BIND_SERVICE", "CAP_SETUID", "CAP_SETGID", "CAP_SETPCAP",
      "CAP_SETFCAP", "CAP_SYS_CHROOT");

  /*
   * The options that are the same for every app, made once rather than checked again for every
   * pod: a JVM's first pods run interpreted, and the same lines were much of their plan.
   */

  /** The bounding set of an app without a capabilities isolator. */
  private static final UnitOption DEFAULT_BOUNDING_SET =
      service("CapabilityBoundingSet", String.join(" ", DEFAULT_CAPABILITIES));

  /** The options of streams in LOG mode, by stream; on a systemd before attachable I/O, of every stream. */
  private static final List<UnitOption> LOG_IO = List.of(
      service("StandardInput", "null"),
      service("StandardOutput", "journal+console"),
      service("StandardError", "journal+console"));

  /** The service options after the I/O options. */
  private static final List<UnitOption> AFTER_IO = List.of(
      service("TimeoutStartSec", "0"),
      unit("Requires", "sysusers.service"),
      unit("After", "sysusers.service"));

  private static final UnitOption NO_DEFAULT_DEPENDENCIES = unit("DefaultDependencies", "false");
  private static final UnitOption NO_RESTART = service("Restart", "no");
  private static final UnitOption NO_NEW_PRIVILEGES = service("NoNewPrivileges", "true");
  private static final UnitOption NEW_PRIVILEGES = service("NoNewPrivileges", "false");
  private static final UnitOption NO_API_VFS = service("MountAPIVFS", "false");
  private static final UnitOption SHARED_MOUNTS = service("MountFlags", "shared");
  private static final UnitOption CLOSED_DEVICES = service("DevicePolicy", "closed");

  /** The reaper's options between its description and its command. */
  private static final List<UnitOption> REAPER_OPTIONS = List.of(
      NO_DEFAULT_DEPENDENCIES,
      unit("StopWhenUnneeded", "yes"),
      unit("Before", "halt.target"),
      unit("Conflicts", "exit.target"),
      unit("Conflicts", "halt.target"),
      unit("Conflicts", "poweroff.target"),
      service("RemainAfterExit", "yes"));

  /*
   * The kernel paths below are rkt's lists as filepath.Join leaves them: rkt writes the
   * directories with a trailing slash, which joining drops. Being clean, they are appended to the
   * app's rootfs as they are.
   */

  /** Read-only kernel paths, written with {@code ReadOnlyPaths=} (or the older directives). */
  static final List<String> READ_ONLY_PATHS = List.of(
      "/proc/bus", "/proc/sys/kernel/core_pattern", "/proc/sys/kernel/modprobe",
      "/proc/sys/vm/panic_on_oom", "/proc/sysrq-trigger", "/sys/block", "/sys/bus", "/sys/class",
      "/sys/dev", "/sys/devices", "/sys/kernel");

  /** Hidden kernel directories. */
  static final List<String> HIDDEN_DIRS = List.of(
      "/sys/firmware", "/sys/fs", "/sys/hypervisor", "/sys/module", "/sys/power");

  /** Hidden kernel files; systemd before 231 can only hide directories, so they are left out there. */
  static final List<String> HIDDEN_PATHS = List.of(
      "/proc/config.gz", "/proc/kallsyms", "/proc/sched_debug", "/proc/kcore", "/proc/kmem", "/proc/mem");

  private static final String[] STREAMS = {"stdin", "stdout", "stderr"};

  /**
   * The systemd release that connects a stdio stream to the socket whose {@code
   * FileDescriptorName=} it names ({@code StandardOutput=fd:stdout}; NEWS 232). With plain {@code
   * fd} for both, systemd (252 observed) sees two equal names and duplicates stdout onto stderr.
   */
  static final int FD_NAMES_SINCE = 232;

  /** The systemd release with {@code AmbientCapabilities=} (NEWS 229). */
  static final int AMBIENT_CAPABILITIES_SINCE = 229;

  /**
   * The systemd release from which a {@code +} before a control command has exactly the effect of
   * {@code PermissionsStartOnly=true}. The prefix exists since 231, but only from 235 (systemd PR
   * #6577, which added {@code !} and {@code !!}) do both clear one and the same sandboxing switch;
   * {@code PermissionsStartOnly=} is deprecated from 240.
   */
  static final int PRIVILEGED_PREFIX_SINCE = 235;

  /** The systemd release with {@code ReadOnlyPaths=}, {@code ReadWritePaths=} and {@code InaccessiblePaths=}. */
  static final int PATHS_SINCE = 231;

  /**
   * The systemd release from which {@code MemoryMax=} limits memory on both cgroup hierarchies:
   * 231 added it for the unified hierarchy and writes it as {@code memory.limit_in_bytes} on the
   * legacy one (NEWS 231, systemd PR #3315), the same bytes {@code MemoryLimit=} writes there.
   */
  static final int MEMORY_MAX_SINCE = 231;

  /**
   * The systemd release from which {@code CPUWeight=} acts on both cgroup hierarchies (NEWS 232):
   * on the legacy one systemd writes it as {@code cpu.shares} = weight * 1024 / 100, and on the
   * unified one it reads {@code CPUShares=} as that weight anyway.
   */
  static final int CPU_WEIGHT_SINCE = 232;

  private AppUnits() {}

  /**
   * Adds the app's entries to {@code out}, or nothing if a unit option refuses a value of the app
   * (a value the model let through, such as an over-long line); everything else that can stop an
   * app is {@link PlanChecks}'s to find first. The refusal is added to {@code refusals}, naming the
   * app, rather than thrown: the caller goes on with the next app, so that a pod with several
   * such apps is refused with all of them at once.
   *
   * @param serviceExtra the caller's options that open the service unit
   * @param reaperExtra the caller's options that open the reaper unit
   * @param volumeLinks the device-volume links already planned by earlier apps; rkt keeps the first
   * @return whether the app was added
   */
  static boolean add(UnitSet.Builder out, Pod pod, App app, List<UnitOption> serviceExtra,
      List<UnitOption> reaperExtra, Set<Path> volumeLinks, DiagnosticList refusals) {
    try {
      new Plan(pod, app).addTo(out, serviceExtra, reaperExtra, volumeLinks);
      return true;
    } catch (IllegalArgumentException e) {
      refusals.error(DiagnosticCode.UNIT_VALUE_INVALID, FieldPath.app(app.name().value()), e.getMessage());
      return false;
    }
  }

  /** One app's generation: decisions first, then entries. */
  private static final class Plan {
    private final Pod pod;
    private final App app;
    private final AppName name;
    private final String rootfs;
    private final List<UnitSet.Entry> entries = new ArrayList<>();
    private final List<Path> newVolumeLinks = new ArrayList<>();

    Plan(Pod pod, App app) {
      this.pod = pod;
      this.app = app;
      this.name = app.name();
      this.rootfs = PodLayout.relAppRootfsPath(name);
    }

    void addTo(UnitSet.Builder out, List<UnitOption> serviceExtra, List<UnitOption> reaperExtra,
        Set<Path> volumeLinks) {
      entries.add(new UnitSet.FileEntry(PodLayout.sysusersPath(name), sysusers(), 0640,
          "unable to generate sysusers"));
      List<UnitOption> service = new ArrayList<>(serviceExtra);
      service.add(unit("Description", description()));
      service.add(NO_DEFAULT_DEPENDENCIES);
      service.add(unit("Wants", PodLayout.reaperUnitName(name)));
      service.add(NO_RESTART);
      service.add(service("SyslogIdentifier", name.value()));
      io(service);
      if (app.supportsNotify()) {
        service.add(service("Type", "notify"));
      }
      service.addAll(AFTER_IO);
      systemdUnit(service, volumeLinks);
      service.addAll(app.options());
      entries.add(new UnitSet.UnitEntry(PodLayout.serviceUnitPath(name), UnitFile.of(service),
          "failed to create service unit file"));
      entries.add(new UnitSet.LinkEntry(PodLayout.serviceWantPath(name),
          PodLayout.wantTarget(PodLayout.serviceUnitName(name)), "failed to link service want"));
      entries.add(new UnitSet.UnitEntry(PodLayout.reaperUnitPath(name), reaper(reaperExtra),
          "failed to write app \"" + name + "\" reaper service"));
      for (UnitSet.Entry entry : entries) {
        out.add(entry);
      }
      volumeLinks.addAll(newVolumeLinks);
    }

    private String description() {
      return Specifiers.escape("Application=" + name + " Image=" + app.imageName());
    }

    /** {@code g gen<G> <G>} per group, then {@code u gen<U> <U> "gen<U>"}, blank lines between. */
    private byte[] sysusers() {
      List<String> lines = new ArrayList<>();
      for (int supplementary : app.supplementaryGids()) {
        lines.add("g gen" + supplementary + " " + supplementary + "\n");
      }
      lines.add("g gen" + app.gid() + " " + app.gid() + "\n");
      lines.add("u gen" + app.uid() + " " + app.uid() + " \"gen" + app.uid() + "\"\n");
      return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** rkt's {@code SetupAppIO}: the I/O options, stream sockets and iottymux environment. */
    private void io(List<UnitOption> service) {
      if (pod.interactive()) {
        service.add(service("StandardInput", "tty"));
        service.add(service("StandardOutput", "tty"));
        service.add(service("StandardError", "tty"));
        return;
      }
      IoMode[] modes = {app.stdin(), app.stdout(), app.stderr()};
      if (legacyIo(pod.stage1())) {
        service.addAll(LOG_IO);
        return;
      }
      String[] directives = {"StandardInput", "StandardOutput", "StandardError"};
      String[] envFlags = {"STAGE2_STDIN", "STAGE2_STDOUT", "STAGE2_STDERR"};
      List<String> flags = new ArrayList<>(3);
      boolean ioMux = false;
      boolean ttyMux = false;
      // Plain ifs, not a switch: a switch on another class's enum compiles to a lookup class of its
      // own, which a fresh JVM would load (and verify, with the errors it catches) for its first pod.
      for (int i = 0; i < 3; i++) {
        IoMode mode = modes[i];
        if (mode == IoMode.STREAM) {
          streamSocket(STREAMS[i]);
          ioMux = true;
          flags.add(envFlags[i]);
          service.add(service(directives[i], streamTarget(i)));
          service.add(service("Sockets", PodLayout.streamSocketName(name, STREAMS[i])));
        } else if (mode == IoMode.TTY) {
          ttyMux = true;
          flags.add(envFlags[i]);
          service.add(service(directives[i], i == 0 ? "tty-force" : "tty"));
        } else if (mode == IoMode.INTERACTIVE) {
          service.add(service(directives[i], "tty"));
        } else if (mode == IoMode.NULL) {
          service.add(service(directives[i], "null"));
        } else {
          // LOG, the one mode left (the app refuses a null mode).
          service.add(LOG_IO.get(i));
        }
      }
      if (!ioMux && !ttyMux) {
        return;
      }
      StringBuilder env = new StringBuilder(128);
      EnvFiles.line(env, "STAGE2_TTY", Boolean.toString(ttyMux));
      EnvFiles.line(env, "STAGE1_DEBUG", Boolean.toString(pod.debug()));
      for (String flag : flags) {
        EnvFiles.line(env, flag, "true");
      }
      if (ioMux) {
        service.add(unit("Requires", "iomux@" + name + ".service"));
        service.add(unit("Before", "iomux@" + name + ".service"));
        if (pod.logMode().isPresent()) {
          EnvFiles.line(env, "STAGE1_LOGMODE", pod.logMode().get().toString());
          if (pod.logMode().get() == LogMode.K8S_PLAIN) {
            EnvFiles.line(env, "KUBERNETES_LOG_PATH", app.kubernetesLogPath().orElseThrow());
          }
        }
      } else {
        service.add(service("TTYPath", PodLayout.relIoMuxDir(name) + "/stage2-pts"));
        service.add(unit("Requires", "ttymux@" + name + ".service"));
        service.add(unit("After", "ttymux@" + name + ".service"));
      }
      entries.add(new UnitSet.FileEntry(PodLayout.ioMuxEnvPath(name),
          env.toString().getBytes(StandardCharsets.UTF_8), 0644,
          "failed to write iottymux environment file for app \"" + name + "\""));
    }

    /**
     * The value that connects stream {@code i} to its socket. rkt writes plain {@code fd}; a
     * systemd that understands names gets the socket's name for stdout and stderr, so that both
     * streams reach their own sockets.
     */
    private String streamTarget(int i) {
      return i > 0 && pod.stage1().atLeast(FD_NAMES_SINCE) ? "fd:" + STREAMS[i] : "fd";
    }

    private void streamSocket(String stream) {
      String serviceName = PodLayout.serviceUnitName(name);
      UnitFile socket = UnitFile.of(
          unit("Description", stream + " socket for " + name),
          unit("DefaultDependencies", "no"),
          unit("StopWhenUnneeded", "yes"),
          unit("RefuseManualStart", "yes"),
          unit("RefuseManualStop", "yes"),
          unit("BindsTo", serviceName),
          socket("RemoveOnStop", "yes"),
          socket("Service", serviceName),
          socket("FileDescriptorName", stream),
          socket("ListenFIFO", PodLayout.relIoMuxDir(name) + "/stage2-" + stream));
      entries.add(new UnitSet.UnitEntry(PodLayout.streamSocketPath(name, stream), socket,
          "failed to write " + stream + " socket for \"" + name + "\" service"));
    }

    /** rkt's {@code appSystemdUnit}: the options after the I/O setup, and the files they need. */
    private void systemdUnit(List<UnitOption> service, Set<Path> volumeLinks) {
      Stage1 stage1 = pod.stage1();
      InsecureOptions insecure = pod.insecureOptions();
      // Most apps have neither mounts nor mount points: nothing to resolve, and no class to load.
      List<AppMounts.Resolved> mounts = app.mounts().isEmpty() && app.mountPoints().isEmpty()
          ? List.of() : AppMounts.of(pod, app);
      entries.add(new UnitSet.FileEntry(PodLayout.envFilePath(name), EnvFiles.appEnvironment(pod, app),
          0644, "unable to write environment file"));
      List<String> argv = new ArrayList<>(app.exec());
      argv.set(0, app.binPath());
      service.add(service("ExecStart", ExecCommand.quote(argv)));
      service.add(service("RootDirectory", rootfs));
      service.add(service("WorkingDirectory", Specifiers.escape(app.workingDirectory())));
      service.add(service("EnvironmentFile", PodLayout.relEnvFilePath(name)));
      service.add(service("User", Integer.toString(app.uid())));
      service.add(service("Group", Integer.toString(app.gid())));
      boolean privilegedPrefix = stage1.atLeast(PRIVILEGED_PREFIX_SINCE);
      if (!privilegedPrefix) {
        service.add(service("PermissionsStartOnly", "true"));
      }
      String prepareApp = PodLayout.instantiatedPrepareAppUnitName(name);
      service.add(unit("Requires", prepareApp));
      service.add(unit("After", prepareApp));
      for (int supplementary : app.supplementaryGids()) {
        service.add(service("SupplementaryGroups", Integer.toString(supplementary)));
      }
      if (!insecure.disableCapabilities()) {
        service.add(app.capabilities().isEmpty() ? DEFAULT_BOUNDING_SET
            : service("CapabilityBoundingSet", String.join(" ", capabilities(app.capabilities().get()))));
      }
      ambientCapabilities(service);
      boolean noNewPrivileges = app.noNewPrivileges();
      if (!insecure.disableSeccomp()) {
        if (app.seccomp().isEmpty()) {
          // rkt's default whitelist, the filter of nearly every app, whose options are made once.
          service.addAll(DefaultSeccompFilter.options(pod.architecture()));
          noNewPrivileges |= app.uid() != 0;
        } else {
          Optional<SeccompFilters.Filter> filter = SeccompFilters.of(pod.architecture(), app.seccomp().get());
          if (filter.isPresent()) {
            seccompOptions(service, filter.get());
            noNewPrivileges |= app.uid() != 0;
          }
        }
      }
      service.add(noNewPrivileges ? NO_NEW_PRIVILEGES : NEW_PRIVILEGES);
      if (app.readOnlyRootFs()) {
        for (AppMounts.Resolved mount : mounts) {
          if (!mount.readOnly()) {
            service.add(service(stage1.atLeast(PATHS_SINCE) ? "ReadWritePaths" : "ReadWriteDirectories",
                Specifiers.escape(PodLayout.join(rootfs, mount.path()))));
          }
        }
        service.add(service(stage1.atLeast(PATHS_SINCE) ? "ReadOnlyPaths" : "ReadOnlyDirectories", rootfs));
      }
      if (!insecure.disablePaths()) {
        if (stage1.atLeast(PATHS_SINCE)) {
          appendPaths(service, "InaccessiblePaths", HIDDEN_PATHS);
          appendPaths(service, "InaccessiblePaths", HIDDEN_DIRS);
          appendPaths(service, "ReadOnlyPaths", READ_ONLY_PATHS);
        } else {
          appendPaths(service, "InaccessibleDirectories", HIDDEN_DIRS);
          appendPaths(service, "ReadOnlyDirectories", READ_ONLY_PATHS);
        }
        if (stage1.atLeast(233)) {
          service.add(NO_API_VFS);
        }
        service.add(SHARED_MOUNTS);
        if (stage1.flavor() != Stage1.Flavor.KVM) {
          service.add(CLOSED_DEVICES);
          deviceAllows(service, mounts, volumeLinks);
        }
      }
      for (EventHandler handler : app.eventHandlers()) {
        String directive = handler.kind() == EventHandler.Kind.PRE_START ? "ExecStartPre" : "ExecStopPost";
        // Hooks run with full privileges either way: rkt's PermissionsStartOnly=true, or the "+"
        // that replaces it with the same effect.
        service.add(service(directive, (privilegedPrefix ? "+" : "") + ExecCommand.quote(handler.exec())));
      }
      resources(service);
      socketActivatedPorts(service);
    }

    private void appendPaths(List<UnitOption> service, String directive, List<String> paths) {
      for (String path : paths) {
        service.add(service(directive, "-" + rootfs + path));
      }
    }

    /** rkt's {@code getAppCapabilities} for an app with a capabilities isolator, without duplicates. */
    private static Set<String> capabilities(Capabilities isolator) {
      Set<String> result = new LinkedHashSet<>();
      if (isolator.kind() == Capabilities.Kind.RETAIN) {
        result.addAll(isolator.names());
      } else {
        result.addAll(DEFAULT_CAPABILITIES);
        result.removeAll(isolator.names());
      }
      return result;
    }

    /**
     * The capabilities a non-root app retains, made its own. The bounding set only allows them: a
     * process that is not root gets none effective, so an app that runs as 65534 with {@code
     * CAP_NET_BIND_SERVICE} retained could still not bind port 443. rkt writes no ambient set.
     * Only an explicit retain set grants; the default set and a remove set stay limits.
     */
    private void ambientCapabilities(List<UnitOption> service) {
      Optional<Capabilities> isolator = app.capabilities();
      if (app.uid() == 0 || isolator.isEmpty() || isolator.get().kind() != Capabilities.Kind.RETAIN
          || isolator.get().names().isEmpty() || !pod.stage1().atLeast(AMBIENT_CAPABILITIES_SINCE)) {
        return;
      }
      service.add(service("AmbientCapabilities", String.join(" ", new LinkedHashSet<>(isolator.get().names()))));
    }

    private void seccompOptions(List<UnitOption> service, SeccompFilters.Filter filter) {
      if (!filter.errno().isEmpty()) {
        service.add(service("SystemCallErrorNumber", filter.errno()));
      }
      service.addAll(SeccompFilters.filterOptions(filter));
    }

    /** rkt's {@code generateDeviceAllows}: a link and an entry per device-node host volume. */
    private void deviceAllows(List<UnitOption> service, List<AppMounts.Resolved> mounts, Set<Path> volumeLinks) {
      for (AppMounts.Resolved mount : mounts) {
        if (mount.volume().kind() != Volume.Kind.HOST || !mount.volume().deviceNode()) {
          continue;
        }
        Path link = PodLayout.volumeLinkPath(mount.volume().name());
        if (!volumeLinks.contains(link) && !newVolumeLinks.contains(link)) {
          newVolumeLinks.add(link);
          entries.add(new UnitSet.LinkEntry(link, PodLayout.join(rootfs, mount.path()),
              "failed to link device volume \"" + mount.volume().name() + "\""));
        }
        String mode = mount.readOnly() ? "r" : "rw";
        service.add(service("DeviceAllow", Specifiers.escape("/dev/.rkt/" + mount.volume().name() + " " + mode)));
      }
    }

    /**
     * rkt's resource options, with each legacy directive replaced from the release where its
     * replacement acts the same on both cgroup hierarchies: {@code MemoryMax=} takes the same bytes
     * as {@code MemoryLimit=}, and {@code CPUWeight=} the weight systemd itself derives from shares
     * (shares * 100 / 1024, clamped to 1..10000). systemd 258 ignores the legacy directives.
     */
    private void resources(List<UnitOption> service) {
      Resources resources = app.resources();
      Stage1 stage1 = pod.stage1();
      // Plain ifs, not ifPresent lambdas: a lambda's first call costs a JVM's first pod
      // milliseconds of bootstrapping.
      if (resources.memory().isPresent()) {
        service.add(service(stage1.atLeast(MEMORY_MAX_SINCE) ? "MemoryMax" : "MemoryLimit",
            Long.toString(resources.memory().get().value())));
      }
      if (resources.cpu().isPresent()) {
        service.add(service("CPUQuota", resources.cpu().get().milliValue() / 10 + "%"));
      }
      if (resources.cpuShares().isPresent()) {
        int shares = resources.cpuShares().getAsInt();
        service.add(stage1.atLeast(CPU_WEIGHT_SINCE)
            ? service("CPUWeight", Long.toString(Math.max(1, Math.min(10000, shares * 100L / 1024))))
            : service("CPUShares", Integer.toString(shares)));
      }
      if (resources.oomScoreAdjust().isPresent()) {
        service.add(service("OOMScoreAdjust", Integer.toString(resources.oomScoreAdjust().getAsInt())));
      }
    }

    private void socketActivatedPorts(List<UnitOption> service) {
      List<UnitOption> socket = new ArrayList<>();
      for (Port port : app.ports()) {
        if (!port.socketActivated()) {
          continue;
        }
        if (socket.isEmpty()) {
          socket.add(unit("Description", description() + " socket-activated ports"));
          socket.add(unit("DefaultDependencies", "false"));
          socket.add(socket("BindIPv6Only", "both"));
          socket.add(socket("Service", PodLayout.serviceUnitName(name)));
        }
        int listen = pod.hostPort(port.name()).orElse(port.port());
        socket.add(socket(port.protocol() == Protocol.TCP ? "ListenStream" : "ListenDatagram",
            Integer.toString(listen)));
      }
      if (socket.isEmpty()) {
        return;
      }
      entries.add(new UnitSet.UnitEntry(PodLayout.socketUnitPath(name), UnitFile.of(socket),
          "failed to write socket unit file"));
      entries.add(new UnitSet.LinkEntry(PodLayout.socketWantPath(name),
          PodLayout.wantTarget(PodLayout.socketUnitName(name)), "failed to link socket want"));
      service.add(unit("Requires", PodLayout.socketUnitName(name)));
    }

    private UnitFile reaper(List<UnitOption> extra) {
      List<UnitOption> reaper = new ArrayList<>(extra.size() + 9);
      reaper.addAll(extra);
      reaper.add(unit("Description", name + " Reaper"));
      reaper.addAll(REAPER_OPTIONS);
      reaper.add(service("ExecStop",
          "/reaper.sh " + ExecCommand.quoteArguments(List.of(name.value(), rootfs, app.binPath()))));
      return UnitFile.of(reaper);
    }
  }

  /** Whether the stage1's systemd predates attachable I/O. */
  static boolean legacyIo(Stage1 stage1) {
    // Not a switch on the flavor, for the same reason as in io().
    Stage1.Flavor flavor = stage1.flavor();
    if (flavor == Stage1.Flavor.SRC || flavor == Stage1.Flavor.HOST) {
      return !stage1.atLeast(232);
    }
    if (flavor == Stage1.Flavor.COREOS || flavor == Stage1.Flavor.KVM) {
      return !stage1.atLeast(231);
    }
    return false;
  }

  static UnitOption unit(String name, String value) {
    return new UnitOption("Unit", name, value);
  }

  static UnitOption service(String name, String value) {
    return new UnitOption("Service", name, value);
  }

  static UnitOption socket(String name, String value) {
    return new UnitOption("Socket", name, value);
  }
}
