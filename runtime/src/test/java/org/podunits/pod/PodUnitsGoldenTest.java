package org.podunits.pod;

import org.junit.jupiter.api.Test;

/**
 * The complete plan (every path, kind, mode and byte, in write order) of representative pods,
 * against golden files under {@code src/test/resources/golden/pod/<case>/plan.txt}.
 *
 * <p>After a deliberate change, regenerate with {@code mvn -pl runtime test
 * -Dtest=PodUnitsGoldenTest -Dgolden.update=true} and review the diff. The spec's exact texts are
 * asserted separately in {@link SpecExamplesTest}, so a regeneration cannot hide a regression
 * there.
 */
class PodUnitsGoldenTest {

  private static App.Builder app(String name) {
    return App.builder(name).image("example.com/" + name).exec("/bin/" + name);
  }

  @Test
  void basicApp() {
    Golden.assertPlan("basic", PodUnits.immutableEnv(Pods.pod(Pods.hello().build())));
  }

  @Test
  void twoApps() {
    Golden.assertPlan("two-apps", PodUnits.immutableEnv(Pods.pod(Pods.hello().build(), Pods.second().build())));
  }

  @Test
  void streamedStdinAndStdoutWithKubernetesLogMode() {
    Golden.assertPlan("io-stream-k8s", PodUnits.immutableEnv(SpecExamplesTest.streamerPod()));
  }

  @Test
  void allStreamsStreamedWithoutLogMode() {
    Golden.assertPlan("io-stream-all", PodUnits.immutableEnv(Pods.pod(
        app("streamer").stdio(IoMode.STREAM, IoMode.STREAM, IoMode.STREAM).build())));
  }

  @Test
  void streamedStderrWithAnotherLogMode() {
    Pod pod = Pod.builder(Pods.COREOS_233)
        .logMode(LogMode.JOURNALD)
        .app(app("logger").stderr(IoMode.STREAM).build())
        .build();
    Golden.assertPlan("io-stream-stderr", PodUnits.immutableEnv(pod));
  }

  @Test
  void allStreamsTty() {
    Golden.assertPlan("io-tty", PodUnits.immutableEnv(Pods.pod(
        app("ttyapp").stdio(IoMode.TTY, IoMode.TTY, IoMode.TTY).build())));
  }

  @Test
  void ttyStdinWithNullAndInteractiveOutputs() {
    Golden.assertPlan("io-tty-mixed", PodUnits.immutableEnv(Pods.pod(
        app("ttyin").stdio(IoMode.TTY, IoMode.NULL, IoMode.INTERACTIVE).build())));
  }

  @Test
  void interactiveNullAndLogWithoutMux() {
    Golden.assertPlan("io-mixed-no-mux", PodUnits.immutableEnv(Pods.pod(
        app("mixed").stdio(IoMode.INTERACTIVE, IoMode.NULL, IoMode.LOG).build())));
  }

  @Test
  void allStreamsNull() {
    Golden.assertPlan("io-null", PodUnits.immutableEnv(Pods.pod(
        app("quiet").stdio(IoMode.NULL, IoMode.NULL, IoMode.NULL).build())));
  }

  @Test
  void streamAndLogModesInTwoApps() {
    Golden.assertPlan("io-two-apps", PodUnits.immutableEnv(Pods.pod(
        app("streamer").stdout(IoMode.STREAM).build(),
        app("ttyapp").stdio(IoMode.TTY, IoMode.TTY, IoMode.LOG).build())));
  }

  @Test
  void interactivePod() {
    Pod pod = Pod.builder(Pods.COREOS_233).interactive(true)
        .app(Pods.hello().stdio(IoMode.STREAM, IoMode.LOG, IoMode.LOG).build()).build();
    Golden.assertPlan("interactive", PodUnits.immutableEnv(pod));
  }

  @Test
  void srcFlavorSystemd226HaltsAndUsesDirectoryDirectives() {
    Golden.assertPlan("src-v226", PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.SRC, 226), Pods.hello().build())));
  }

  @Test
  void srcFlavorSystemd229() {
    Golden.assertPlan("src-v229", PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.SRC, 229), Pods.hello().build())));
  }

  @Test
  void coreosSystemd230() {
    Golden.assertPlan("coreos-v230", PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 230), Pods.hello().build())));
  }

  @Test
  void kvmFlavorSystemd231() {
    Pod full = SpecExamplesTest.fullPod();
    Pod kvm = full.withStage1(Stage1.of(Stage1.Flavor.KVM, 231));
    Golden.assertPlan("kvm-v231", PodUnits.immutableEnv(kvm));
  }

  @Test
  void unknownSystemdVersionCountsAsNewest() {
    Golden.assertPlan("src-unknown", PodUnits.immutableEnv(Pods.pod(
        Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION), Pods.hello().stdout(IoMode.TTY).build())));
  }

  @Test
  void allInsecureOptions() {
    Pod pod = Pod.builder(Pods.COREOS_233).insecureOptions(InsecureOptions.ALL)
        .app(Pods.hello().user(1000).build()).build();
    Golden.assertPlan("insecure-all", PodUnits.immutableEnv(pod));
  }

  @Test
  void fullFeaturedApp() {
    Golden.assertPlan("full", PodUnits.immutableEnv(SpecExamplesTest.fullPod()));
  }

  @Test
  void capabilitiesRemovedAndNoNewPrivileges() {
    Golden.assertPlan("isolators-caps-nnp", PodUnits.immutableEnv(Pods.pod(
        Pods.hello().removeCapabilities("CAP_MKNOD", "CAP_NET_RAW").noNewPrivileges(true).build())));
  }

  @Test
  void seccompRemoveSetWithDockerBlacklist() {
    Golden.assertPlan("isolators-seccomp-remove", PodUnits.immutableEnv(Pods.pod(
        Pods.hello().seccomp(Seccomp.remove("reboot", "swapon", "@docker/default-blacklist").withErrno("EPERM"))
            .build())));
  }

  @Test
  void seccompSystemdGroups() {
    // rkt skipped unknown wildcards here; podunits refuses them (PodUnitsErrorsTest), so the plan
    // of the known names is the one rkt wrote for the set with the unknown ones.
    Golden.assertPlan("isolators-seccomp-groups", PodUnits.immutableEnv(Pods.pod(
        Pods.hello().user(1000).seccomp(Seccomp.retain("@systemd/default-whitelist", "@systemd/network-io",
            "getrandom")).build())));
  }

  @Test
  void seccompRetainAllMeansNoFilter() {
    Golden.assertPlan("isolators-seccomp-all", PodUnits.immutableEnv(Pods.pod(
        Pods.hello().user(1000).seccomp(Seccomp.retain("reboot", "@appc.io/all")).build())));
  }

  @Test
  void seccompRemoveEmptyMeansDefaultWhitelist() {
    Golden.assertPlan("isolators-seccomp-remove-empty", PodUnits.immutableEnv(Pods.pod(
        Pods.hello().seccomp(Seccomp.remove("@appc.io/empty").withErrno("EACCES")).build())));
  }

  @Test
  void resourcesOnSystemd233() {
    Golden.assertPlan("resources-v233", PodUnits.immutableEnv(Pods.pod(Pods.hello().resources(
        Resources.NONE.withMemory("512M").withCpu("1500m").withCpuShares(2048).withOomScoreAdjust(500)).build())));
  }

  @Test
  void resourcesOnSystemd258UseTheReplacementDirectives() {
    Golden.assertPlan("resources-v258", PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 258),
        Pods.hello().resources(Resources.NONE.withMemory("512Mi").withCpu("1.5").withCpuShares(2048)
            .withOomScoreAdjust(-1000)).build())));
  }

  @Test
  void eventHandlers() {
    Golden.assertPlan("event-handlers", PodUnits.immutableEnv(Pods.pod(Pods.hello()
        .preStart("/bin/setup", "--dir", "/var/lib/$APP")
        .postStop("/bin/cleanup", "100%")
        .preStart("/bin/second-setup")
        .build())));
  }

  @Test
  void socketActivatedPortsWithoutHostPorts() {
    Golden.assertPlan("ports-no-host-ports", PodUnits.immutableEnv(Pods.pod(Pods.hello()
        .port("web", Protocol.TCP, 80, true)
        .port("dns", Protocol.UDP, 53, true)
        .port("admin", Protocol.TCP, 9000, false)
        .build())));
  }

  @Test
  void socketActivatedPortsWithHostPortsLastForwardWins() {
    Pod pod = Pod.builder(Pods.COREOS_233)
        .hostPort("web", 8080)
        .hostPort("dns", 5353)
        .hostPort("web", 8081)
        .app(Pods.hello().port("web", Protocol.TCP, 80, true).port("dns", Protocol.UDP, 53, true).build())
        .build();
    Golden.assertPlan("ports-host-ports", PodUnits.immutableEnv(pod));
  }

  @Test
  void readOnlyRootFsWithDeviceVolumesSharedByTwoApps() {
    Pod pod = Pod.builder(Pods.COREOS_233)
        .volume(Volume.host("data", "/srv/data"))
        .volume(Volume.deviceNode("disk", "/dev/sdb"))
        .volume(Volume.deviceNode("tty", "/dev/tty0").withReadOnly(false))
        .volume(Volume.empty("scratch"))
        .app(Pods.hello().readOnlyRootFs(true)
            .mount("data", "/data/", false)
            .mount("disk", "/dev/disk", false)
            .mount("tty", "/dev/tty0", true)
            .mount("scratch", "/tmp", false)
            .build())
        .app(Pods.second().mount("disk", "/mnt/disk", true).build())
        .build();
    Golden.assertPlan("volumes", PodUnits.immutableEnv(pod));
  }

  @Test
  void imageMountPointsWithPodVolumesImplicitVolumesAndAnAppVolume() {
    Golden.assertPlan("mount-points", PodUnits.immutableEnv(mountPointsPod()));
  }

  /** A read-only app whose image declares mount points: one the pod fills, two it does not. */
  static Pod mountPointsPod() {
    return Pod.builder(Pods.COREOS_233)
        .volume(Volume.deviceNode("conf", "/dev/null"))
        .app(Pods.hello().readOnlyRootFs(true)
            .mount(Mount.of("scratch", "/scratch").withAppVolume(Volume.empty("scratch")))
            .mountPoint("conf", "/etc/conf", true)
            .mountPoint("cache", "/var/cache", false)
            .mountPoint("logs", "/var/log/hello", true)
            .mountPoint("tmp", "/scratch", true)
            .build())
        .build();
  }

  @Test
  void mutablePodEnvironment() {
    Golden.assertPlan("mutable", PodUnits.mutableEnv(Pod.builder(Pods.COREOS_233).mutable(true).build()));
  }

  @Test
  void mutablePodEnvironmentOnOldSrc() {
    Golden.assertPlan("mutable-src-v226",
        PodUnits.mutableEnv(Pod.builder(Stage1.of(Stage1.Flavor.SRC, 226)).mutable(true).build()));
  }

  @Test
  void appAddToMutablePod() {
    Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).metadataUrl("http://169.254.169.255/token").build();
    Golden.assertPlan("app-add", PodUnits.appAdd(pod, Pods.hello().stdout(IoMode.STREAM).build()));
  }

  @Test
  void environmentWithValuesSystemdWouldMisread() {
    Golden.assertPlan("env-quoting", PodUnits.immutableEnv(Pods.pod(Pods.hello()
        .env("HOME", "/home/app")
        .env("PLAIN", "a b $c #d ;e")
        .env("BACKSLASH", "C:\\temp")
        .env("QUOTES", "say \"hi\" it's")
        .env("LEADING", "  padded  ")
        .env("MULTI", "line1\nline2")
        .env("TICK", "`x` and $y with \\")
        .env("EMPTY", "")
        .env("AC_APP_NAME", "overridden")
        .build())));
  }
}
