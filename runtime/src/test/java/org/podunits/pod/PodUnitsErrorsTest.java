package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every way a pod or app is refused, with the message a user acts on. */
class PodUnitsErrorsTest {

  private static String failure(Runnable action) {
    return assertThrows(IllegalArgumentException.class, action::run).getMessage();
  }

  @Test
  void attachableIoOnSystemd230IsRefusedNamingTheApp() {
    App app = Pods.hello().stdio(IoMode.STREAM, IoMode.STREAM, IoMode.LOG).build();
    assertEquals("app \"hello\": stage1 systemd 230 does not support attachable I/O",
        failure(() -> PodUnits.immutableEnv(Pods.pod(Stage1.of("coreos", 230), app))));
  }

  @Test
  void attachableIoOnSrcSystemd231IsRefused() {
    App app = Pods.hello().stdout(IoMode.NULL).build();
    assertEquals("app \"hello\": stage1 systemd 231 does not support attachable I/O",
        failure(() -> PodUnits.immutableEnv(Pods.pod(Stage1.of("src", 231), app))));
  }

  @Test
  void attachableIoIsAllowedOnOtherFlavorsWhateverTheVersion() {
    App app = Pods.hello().stdout(IoMode.NULL).build();
    assertEquals(1, Pods.serviceValues(PodUnits.immutableEnv(Pods.pod(Stage1.of("fly", 200), app)),
        "hello", "StandardOutput").size());
  }

  @Test
  void k8sPlainLogModeNeedsTheKubernetesLogPath() {
    Pod pod = Pod.builder(Pods.COREOS_233).annotation("coreos.com/rkt/experiment/logmode", "k8s-plain")
        .app(Pods.hello().stdout(IoMode.STREAM).build()).build();
    assertEquals("app \"hello\": kubernetes-log-path annotation needs to be specified when k8s-plain"
        + " logging mode is used", failure(() -> PodUnits.immutableEnv(pod)));
  }

  @Test
  void secondSeccompIsolatorIsRefused() {
    App.Builder builder = Pods.hello().seccomp(Seccomp.retain("read"));
    assertEquals("app \"hello\": too many seccomp isolators specified",
        failure(() -> builder.seccomp(Seccomp.remove("reboot"))));
  }

  @Test
  void retainAndRemoveCapabilitiesTogetherAreRefused() {
    App.Builder builder = Pods.hello().retainCapabilities("CAP_CHOWN");
    assertEquals("app \"hello\": cannot have both os/linux/capabilities-retain-set and"
        + " os/linux/capabilities-remove-set", failure(() -> builder.removeCapabilities("CAP_KILL")));
  }

  @Test
  void systemdSeccompGroupsNeedSystemd231() {
    App app = Pods.hello().seccomp(Seccomp.retain("@systemd/clock")).build();
    assertEquals("app \"hello\": Unsupported or unknown systemd version, seccomp groups need systemd >= v231"
        + " (@systemd/clock asked of stage1 systemd 230)",
        failure(() -> PodUnits.immutableEnv(Pods.pod(Stage1.of("coreos", 230), app))));
  }

  @Test
  void unknownEventNameIsRefusedWithRktsMessage() {
    assertEquals("unrecognized eventHandler: post-start",
        failure(() -> EventHandler.of("post-start", java.util.List.of("/bin/x"))));
  }

  @Test
  void unknownEventNameInAnAppNamesTheApp() {
    assertEquals("app \"hello\": unrecognized eventHandler: post-start",
        failure(() -> Pods.hello().eventHandler("post-start", "/bin/x")));
  }

  @Test
  void unknownProtocolInAnAppNamesTheApp() {
    assertEquals("app \"hello\": unrecognized protocol: sctp",
        failure(() -> Pods.hello().port("web", "sctp", 80, true)));
  }

  @Test
  void unknownProtocolIsRefusedWithRktsMessage() {
    assertEquals("unrecognized protocol: sctp", failure(() -> Protocol.parse("sctp")));
  }

  @Test
  void mountOfAMissingVolumeIsRefused() {
    App app = Pods.hello().mount("data", "/data", false).build();
    assertEquals("app \"hello\": could not find volume data", failure(() -> PodUnits.immutableEnv(Pods.pod(app))));
  }

  @Test
  void cpuLimitAboveTheMaximumMillivalueIsRefused() {
    assertEquals("cpu limit exceeds the maximum millivalue: 10E", failure(() -> Resources.NONE.withCpu("10E")));
  }

  @Test
  void emptyExecIsAnErrorNotACrash() {
    assertEquals("app \"hello\" has no executable: exec must not be empty",
        failure(() -> App.builder("hello").image("example.com/hello").exec().build()));
  }

  @Test
  void missingImageNameIsAnErrorNotACrash() {
    assertEquals("app \"hello\": the image name is missing; every app needs the name of its image",
        failure(() -> App.builder("hello").exec("/bin/hello").build()));
  }

  @Test
  void emptyEventHandlerExecIsAnErrorNotACrash() {
    assertEquals("app \"hello\": event handler pre-start: exec must not be empty",
        failure(() -> Pods.hello().preStart()));
  }

  @Test
  void relativeExecutableWithoutBinPathIsRefusedNamingTheField() {
    assertEquals("app \"web\": exec[0] \"bin/nginx\" must be an absolute path",
        failure(() -> App.builder("web").image("example.com/nginx").exec("bin/nginx").build()));
  }

  @Test
  void relativeExecutableWithAResolvedBinPathIsAccepted() {
    App app = App.builder("web").image("example.com/nginx").exec("nginx", "-g", "daemon off;")
        .binPath("/usr/sbin/nginx").build();
    assertEquals("\"/usr/sbin/nginx\" \"-g\" \"daemon off;\"",
        Pods.serviceValues(PodUnits.immutableEnv(Pods.pod(app)), "web", "ExecStart").get(0));
  }

  @Test
  void dollarInTheExecutablePathIsRefused() {
    String message = failure(() -> Pods.hello().binPath("/opt/$APP/bin").build());
    assertEquals(true, message.startsWith("app \"hello\": binPath \"/opt/$APP/bin\" must not contain '$'"), message);
  }

  @Test
  void streamAndTtyInOneAppAreRefusedNamingAllThreeModes() {
    assertEquals("app \"hello\": stdin STREAM, stdout TTY, stderr LOG: stream and tty modes cannot be mixed"
        + " in one app", failure(() -> Pods.hello().stdio(IoMode.STREAM, IoMode.TTY, IoMode.LOG).build()));
  }

  @Test
  void newlineInWorkingDirectoryIsRefusedNamingTheField() {
    assertEquals("app \"hello\": workingDirectory \"/srv\\x0a[Service]\" must not contain control characters"
        + " such as newlines (found one at index 4)",
        failure(() -> Pods.hello().workingDirectory("/srv\n[Service]").build()));
  }

  @Test
  void badAppNameGivesAppcsMessage() {
    assertEquals("app name \"Web\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        failure(() -> App.builder("Web")));
  }

  @Test
  void addingAnAppToAnImmutablePodIsRefused() {
    assertEquals("cannot add app \"hello\": the pod is immutable; apps can only be added to a pod built with"
        + " mutable(true)", failure(() -> PodUnits.appAdd(Pods.pod(), Pods.hello().build())));
  }

  @Test
  void twoAppsWithOneNameAreRefused() {
    assertEquals("pod: two apps are named \"hello\"",
        failure(() -> Pods.pod(Pods.hello().build(), Pods.hello().build())));
  }

  @Test
  void overlongExecLineIsRefusedNamingTheApp() {
    App app = Pods.hello().exec("/bin/hello", "x".repeat(3000)).build();
    String message = failure(() -> PodUnits.immutableEnv(Pods.pod(app)));
    assertEquals(true, message.startsWith("app \"hello\": unit option [Service] ExecStart: line is"), message);
  }

  @Test
  void aFailingSecondAppFailsTheWholePlan() {
    App bad = Pods.second().stdout(IoMode.STREAM).build();
    Pod pod = Pod.builder(Stage1.of("coreos", 230)).app(Pods.hello().build()).app(bad).build();
    assertEquals("app \"second\": stage1 systemd 230 does not support attachable I/O",
        failure(() -> PodUnits.immutableEnv(pod)));
  }

  @Test
  void twoMountPointsWithOneNameAreRefused() {
    assertEquals("app \"hello\": two mount points are named \"cache\"", failure(() ->
        Pods.hello().mountPoint("cache", "/a", false).mountPoint("cache", "/b", false).build()));
  }

  @Test
  void twoMountPointsAtOnePathAreRefused() {
    assertEquals("app \"hello\": two mount points are at /var/cache", failure(() ->
        Pods.hello().mountPoint("a", "/var/cache", false).mountPoint("b", "/var/cache/", false).build()));
  }

  @Test
  void aMountPointPathThatWouldSplitAPathListIsRefusedNamingTheApp() {
    assertEquals("app \"hello\": mount point \"cache\": path \"/var/my cache\" must not contain spaces, quotes"
        + " or backslashes, which would split systemd's path lists",
        failure(() -> Pods.hello().mountPoint("cache", "/var/my cache", false)));
  }

  @Test
  void aMountPointNeedsAnAcName() {
    assertEquals("mount point name \"Cache\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        failure(() -> new MountPoint("Cache", "/var/cache", false)));
  }

  @Test
  void aMountsOwnVolumeMustCarryTheMountsVolumeName() {
    assertEquals("mount of volume \"data\": the volume it brings along is named \"other\"; the names must match",
        failure(() -> Mount.of("data", "/data").withAppVolume(Volume.empty("other"))));
  }

  @Test
  void aHandlerWithAPlainProgramNameIsRefusedBeforeSystemd239() {
    App app = Pods.hello().preStart("true", "x").build();
    assertEquals("app \"hello\": pre-start handler \"true\" must be an absolute path: stage1 systemd 233 runs"
        + " plain program names only from 239", failure(() -> PodUnits.immutableEnv(Pods.pod(app))));
  }

  @Test
  void aHandlerWithAPlainProgramNameIsWrittenFromSystemd239() {
    App app = Pods.hello().postStop("true").build();
    for (Stage1 stage1 : new Stage1[] {Stage1.of("coreos", 239), Stage1.of("src", Stage1.UNKNOWN_VERSION)}) {
      assertEquals(java.util.List.of("+\"true\""),
          Pods.serviceValues(PodUnits.immutableEnv(Pods.pod(stage1, app)), "hello", "ExecStopPost"));
    }
  }
}
