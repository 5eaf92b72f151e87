package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podunits.write.UnitSet;

/**
 * The exact texts of the spec's examples (stage1-units.md §3.1, §3.2, §3.3, §5.1, §5.2 and §6.1),
 * copied into this test so that regenerating the golden files cannot silently accept a regression.
 * Where the spec elides the 307 middle lines of rkt's default seccomp whitelist, the test puts
 * back the list entries, after checking the list's size and ends against the spec.
 */
class SpecExamplesTest {

  /** Copied from the spec, block 0. */
  static final String MUTABLE_DEFAULT_TARGET = """
      [Unit]
      Description=rkt apps target
      DefaultDependencies=false
      Requires=systemd-journald.service
      After=systemd-journald.service
      Wants=supervisor-ready.service
      Before=supervisor-ready.service
      Before=halt.target
      Conflicts=halt.target
      """;

  /** Copied from the spec, block 1. */
  static final String MUTABLE_PREPARE_APP = """
      [Unit]
      Description=Prepare minimum environment for chrooted applications
      DefaultDependencies=false
      OnFailureJobMode=fail

      [Service]
      RemainAfterExit=yes
      Type=oneshot
      Restart=no
      ExecStart=/prepare-app %I
      User=0
      Group=0
      CapabilityBoundingSet=CAP_SYS_ADMIN CAP_DAC_OVERRIDE CAP_MKNOD
      """;

  /** Copied from the spec, block 2. */
  static final String MUTABLE_HALT_TARGET = """
      [Unit]
      Description=Halt
      DefaultDependencies=false
      AllowIsolate=true
      Requires=shutdown.service
      After=shutdown.service
      """;

  /** Copied from the spec, block 3. */
  static final String MUTABLE_SHUTDOWN = """
      [Unit]
      Description=Pod shutdown
      AllowIsolate=true
      DefaultDependencies=false

      [Service]
      RemainAfterExit=yes
      StandardInput=null
      StandardOutput=null
      StandardError=null
      ExecStart=/usr/bin/systemctl --force exit
      """;

  /** Copied from the spec, block 4. */
  static final String IMMUTABLE_DEFAULT_TARGET_TWO_APPS = """
      [Unit]
      Description=rkt apps target
      DefaultDependencies=false
      Wants=supervisor-ready.service
      Before=supervisor-ready.service
      After=hello.service
      Wants=hello.service
      After=second.service
      Wants=second.service
      """;

  /** Copied from the spec, block 5. */
  static final String IMMUTABLE_PREPARE_APP = """
      [Unit]
      Description=Prepare minimum environment for chrooted applications
      DefaultDependencies=false
      OnFailureJobMode=fail
      Requires=systemd-journald.service
      After=systemd-journald.service

      [Service]
      Type=oneshot
      Restart=no
      ExecStart=/prepare-app %I
      User=0
      Group=0
      CapabilityBoundingSet=CAP_SYS_ADMIN CAP_DAC_OVERRIDE CAP_MKNOD
      """;

  /** Copied from the spec, block 6. */
  static final String IMMUTABLE_HALT_TARGET = """
      [Unit]
      Description=Halt
      DefaultDependencies=false
      AllowIsolate=true
      """;

  /** Copied from the spec, block 7. */
  static final String IMMUTABLE_SHUTDOWN = """
      [Unit]
      Description=Pod shutdown
      AllowIsolate=true
      StopWhenUnneeded=yes
      DefaultDependencies=false

      [Service]
      RemainAfterExit=yes
      StandardInput=null
      StandardOutput=null
      StandardError=null
      ExecStop=/usr/bin/systemctl --force exit
      """;

  /** Copied from the spec, block 8. */
  static final String APP_ADD_REAPER = """
      [Unit]
      Description=hello Reaper
      DefaultDependencies=false
      StopWhenUnneeded=yes
      Before=halt.target
      Conflicts=exit.target
      Conflicts=halt.target
      Conflicts=poweroff.target

      [Service]
      RemainAfterExit=yes
      ExecStop=/reaper.sh "hello" "/opt/stage2/hello/rootfs" "/bin/hello"
      """;

  /** Copied from the spec, block 9. */
  static final String HELLO_SERVICE = """
      [Unit]
      After=systemd-journald.service
      OnFailure=halt.target
      Description=Application=hello Image=example.com/hello
      DefaultDependencies=false
      Wants=reaper-hello.service
      Requires=sysusers.service
      After=sysusers.service
      Requires=prepare-app@-opt-stage2-hello-rootfs.service
      After=prepare-app@-opt-stage2-hello-rootfs.service

      [Service]
      Restart=no
      SyslogIdentifier=hello
      StandardInput=null
      StandardOutput=journal+console
      StandardError=journal+console
      TimeoutStartSec=0
      ExecStart="/bin/hello" "--greeting" "Hi there" "$$HOME" "100%%"
      RootDirectory=/opt/stage2/hello/rootfs
      WorkingDirectory=/
      EnvironmentFile=/rkt/env/hello
      User=0
      Group=0
      PermissionsStartOnly=true
      CapabilityBoundingSet=CAP_AUDIT_WRITE CAP_CHOWN CAP_DAC_OVERRIDE CAP_FSETID CAP_FOWNER CAP_KILL CAP_MKNOD CAP_NET_RAW CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_SETPCAP CAP_SETFCAP CAP_SYS_CHROOT
      SystemCallFilter=accept
      [307 lines elided: one SystemCallFilter=<name> line per entry of rkt's default whitelist, in list order; 309 lines in all, see §8.4]
      SystemCallFilter=clone
      NoNewPrivileges=false
      InaccessiblePaths=-/opt/stage2/hello/rootfs/proc/config.gz
      InaccessiblePaths=-/opt/stage2/hello/rootfs/proc/kallsyms
      InaccessiblePaths=-/opt/stage2/hello/rootfs/proc/sched_debug
      InaccessiblePaths=-/opt/stage2/hello/rootfs/proc/kcore
      InaccessiblePaths=-/opt/stage2/hello/rootfs/proc/kmem
      InaccessiblePaths=-/opt/stage2/hello/rootfs/proc/mem
      InaccessiblePaths=-/opt/stage2/hello/rootfs/sys/firmware
      InaccessiblePaths=-/opt/stage2/hello/rootfs/sys/fs
      InaccessiblePaths=-/opt/stage2/hello/rootfs/sys/hypervisor
      InaccessiblePaths=-/opt/stage2/hello/rootfs/sys/module
      InaccessiblePaths=-/opt/stage2/hello/rootfs/sys/power
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/proc/bus
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/proc/sys/kernel/core_pattern
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/proc/sys/kernel/modprobe
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/proc/sys/vm/panic_on_oom
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/proc/sysrq-trigger
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/sys/block
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/sys/bus
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/sys/class
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/sys/dev
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/sys/devices
      ReadOnlyPaths=-/opt/stage2/hello/rootfs/sys/kernel
      MountAPIVFS=false
      MountFlags=shared
      DevicePolicy=closed
      """;

  /** Copied from the spec, block 10. */
  static final String HELLO_REAPER = """
      [Service]
      Environment="EXIT_POD=true"
      RemainAfterExit=yes
      ExecStop=/reaper.sh "hello" "/opt/stage2/hello/rootfs" "/bin/hello"

      [Unit]
      Wants=shutdown.service
      After=shutdown.service
      Description=hello Reaper
      DefaultDependencies=false
      StopWhenUnneeded=yes
      Before=halt.target
      Conflicts=exit.target
      Conflicts=halt.target
      Conflicts=poweroff.target
      """;

  /** Copied from the spec, block 12. */
  static final String FULL_SERVICE = """
      [Unit]
      After=systemd-journald.service
      OnFailure=halt.target
      Description=Application=full Image=quay.io/example/full
      DefaultDependencies=false
      Wants=reaper-full.service
      Requires=sysusers.service
      After=sysusers.service
      Requires=prepare-app@-opt-stage2-full-rootfs.service
      After=prepare-app@-opt-stage2-full-rootfs.service
      Requires=full.socket

      [Service]
      Restart=no
      SyslogIdentifier=full
      StandardInput=null
      StandardOutput=journal+console
      StandardError=journal+console
      Type=notify
      TimeoutStartSec=0
      ExecStart="/bin/hello" "it\\'s" "\\"q\\"" "a\\\\b" "tab\\there" "nl\\nx" "$$VAR" "%%n"
      RootDirectory=/opt/stage2/full/rootfs
      WorkingDirectory=/srv/full
      EnvironmentFile=/rkt/env/full
      User=1000
      Group=1000
      PermissionsStartOnly=true
      SupplementaryGroups=10
      SupplementaryGroups=20
      CapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_CHOWN
      SystemCallErrorNumber=ENOSYS
      SystemCallFilter=accept
      [307 lines elided: the rest of rkt's default whitelist, in list order]
      SystemCallFilter=clone
      SystemCallFilter=reboot
      NoNewPrivileges=true
      ReadWriteDirectories=/opt/stage2/full/rootfs/data
      ReadOnlyDirectories=/opt/stage2/full/rootfs
      InaccessiblePaths=-/opt/stage2/full/rootfs/proc/config.gz
      InaccessiblePaths=-/opt/stage2/full/rootfs/proc/kallsyms
      InaccessiblePaths=-/opt/stage2/full/rootfs/proc/sched_debug
      InaccessiblePaths=-/opt/stage2/full/rootfs/proc/kcore
      InaccessiblePaths=-/opt/stage2/full/rootfs/proc/kmem
      InaccessiblePaths=-/opt/stage2/full/rootfs/proc/mem
      InaccessiblePaths=-/opt/stage2/full/rootfs/sys/firmware
      InaccessiblePaths=-/opt/stage2/full/rootfs/sys/fs
      InaccessiblePaths=-/opt/stage2/full/rootfs/sys/hypervisor
      InaccessiblePaths=-/opt/stage2/full/rootfs/sys/module
      InaccessiblePaths=-/opt/stage2/full/rootfs/sys/power
      ReadOnlyPaths=-/opt/stage2/full/rootfs/proc/bus
      ReadOnlyPaths=-/opt/stage2/full/rootfs/proc/sys/kernel/core_pattern
      ReadOnlyPaths=-/opt/stage2/full/rootfs/proc/sys/kernel/modprobe
      ReadOnlyPaths=-/opt/stage2/full/rootfs/proc/sys/vm/panic_on_oom
      ReadOnlyPaths=-/opt/stage2/full/rootfs/proc/sysrq-trigger
      ReadOnlyPaths=-/opt/stage2/full/rootfs/sys/block
      ReadOnlyPaths=-/opt/stage2/full/rootfs/sys/bus
      ReadOnlyPaths=-/opt/stage2/full/rootfs/sys/class
      ReadOnlyPaths=-/opt/stage2/full/rootfs/sys/dev
      ReadOnlyPaths=-/opt/stage2/full/rootfs/sys/devices
      ReadOnlyPaths=-/opt/stage2/full/rootfs/sys/kernel
      MountAPIVFS=false
      MountFlags=shared
      DevicePolicy=closed
      DeviceAllow=/dev/.rkt/conf r
      ExecStartPre="/bin/hello" "pre"
      ExecStopPost="/bin/hello" "post" "50%%"
      OOMScoreAdjust=-100
      """;

  /** Copied from the spec, block 13. */
  static final String FULL_SOCKET = """
      [Unit]
      Description=Application=full Image=quay.io/example/full socket-activated ports
      DefaultDependencies=false

      [Socket]
      BindIPv6Only=both
      Service=full.service
      ListenStream=8080
      ListenDatagram=53
      """;

  /** Copied from the spec, block 14. */
  static final String STREAMER_STDIN_SOCKET = """
      [Unit]
      Description=stdin socket for streamer
      DefaultDependencies=no
      StopWhenUnneeded=yes
      RefuseManualStart=yes
      RefuseManualStop=yes
      BindsTo=streamer.service

      [Socket]
      RemoveOnStop=yes
      Service=streamer.service
      FileDescriptorName=stdin
      ListenFIFO=/rkt/iottymux/streamer/stage2-stdin
      """;

  private static final String ELIDED_MARKER = "[307 lines elided";

  /** Replaces the spec's elision line with the 307 middle entries of the default whitelist. */
  private static String withWhitelist(String text) {
    List<String> whitelist = SeccompFilters.defaultWhitelist(Architecture.AMD64);
    StringBuilder middle = new StringBuilder();
    for (String name : whitelist.subList(1, whitelist.size() - 1)) {
      middle.append("SystemCallFilter=").append(name).append('\n');
    }
    int start = text.indexOf(ELIDED_MARKER);
    int end = text.indexOf('\n', start) + 1;
    return text.substring(0, start) + middle + text.substring(end);
  }

  private static UnitSet hello() {
    return PodUnits.immutableEnv(Pods.pod(Pods.hello().build()));
  }

  /** §5.2: the app {@code full} that uses most features. */
  static Pod fullPod() {
    App full = App.builder("full")
        .image("quay.io/example/full")
        .supportsNotify(true)
        .readOnlyRootFs(true)
        .exec("/bin/hello", "it's", "\"q\"", "a\\b", "tab\there", "nl\nx", "$VAR", "%n")
        .user(1000)
        .group(1000)
        .supplementaryGids(10, 20)
        .workingDirectory("/srv/full")
        .env("FOO", "bar baz")
        .env("PATH", "/usr/bin:/bin")
        .preStart("/bin/hello", "pre")
        .postStop("/bin/hello", "post", "50%")
        .mount("data", "/data", false)
        .mount("conf", "/etc/conf", true)
        .port("http", Protocol.TCP, 80, true)
        .port("dns", Protocol.UDP, 53, true)
        .port("other", Protocol.TCP, 8080, false)
        .retainCapabilities("CAP_NET_BIND_SERVICE", "CAP_CHOWN")
        .seccomp(Seccomp.retain("@rkt/default-whitelist", "reboot").withErrno("ENOSYS"))
        .resources(Resources.NONE.withOomScoreAdjust(-100))
        .build();
    return Pod.builder(Pods.COREOS_233)
        .metadataUrl("http://169.254.169.255:18112/token")
        .volume(Volume.host("data", "/srv/data"))
        .volume(Volume.deviceNode("conf", "/dev/null"))
        .hostPort("http", 8080)
        .app(full)
        .build();
  }

  @Test
  void defaultWhitelistHas309EntriesFromAcceptToClone() {
    List<String> whitelist = SeccompFilters.defaultWhitelist(Architecture.AMD64);
    assertEquals(309, whitelist.size());
    assertEquals("accept", whitelist.get(0));
    assertEquals(List.of("modify_ldt", "chroot", "clone"), whitelist.subList(306, 309));
    assertEquals(50, SeccompFilters.defaultBlacklist().size());
  }

  @Test
  void mutableEnvWritesTheSpecUnitsAndJournalFlushLinkOnly() {
    UnitSet plan = PodUnits.mutableEnv(Pod.builder(Pods.COREOS_233).mutable(true).build());
    assertEquals(MUTABLE_DEFAULT_TARGET, Pods.unit(plan, "default.target"));
    assertEquals(MUTABLE_PREPARE_APP, Pods.unit(plan, "prepare-app@.service"));
    assertEquals(MUTABLE_HALT_TARGET, Pods.unit(plan, "halt.target"));
    assertEquals(MUTABLE_SHUTDOWN, Pods.unit(plan, "shutdown.service"));
    assertEquals("-> ../systemd-journal-flush.service",
        Pods.unit(plan, "default.target.wants/systemd-journal-flush.service"));
    assertEquals(5, plan.entries().size());
  }

  @Test
  void immutableEnvWritesTheSpecPodUnitsForTwoApps() {
    UnitSet plan = PodUnits.immutableEnv(Pods.pod(Pods.hello().build(),
        App.builder("second").image("example.com/second").exec("/bin/second").build()));
    assertEquals(IMMUTABLE_DEFAULT_TARGET_TWO_APPS, Pods.unit(plan, "default.target"));
    assertEquals(IMMUTABLE_PREPARE_APP, Pods.unit(plan, "prepare-app@.service"));
    assertEquals(IMMUTABLE_HALT_TARGET, Pods.unit(plan, "halt.target"));
    assertEquals(IMMUTABLE_SHUTDOWN, Pods.unit(plan, "shutdown.service"));
  }

  @Test
  void helloServiceIsTheSpecTextByteForByte() {
    assertEquals(withWhitelist(HELLO_SERVICE), Pods.unit(hello(), "hello.service"));
  }

  @Test
  void helloReaperIsTheSpecText() {
    assertEquals(HELLO_REAPER, Pods.unit(hello(), "reaper-hello.service"));
  }

  @Test
  void helloSysusersIsTheSpecBytes() {
    assertEquals("g gen0 0\n\nu gen0 0 \"gen0\"\n",
        Pods.find(hello(), "stage1/rootfs/usr/lib/sysusers.d/hello.service.conf"));
  }

  @Test
  void helloWritesTheSpecFileTreeExceptTheEmptyVolumesDirectory() {
    assertEquals(List.of(
        "stage1/rootfs/usr/lib/systemd/system/default.target",
        "stage1/rootfs/usr/lib/systemd/system/prepare-app@.service",
        "stage1/rootfs/usr/lib/systemd/system/halt.target",
        "stage1/rootfs/usr/lib/systemd/system/shutdown.service",
        "stage1/rootfs/usr/lib/sysusers.d/hello.service.conf",
        "stage1/rootfs/rkt/env/hello",
        "stage1/rootfs/usr/lib/systemd/system/hello.service",
        "stage1/rootfs/usr/lib/systemd/system/default.target.wants/hello.service",
        "stage1/rootfs/usr/lib/systemd/system/reaper-hello.service",
        "stage1/rootfs/usr/lib/systemd/system/default.target.wants/systemd-journal-flush.service"),
        hello().entries().stream().map(entry -> entry.path().toString()).toList());
  }

  @Test
  void appAddReaperIsTheSpecText() {
    Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).build();
    UnitSet plan = PodUnits.appAdd(pod, Pods.hello().build());
    assertEquals(APP_ADD_REAPER, Pods.unit(plan, "reaper-hello.service"));
  }

  @Test
  void appAddServiceIsHelloWithHaltOrderingFirst() {
    Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).build();
    String expected = withWhitelist(HELLO_SERVICE).replace(
        "[Unit]\nAfter=systemd-journald.service\nOnFailure=halt.target\n",
        "[Unit]\nBefore=halt.target\nConflicts=halt.target\n");
    assertEquals(expected, Pods.unit(PodUnits.appAdd(pod, Pods.hello().build()), "hello.service"));
  }

  @Test
  void fullServiceIsTheSpecTextByteForByte() {
    // Deliberate differences from rkt (docs/stage1.md): the *Paths= equivalents of rkt's
    // *Directories=, deprecated on 233, and the retained capabilities of the non-root app made
    // ambient so that it can use them.
    String expected = withWhitelist(FULL_SERVICE)
        .replace("\nCapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_CHOWN\n",
            "\nCapabilityBoundingSet=CAP_NET_BIND_SERVICE CAP_CHOWN\nAmbientCapabilities=CAP_NET_BIND_SERVICE CAP_CHOWN\n")
        .replace("\nReadWriteDirectories=", "\nReadWritePaths=")
        .replace("\nReadOnlyDirectories=", "\nReadOnlyPaths=");
    assertEquals(expected, Pods.unit(PodUnits.immutableEnv(fullPod()), "full.service"));
  }

  @Test
  void fullSocketIsTheSpecText() {
    assertEquals(FULL_SOCKET, Pods.unit(PodUnits.immutableEnv(fullPod()), "full.socket"));
  }

  @Test
  void fullSysusersListsSupplementaryGroupsFirst() {
    assertEquals("g gen10 10\n\ng gen20 20\n\ng gen1000 1000\n\nu gen1000 1000 \"gen1000\"\n",
        Pods.find(PodUnits.immutableEnv(fullPod()), "stage1/rootfs/usr/lib/sysusers.d/full.service.conf"));
  }

  @Test
  void fullLinksAreTheSpecLinks() {
    UnitSet plan = PodUnits.immutableEnv(fullPod());
    assertEquals("-> ../full.service", Pods.unit(plan, "default.target.wants/full.service"));
    assertEquals("-> ../full.socket", Pods.unit(plan, "sockets.target.wants/full.socket"));
    assertEquals("-> /opt/stage2/full/rootfs/etc/conf", Pods.find(plan, "stage1/rootfs/rkt/volumes/conf"));
  }

  @Test
  void fullReaperRunsTheBinPath() {
    String reaper = Pods.unit(PodUnits.immutableEnv(fullPod()), "reaper-full.service");
    assertEquals(HELLO_REAPER.replace("hello", "full").replace("/bin/full", "/bin/hello"), reaper);
  }

  /** §6: stdin and stdout streamed, k8s-plain log mode, debug on. */
  static Pod streamerPod() {
    return Pod.builder(Pods.COREOS_233)
        .debug(true)
        .logMode(LogMode.K8S_PLAIN)
        .app(App.builder("streamer").image("example.com/streamer").exec("/bin/streamer")
            .stdio(IoMode.STREAM, IoMode.STREAM, IoMode.LOG)
            .kubernetesLogPath("/var/log/pods/x")
            .build())
        .build();
  }

  @Test
  void streamerStdinSocketIsTheSpecText() {
    assertEquals(STREAMER_STDIN_SOCKET, Pods.unit(PodUnits.immutableEnv(streamerPod()), "streamer-stdin.socket"));
  }

  @Test
  void streamerIoMuxEnvIsTheSpecBytes() {
    assertEquals("STAGE2_TTY=false\nSTAGE1_DEBUG=true\nSTAGE2_STDIN=true\nSTAGE2_STDOUT=true\n"
        + "STAGE1_LOGMODE=k8s-plain\nKUBERNETES_LOG_PATH=/var/log/pods/x\n",
        Pods.find(PodUnits.immutableEnv(streamerPod()), "stage1/rootfs/rkt/iottymux/streamer/env"));
  }

  @Test
  void streamerServiceHasTheSpecIoLinesAndIomuxDependencies() {
    String service = Pods.unit(PodUnits.immutableEnv(streamerPod()), "streamer.service");
    assertEquals(true, service.contains("Wants=reaper-streamer.service\nRequires=iomux@streamer.service\n"
        + "Before=iomux@streamer.service\nRequires=sysusers.service\n"), service);
    assertEquals(true, service.contains("SyslogIdentifier=streamer\nStandardInput=fd\n"
        + "Sockets=streamer-stdin.socket\nStandardOutput=fd:stdout\nSockets=streamer-stdout.socket\n"
        + "StandardError=journal+console\nTimeoutStartSec=0\n"), service);
  }

  @Test
  void ttyAppHasTheSpecEnvAndIoLines() {
    UnitSet plan = PodUnits.immutableEnv(Pods.pod(App.builder("ttyapp").image("example.com/ttyapp")
        .exec("/bin/sh").stdio(IoMode.TTY, IoMode.TTY, IoMode.TTY).build()));
    assertEquals("STAGE2_TTY=true\nSTAGE1_DEBUG=false\nSTAGE2_STDIN=true\nSTAGE2_STDOUT=true\nSTAGE2_STDERR=true\n",
        Pods.find(plan, "stage1/rootfs/rkt/iottymux/ttyapp/env"));
    String service = Pods.unit(plan, "ttyapp.service");
    assertEquals(true, service.contains("Wants=reaper-ttyapp.service\nRequires=ttymux@ttyapp.service\n"
        + "After=ttymux@ttyapp.service\n"), service);
    assertEquals(true, service.contains("StandardInput=tty-force\nStandardOutput=tty\nStandardError=tty\n"
        + "TTYPath=/rkt/iottymux/ttyapp/stage2-pts\n"), service);
  }
}
