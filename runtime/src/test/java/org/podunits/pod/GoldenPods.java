package org.podunits.pod;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.podunits.write.UnitSet;

/**
 * The golden pods: every pod whose complete plan is pinned in {@code
 * src/test/resources/golden/pod/<name>/plan.txt} (see {@link Golden}), by name. The same pods are
 * checked against the directive catalogue for every supported systemd release ({@link
 * GoldenPodsByVersionTest}) and booted under a real systemd ({@code org.podunits.boot}).
 */
public final class GoldenPods {

  private static final Map<String, GoldenPod> ALL = Collections.unmodifiableMap(build());

  /** The first release with named stdio sockets ({@code fd:stdout}), for tests outside the package. */
  public static final int FD_NAMES_SINCE = AppUnits.FD_NAMES_SINCE;

  /** The first release with {@code AmbientCapabilities=}, for tests outside the package. */
  public static final int AMBIENT_CAPABILITIES_SINCE = AppUnits.AMBIENT_CAPABILITIES_SINCE;

  private GoldenPods() {}

  /**
   * One golden pod and how it is planned.
   *
   * @param pod the pod
   * @param kind which plan of {@link PodUnits} it is
   * @param added the app an {@link Kind#APP_ADD} plan adds to the pod
   */
  public record GoldenPod(Pod pod, Kind kind, Optional<App> added) {

    static GoldenPod immutable(Pod pod) {
      return new GoldenPod(pod, Kind.IMMUTABLE, Optional.empty());
    }

    static GoldenPod mutable(Pod pod) {
      return new GoldenPod(pod, Kind.MUTABLE, Optional.empty());
    }

    static GoldenPod appAdd(Pod pod, App app) {
      return new GoldenPod(pod, Kind.APP_ADD, Optional.of(app));
    }

    /** The plan: {@link PodUnits#immutableEnv}, {@link PodUnits#mutableEnv} or {@link PodUnits#appAdd}. */
    public UnitSet plan() {
      return switch (kind) {
        case IMMUTABLE -> PodUnits.immutableEnv(pod);
        case MUTABLE -> PodUnits.mutableEnv(pod);
        case APP_ADD -> PodUnits.appAdd(pod, added.orElseThrow());
      };
    }

    /** The same pod for the same flavor of stage1 with another systemd release. */
    public GoldenPod withSystemd(int version) {
      return new GoldenPod(pod.withStage1(Stage1.of(pod.stage1().flavor(), version)), kind, added);
    }
  }

  /** Which plan a golden pod is. */
  public enum Kind {
    /** {@link PodUnits#immutableEnv}. */
    IMMUTABLE,
    /** {@link PodUnits#mutableEnv}: the pod's own units, no app. */
    MUTABLE,
    /** {@link PodUnits#appAdd}: one app added to a running mutable pod. */
    APP_ADD
  }

  /** Every golden pod by the name of its golden directory, in a fixed order. */
  public static Map<String, GoldenPod> all() {
    return ALL;
  }

  private static Map<String, GoldenPod> build() {
    Map<String, GoldenPod> cases = new LinkedHashMap<>();
    cases.put("basic", basicApp());
    cases.put("two-apps", twoApps());
    cases.put("io-stream-k8s", streamedStdinAndStdoutWithKubernetesLogMode());
    cases.put("io-stream-all", allStreamsStreamedWithoutLogMode());
    cases.put("io-stream-stderr", streamedStderrWithAnotherLogMode());
    cases.put("io-tty", allStreamsTty());
    cases.put("io-tty-mixed", ttyStdinWithNullAndInteractiveOutputs());
    cases.put("io-mixed-no-mux", interactiveNullAndLogWithoutMux());
    cases.put("io-null", allStreamsNull());
    cases.put("io-two-apps", streamAndLogModesInTwoApps());
    cases.put("interactive", interactivePod());
    cases.put("src-v226", srcFlavorSystemd226HaltsAndUsesDirectoryDirectives());
    cases.put("src-v229", srcFlavorSystemd229());
    cases.put("coreos-v230", coreosSystemd230());
    cases.put("kvm-v231", kvmFlavorSystemd231());
    cases.put("src-unknown", unknownSystemdVersionCountsAsNewest());
    cases.put("insecure-all", allInsecureOptions());
    cases.put("full", fullFeaturedApp());
    cases.put("isolators-caps-nnp", capabilitiesRemovedAndNoNewPrivileges());
    cases.put("isolators-seccomp-remove", seccompRemoveSetWithDockerBlacklist());
    cases.put("isolators-seccomp-groups", seccompSystemdGroupsAndUnknownWildcards());
    cases.put("isolators-seccomp-all", seccompRetainAllMeansNoFilter());
    cases.put("isolators-seccomp-remove-empty", seccompRemoveEmptyMeansDefaultWhitelist());
    cases.put("resources-v233", resourcesOnSystemd233());
    cases.put("resources-v258", resourcesOnSystemd258UseTheReplacementDirectives());
    cases.put("event-handlers", eventHandlers());
    cases.put("event-handlers-v252", eventHandlersOnSystemd252RunWithThePrivilegedPrefix());
    cases.put("caps-ambient-v252", retainedCapabilitiesOfANonRootAppAreAmbient());
    cases.put("ports-no-host-ports", socketActivatedPortsWithoutHostPorts());
    cases.put("ports-host-ports", socketActivatedPortsWithHostPortsLastForwardWins());
    cases.put("volumes", readOnlyRootFsWithDeviceVolumesSharedByTwoApps());
    cases.put("mount-points", imageMountPointsWithPodVolumesImplicitVolumesAndAnAppVolume());
    cases.put("mutable", mutablePodEnvironment());
    cases.put("mutable-src-v226", mutablePodEnvironmentOnOldSrc());
    cases.put("app-add", appAddToMutablePod());
    cases.put("env-quoting", environmentWithValuesSystemdWouldMisread());
    return cases;
  }

  private static App.Builder app(String name) {
    return App.builder(name).image("example.com/" + name).exec("/bin/" + name);
  }

  private static GoldenPod basicApp() {
    return GoldenPod.immutable(Pods.pod(Pods.hello().build()));
  }

  private static GoldenPod twoApps() {
    return GoldenPod.immutable(Pods.pod(Pods.hello().build(), Pods.second().build()));
  }

  private static GoldenPod streamedStdinAndStdoutWithKubernetesLogMode() {
    return GoldenPod.immutable(SpecExamplesTest.streamerPod());
  }

  private static GoldenPod allStreamsStreamedWithoutLogMode() {
    return GoldenPod.immutable(Pods.pod(
        app("streamer").stdio(IoMode.STREAM, IoMode.STREAM, IoMode.STREAM).build()));
  }

  private static GoldenPod streamedStderrWithAnotherLogMode() {
    Pod pod = Pod.builder(Pods.COREOS_233)
        .logMode(LogMode.JOURNALD)
        .app(app("logger").stderr(IoMode.STREAM).build())
        .build();
    return GoldenPod.immutable(pod);
  }

  private static GoldenPod allStreamsTty() {
    return GoldenPod.immutable(Pods.pod(
        app("ttyapp").stdio(IoMode.TTY, IoMode.TTY, IoMode.TTY).build()));
  }

  private static GoldenPod ttyStdinWithNullAndInteractiveOutputs() {
    return GoldenPod.immutable(Pods.pod(
        app("ttyin").stdio(IoMode.TTY, IoMode.NULL, IoMode.INTERACTIVE).build()));
  }

  private static GoldenPod interactiveNullAndLogWithoutMux() {
    return GoldenPod.immutable(Pods.pod(
        app("mixed").stdio(IoMode.INTERACTIVE, IoMode.NULL, IoMode.LOG).build()));
  }

  private static GoldenPod allStreamsNull() {
    return GoldenPod.immutable(Pods.pod(
        app("quiet").stdio(IoMode.NULL, IoMode.NULL, IoMode.NULL).build()));
  }

  private static GoldenPod streamAndLogModesInTwoApps() {
    return GoldenPod.immutable(Pods.pod(
        app("streamer").stdout(IoMode.STREAM).build(),
        app("ttyapp").stdio(IoMode.TTY, IoMode.TTY, IoMode.LOG).build()));
  }

  private static GoldenPod interactivePod() {
    Pod pod = Pod.builder(Pods.COREOS_233).interactive(true)
        .app(Pods.hello().stdio(IoMode.STREAM, IoMode.LOG, IoMode.LOG).build()).build();
    return GoldenPod.immutable(pod);
  }

  private static GoldenPod srcFlavorSystemd226HaltsAndUsesDirectoryDirectives() {
    return GoldenPod.immutable(Pods.pod(Stage1.of(Stage1.Flavor.SRC, 226), Pods.hello().build()));
  }

  private static GoldenPod srcFlavorSystemd229() {
    return GoldenPod.immutable(Pods.pod(Stage1.of(Stage1.Flavor.SRC, 229), Pods.hello().build()));
  }

  private static GoldenPod coreosSystemd230() {
    return GoldenPod.immutable(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 230), Pods.hello().build()));
  }

  private static GoldenPod kvmFlavorSystemd231() {
    Pod full = SpecExamplesTest.fullPod();
    Pod kvm = full.withStage1(Stage1.of(Stage1.Flavor.KVM, 231));
    return GoldenPod.immutable(kvm);
  }

  private static GoldenPod unknownSystemdVersionCountsAsNewest() {
    return GoldenPod.immutable(Pods.pod(
        Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION), Pods.hello().stdout(IoMode.TTY).build()));
  }

  private static GoldenPod allInsecureOptions() {
    Pod pod = Pod.builder(Pods.COREOS_233).insecureOptions(InsecureOptions.ALL)
        .app(Pods.hello().user(1000).build()).build();
    return GoldenPod.immutable(pod);
  }

  private static GoldenPod fullFeaturedApp() {
    return GoldenPod.immutable(SpecExamplesTest.fullPod());
  }

  private static GoldenPod capabilitiesRemovedAndNoNewPrivileges() {
    return GoldenPod.immutable(Pods.pod(
        Pods.hello().removeCapabilities("CAP_MKNOD", "CAP_NET_RAW").noNewPrivileges(true).build()));
  }

  private static GoldenPod seccompRemoveSetWithDockerBlacklist() {
    return GoldenPod.immutable(Pods.pod(
        Pods.hello().seccomp(Seccomp.remove("reboot", "swapon", "@docker/default-blacklist").withErrno("EPERM"))
            .build()));
  }

  private static GoldenPod seccompSystemdGroupsAndUnknownWildcards() {
    return GoldenPod.immutable(Pods.pod(
        Pods.hello().user(1000).seccomp(Seccomp.retain("@systemd/default-whitelist", "@systemd/network-io",
            "getrandom")).build()));
  }

  private static GoldenPod seccompRetainAllMeansNoFilter() {
    return GoldenPod.immutable(Pods.pod(
        Pods.hello().user(1000).seccomp(Seccomp.retain("reboot", "@appc.io/all")).build()));
  }

  private static GoldenPod seccompRemoveEmptyMeansDefaultWhitelist() {
    return GoldenPod.immutable(Pods.pod(
        Pods.hello().seccomp(Seccomp.remove("@appc.io/empty").withErrno("EACCES")).build()));
  }

  private static GoldenPod resourcesOnSystemd233() {
    return GoldenPod.immutable(Pods.pod(Pods.hello().resources(
        Resources.NONE.withMemory("512M").withCpu("1500m").withCpuShares(2048).withOomScoreAdjust(500)).build()));
  }

  private static GoldenPod resourcesOnSystemd258UseTheReplacementDirectives() {
    return GoldenPod.immutable(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 258),
        Pods.hello().resources(Resources.NONE.withMemory("512Mi").withCpu("1.5").withCpuShares(2048)
            .withOomScoreAdjust(-1000)).build()));
  }

  private static GoldenPod eventHandlers() {
    return GoldenPod.immutable(Pods.pod(Pods.hello()
        .preStart("/bin/setup", "--dir", "/var/lib/$APP")
        .postStop("/bin/cleanup", "100%")
        .preStart("/bin/second-setup")
        .build()));
  }

  private static GoldenPod eventHandlersOnSystemd252RunWithThePrivilegedPrefix() {
    return GoldenPod.immutable(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 252), Pods.hello()
        .preStart("/bin/setup", "--dir", "/var/lib/$APP")
        .postStop("/bin/cleanup", "100%")
        .build()));
  }

  private static GoldenPod retainedCapabilitiesOfANonRootAppAreAmbient() {
    return GoldenPod.immutable(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 252), Pods.hello().user(65534).group(65534)
        .retainCapabilities("CAP_NET_BIND_SERVICE", "CAP_NET_RAW")
        .stdio(IoMode.NULL, IoMode.STREAM, IoMode.STREAM)
        .build()));
  }

  private static GoldenPod socketActivatedPortsWithoutHostPorts() {
    return GoldenPod.immutable(Pods.pod(Pods.hello()
        .port("web", Protocol.TCP, 80, true)
        .port("dns", Protocol.UDP, 53, true)
        .port("admin", Protocol.TCP, 9000, false)
        .build()));
  }

  private static GoldenPod socketActivatedPortsWithHostPortsLastForwardWins() {
    Pod pod = Pod.builder(Pods.COREOS_233)
        .hostPort("web", 8080)
        .hostPort("dns", 5353)
        .hostPort("web", 8081)
        .app(Pods.hello().port("web", Protocol.TCP, 80, true).port("dns", Protocol.UDP, 53, true).build())
        .build();
    return GoldenPod.immutable(pod);
  }

  private static GoldenPod readOnlyRootFsWithDeviceVolumesSharedByTwoApps() {
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
    return GoldenPod.immutable(pod);
  }

  private static GoldenPod imageMountPointsWithPodVolumesImplicitVolumesAndAnAppVolume() {
    return GoldenPod.immutable(mountPointsPod());
  }

  private static GoldenPod mutablePodEnvironment() {
    return GoldenPod.mutable(Pod.builder(Pods.COREOS_233).mutable(true).build());
  }

  private static GoldenPod mutablePodEnvironmentOnOldSrc() {
    return GoldenPod.mutable(Pod.builder(Stage1.of(Stage1.Flavor.SRC, 226)).mutable(true).build());
  }

  private static GoldenPod appAddToMutablePod() {
    Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).metadataUrl("http://169.254.169.255/token").build();
    return GoldenPod.appAdd(pod, Pods.hello().stdout(IoMode.STREAM).build());
  }

  private static GoldenPod environmentWithValuesSystemdWouldMisread() {
    return GoldenPod.immutable(Pods.pod(Pods.hello()
        .env("HOME", "/home/app")
        .env("PLAIN", "a b $c #d ;e")
        .env("BACKSLASH", "C:\\temp")
        .env("QUOTES", "say \"hi\" it's")
        .env("LEADING", "  padded  ")
        .env("MULTI", "line1\nline2")
        .env("TICK", "`x` and $y with \\")
        .env("EMPTY", "")
        .env("AC_APP_NAME", "overridden")
        .build()));
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
}
