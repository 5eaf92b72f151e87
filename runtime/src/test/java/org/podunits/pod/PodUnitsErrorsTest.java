package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.podunits.pod.Refusals.assertDiagnostic;
import static org.podunits.pod.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way a pod or app is refused, with its code, its path and the message a user acts on. A
 * planning refusal is also what {@link PodUnits#check} reports, as the same list.
 */
class PodUnitsErrorsTest {

  /** {@code PodUnits.immutableEnv(pod)} is refused with exactly this error, which check reports too. */
  private static void assertPlanRefused(DiagnosticCode code, String path, String message, Pod pod) {
    List<Diagnostic> checked = PodUnits.check(pod);
    InvalidPodException e = assertThrows(InvalidPodException.class, () -> PodUnits.immutableEnv(pod));
    assertEquals(checked, e.diagnostics());
    assertEquals(1, checked.size(), e::getMessage);
    assertDiagnostic(code, path, message, checked.get(0));
  }

  @Test
  void attachableIoOnSystemd230IsRefusedAtTheFirstAttachableStream() {
    App app = Pods.hello().stdio(IoMode.LOG, IoMode.STREAM, IoMode.LOG).build();
    assertPlanRefused(DiagnosticCode.ATTACHABLE_IO_UNSUPPORTED, "apps[hello].stdout", "stage1 systemd 230 does not"
        + " support attachable I/O; leave stdout as LOG or use a newer stage1",
        Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 230), app));
  }

  @Test
  void attachableIoOnSrcSystemd231IsRefused() {
    App app = Pods.hello().stdout(IoMode.NULL).build();
    assertPlanRefused(DiagnosticCode.ATTACHABLE_IO_UNSUPPORTED, "apps[hello].stdout", "stage1 systemd 231 does not"
        + " support attachable I/O; leave stdout as LOG or use a newer stage1",
        Pods.pod(Stage1.of(Stage1.Flavor.SRC, 231), app));
  }

  @Test
  void attachableIoIsAllowedOnOtherFlavorsWhateverTheVersion() {
    App app = Pods.hello().stdout(IoMode.NULL).build();
    assertEquals(1, Pods.serviceValues(PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.FLY, 200), app)),
        "hello", "StandardOutput").size());
  }

  @Test
  void k8sPlainLogModeNeedsTheKubernetesLogPath() {
    Pod pod = Pod.builder(Pods.COREOS_233).logMode(LogMode.K8S_PLAIN)
        .app(Pods.hello().stdout(IoMode.STREAM).build()).build();
    assertPlanRefused(DiagnosticCode.LOG_PATH_MISSING, "apps[hello].kubernetesLogPath", "kubernetes-log-path"
        + " annotation needs to be specified when k8s-plain logging mode is used; set the app's kubernetesLogPath", pod);
  }

  @Test
  void secondSeccompIsolatorIsRefused() {
    assertRefused(DiagnosticCode.SECCOMP_DUPLICATE, "apps[hello].seccomp",
        "too many seccomp isolators specified; give one retain or remove set",
        () -> Pods.hello().seccomp(Seccomp.retain("read")).seccomp(Seccomp.remove("reboot")).build());
  }

  @Test
  void retainAndRemoveSyscallsInOneAppAreRefused() {
    assertRefused(DiagnosticCode.SECCOMP_DUPLICATE, "apps[hello].seccomp",
        "too many seccomp isolators specified; give one retain or remove set",
        () -> Pods.hello().retainSyscalls("read").removeSyscalls("reboot").build());
  }

  @Test
  void retainAndRemoveCapabilitiesTogetherAreRefused() {
    assertRefused(DiagnosticCode.CAPABILITIES_MIXED, "apps[hello].capabilities", "cannot have both"
        + " os/linux/capabilities-retain-set and os/linux/capabilities-remove-set; keep one of the two sets",
        () -> Pods.hello().retainCapabilities("CAP_CHOWN").removeCapabilities("CAP_KILL").build());
  }

  @Test
  void systemdSeccompGroupsNeedSystemd231() {
    App app = Pods.hello().retainSyscalls("read", "@systemd/clock").build();
    assertPlanRefused(DiagnosticCode.SECCOMP_GROUP_UNSUPPORTED, "apps[hello].seccomp.retain[1]", "Unsupported or"
        + " unknown systemd version, seccomp groups need systemd >= v231 (@systemd/clock asked of stage1 systemd 230);"
        + " name the syscalls instead, or use a newer stage1", Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 230), app));
  }

  @Test
  void unknownEventNameIsRefusedWithRktsMessage() {
    assertRefused(DiagnosticCode.EVENT_UNKNOWN, "", "unrecognized eventHandler: post-start; use pre-start or post-stop",
        () -> EventHandler.of("post-start", List.of("/bin/x")));
  }

  @Test
  void unknownEventNameInAnAppIsReportedAtTheHandler() {
    assertRefused(DiagnosticCode.EVENT_UNKNOWN, "apps[hello].eventHandlers[1]",
        "unrecognized eventHandler: post-start; use pre-start or post-stop",
        () -> Pods.hello().preStart("/bin/x").eventHandler("post-start", "/bin/x").build());
  }

  @Test
  void unknownProtocolInAnAppIsReportedAtThePort() {
    assertRefused(DiagnosticCode.PROTOCOL_UNKNOWN, "apps[hello].ports[0].protocol",
        "unrecognized protocol: sctp; use tcp or udp", () -> Pods.hello().port("web", "sctp", 80, true).build());
  }

  @Test
  void unknownProtocolIsRefusedWithRktsMessage() {
    assertRefused(DiagnosticCode.PROTOCOL_UNKNOWN, "", "unrecognized protocol: sctp; use tcp or udp",
        () -> Protocol.parse("sctp"));
  }

  @Test
  void mountOfAMissingVolumeIsRefused() {
    App app = Pods.hello().mount("data", "/data", false).build();
    assertPlanRefused(DiagnosticCode.VOLUME_MISSING, "apps[hello].mounts[0].volume",
        "could not find volume data; add a pod volume named \"data\"", Pods.pod(app));
  }

  @Test
  void cpuLimitAboveTheMaximumMillivalueIsRefused() {
    assertRefused(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "cpu", "cpu limit 10E exceeds the maximum millivalue;"
        + " give at most 9223372036854775 cores", () -> Resources.NONE.withCpu("10E"));
  }

  @Test
  void emptyExecIsAnErrorNotACrash() {
    assertRefused(DiagnosticCode.EXEC_EMPTY, "apps[hello].exec", "the app has no executable: exec must not be empty;"
        + " give the command line, starting with the program to run",
        () -> App.builder("hello").image("example.com/hello").exec().build());
  }

  @Test
  void missingImageNameIsAnErrorNotACrash() {
    assertRefused(DiagnosticCode.IMAGE_MISSING, "apps[hello].image",
        "the image name is missing; every app needs the name of its image, such as example.com/app",
        () -> App.builder("hello").exec("/bin/hello").build());
  }

  @Test
  void emptyEventHandlerExecIsAnErrorNotACrash() {
    assertRefused(DiagnosticCode.EXEC_EMPTY, "apps[hello].eventHandlers[0].exec",
        "event handler pre-start: exec must not be empty; give the command to run",
        () -> Pods.hello().preStart().build());
  }

  @Test
  void relativeExecutableWithoutBinPathIsRefusedNamingTheField() {
    assertRefused(DiagnosticCode.EXEC_RELATIVE, "apps[web].exec[0]", "exec[0] \"bin/nginx\" must be an absolute path;"
        + " give the full path in the image, or the binPath an inspector resolves it to",
        () -> App.builder("web").image("example.com/nginx").exec("bin/nginx").build());
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
    assertRefused(DiagnosticCode.EXECUTABLE_INVALID, "apps[hello].binPath", "binPath \"/opt/$APP/bin\" must not"
        + " contain '$': systemd does not expand variables in the executable path and cannot be told a literal '$'"
        + " there", () -> Pods.hello().binPath("/opt/$APP/bin").build());
  }

  @Test
  void streamAndTtyInOneAppAreRefusedNamingAllThreeModes() {
    assertRefused(DiagnosticCode.STDIO_STREAM_AND_TTY, "apps[hello].stdout", "stdin STREAM, stdout TTY, stderr LOG:"
        + " stream and tty modes cannot be mixed in one app; make every attachable stream STREAM or every one TTY",
        () -> Pods.hello().stdio(IoMode.STREAM, IoMode.TTY, IoMode.LOG).build());
  }

  @Test
  void newlineInWorkingDirectoryIsRefusedNamingTheField() {
    assertRefused(DiagnosticCode.TEXT_CONTROL_CHARACTER, "apps[hello].workingDirectory", "workingDirectory"
        + " \"/srv\\x0a[Service]\" must not contain control characters such as newlines (found one at index 4)",
        () -> Pods.hello().workingDirectory("/srv\n[Service]").build());
  }

  @Test
  void badAppNameGivesAppcsMessageAtTheName() {
    assertRefused(DiagnosticCode.NAME_INVALID, "apps[Web].name",
        "app name \"Web\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        () -> App.builder("Web").image("example.com/web").exec("/bin/web").build());
  }

  @Test
  void addingAnAppToAnImmutablePodIsRefused() {
    Pod pod = Pods.pod();
    App app = Pods.hello().build();
    List<Diagnostic> checked = PodUnits.check(pod, app);
    assertEquals(checked, assertThrows(InvalidPodException.class, () -> PodUnits.appAdd(pod, app)).diagnostics());
    assertEquals(1, checked.size());
    assertDiagnostic(DiagnosticCode.POD_IMMUTABLE, "mutable", "cannot add app \"hello\": the pod is immutable; apps can"
        + " only be added to a pod built with mutable(true)", checked.get(0));
  }

  @Test
  void twoAppsWithOneNameAreRefused() {
    assertRefused(DiagnosticCode.APP_DUPLICATE, "apps[hello]",
        "two apps are named \"hello\"; give each app of a pod its own name",
        () -> Pods.pod(Pods.hello().build(), Pods.hello().build()));
  }

  @Test
  void overlongExecLineIsRefusedNamingTheApp() {
    App app = Pods.hello().exec("/bin/hello", "x".repeat(1024 * 1024)).build();
    List<Diagnostic> checked = PodUnits.check(Pods.pod(app));
    assertEquals(checked, assertThrows(InvalidPodException.class,
        () -> PodUnits.immutableEnv(Pods.pod(app))).diagnostics());
    assertEquals(List.of(DiagnosticCode.UNIT_VALUE_INVALID.id(), "apps[hello]"),
        List.of(checked.get(0).code(), checked.get(0).path()));
    assertEquals(true, checked.get(0).message().startsWith("unit option [Service] ExecStart: line is"),
        checked.get(0).message());
  }

  @Test
  void everyAppWhoseLineIsRefusedIsNamedInOneRefusal() {
    String tooLong = "x".repeat(1024 * 1024);
    Pod pod = Pods.pod(Pods.hello().exec("/bin/hello", tooLong).build(),
        Pods.second().exec("/bin/second", tooLong).build());
    List<Diagnostic> checked = PodUnits.check(pod);
    assertEquals(checked, assertThrows(InvalidPodException.class, () -> PodUnits.immutableEnv(pod)).diagnostics());
    assertEquals(List.of("apps[hello]", "apps[second]"), List.of(checked.get(0).path(), checked.get(1).path()));
    assertEquals(2, checked.size());
    for (Diagnostic refusal : checked) {
      assertEquals(DiagnosticCode.UNIT_VALUE_INVALID.id(), refusal.code());
      assertEquals(true, refusal.message().startsWith("unit option [Service] ExecStart: line is"), refusal.message());
    }
  }

  @Test
  void aFailingSecondAppFailsTheWholePlan() {
    App bad = Pods.second().stdout(IoMode.STREAM).build();
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 230)).app(Pods.hello().build()).app(bad).build();
    assertPlanRefused(DiagnosticCode.ATTACHABLE_IO_UNSUPPORTED, "apps[second].stdout", "stage1 systemd 230 does not"
        + " support attachable I/O; leave stdout as LOG or use a newer stage1", pod);
  }

  @Test
  void everyAppsProblemsAreReportedTogether() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .app(App.builder("web").exec("bin/web"))
        .app(App.builder("db").image("example.com/db").exec("/bin/db").user(-1).memory("256m"));
    assertEquals(List.of(
        "apps[web].image: error: the image name is missing; every app needs the name of its image, such as"
            + " example.com/app",
        "apps[web].exec[0]: error: exec[0] \"bin/web\" must be an absolute path; give the full path in the image, or"
            + " the binPath an inspector resolves it to",
        "apps[db].resources.memory: error: memory limit 256m means 0.256 bytes, not a whole number; did you mean"
            + " 256M or 256Mi?",
        "apps[db].user: error: uid -1 must not be negative"),
        pod.problems().stream().map(Diagnostic::toString).toList());
    InvalidPodException e = assertThrows(InvalidPodException.class, pod::build);
    assertEquals(pod.problems(), e.diagnostics());
    assertEquals(String.join("\n", pod.problems().stream().map(Diagnostic::toString).toList()), e.getMessage());
  }

  @Test
  void twoMountPointsWithOneNameAreRefused() {
    assertRefused(DiagnosticCode.MOUNT_POINT_DUPLICATE, "apps[hello].mountPoints[1]", "mountPoints[1] and"
        + " mountPoints[0] are both named \"cache\"; give each mount point its own name",
        () -> Pods.hello().mountPoint("cache", "/a", false).mountPoint("cache", "/b", false).build());
  }

  @Test
  void twoMountPointsAtOnePathAreRefused() {
    assertRefused(DiagnosticCode.MOUNT_POINT_DUPLICATE, "apps[hello].mountPoints[1]", "mountPoints[1] and"
        + " mountPoints[0] are both at /var/cache; give each mount point its own path",
        () -> Pods.hello().mountPoint("a", "/var/cache", false).mountPoint("b", "/var/cache/", false).build());
  }

  @Test
  void aMountPointPathThatWouldSplitAPathListIsRefusedAtTheMountPoint() {
    assertRefused(DiagnosticCode.PATH_SPLITS_LIST, "apps[hello].mountPoints[0].path", "mount point \"cache\": path"
        + " \"/var/my cache\" must not contain spaces, quotes or backslashes, which would split systemd's path lists",
        () -> Pods.hello().mountPoint("cache", "/var/my cache", false).build());
  }

  @Test
  void aMountPointNeedsAnAcName() {
    assertRefused(DiagnosticCode.NAME_INVALID, "name",
        "mount point name \"Cache\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        () -> new MountPoint("Cache", "/var/cache", false));
  }

  @Test
  void aMountsOwnVolumeMustCarryTheMountsVolumeName() {
    assertRefused(DiagnosticCode.MOUNT_VOLUME_MISMATCH, "appVolume",
        "mount of volume \"data\": the volume it brings along is named \"other\"; the names must match",
        () -> Mount.of("data", "/data").withAppVolume(Volume.empty("other")));
  }

  @Test
  void aHandlerWithAPlainProgramNameIsRefusedBeforeSystemd239() {
    App app = Pods.hello().preStart("true", "x").build();
    assertPlanRefused(DiagnosticCode.HANDLER_PROGRAM_RELATIVE, "apps[hello].eventHandlers[0].exec[0]", "pre-start"
        + " handler \"true\" must be an absolute path: stage1 systemd 233 runs plain program names only from 239",
        Pods.pod(app));
  }

  @Test
  void aHandlerWithAPlainProgramNameIsWrittenFromSystemd239() {
    App app = Pods.hello().postStop("true").build();
    for (Stage1 stage1 : new Stage1[] {
        Stage1.of(Stage1.Flavor.COREOS, 239), Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION)}) {
      assertEquals(List.of("+\"true\""),
          Pods.serviceValues(PodUnits.immutableEnv(Pods.pod(stage1, app)), "hello", "ExecStopPost"));
    }
  }

  @Test
  void everyUnknownSeccompNameIsRefusedWithASuggestion() {
    Pod pod = Pods.pod(Pods.hello().retainSyscalls("@systemd/default-whitelist", "@unknown/thing", "@noslash",
        "@systemd/bogus", "@rkt/default-whitlist", "getrandom", "ptrce", "@systemd/system-servic").build());
    assertEquals(List.of(
        "apps[hello].seccomp.retain[1]: error: seccomp name \"@unknown/thing\" is not a wildcard rkt or systemd knows;"
            + " use @rkt/default-whitelist, @docker/default-blacklist, @appc.io/all or a group such as"
            + " @systemd/system-service",
        "apps[hello].seccomp.retain[2]: error: seccomp name \"@noslash\" is not a wildcard rkt or systemd knows; use"
            + " @rkt/default-whitelist, @docker/default-blacklist, @appc.io/all or a group such as @systemd/system-service",
        "apps[hello].seccomp.retain[3]: error: seccomp name \"@systemd/bogus\" is not a systemd syscall group;"
            + " systemd-analyze syscall-filter lists them, such as @systemd/system-service",
        "apps[hello].seccomp.retain[4]: error: seccomp name \"@rkt/default-whitlist\" is not a wildcard rkt or systemd"
            + " knows; did you mean @rkt/default-whitelist?",
        "apps[hello].seccomp.retain[6]: error: seccomp name \"ptrce\" is not a syscall of amd64; did you mean ptrace?",
        "apps[hello].seccomp.retain[7]: error: seccomp name \"@systemd/system-servic\" is not a systemd syscall"
            + " group; did you mean @systemd/system-service?"),
        PodUnits.check(pod).stream().map(Diagnostic::toString).toList());
    assertEquals(PodUnits.check(pod), assertThrows(InvalidPodException.class, () -> PodUnits.immutableEnv(pod))
        .diagnostics());
  }

  @Test
  void aSyscallIsCheckedAgainstThePodsArchitecture() {
    App app = Pods.hello().removeSyscalls("cacheflush").build();
    Pod amd64 = Pods.pod(app);
    Pod arm = Pod.builder(Pods.COREOS_233).architecture(Architecture.ARM).app(app).build();
    assertEquals(List.of("seccomp-name-unknown"), PodUnits.check(amd64).stream().map(Diagnostic::code).toList());
    assertEquals(List.of(), PodUnits.check(arm));
  }

  @Test
  void aSystemdGroupIsAcceptedFromTheReleaseThatHasIt() {
    App app = Pods.hello().retainSyscalls("@systemd/system-service").build();
    assertPlanRefused(DiagnosticCode.SECCOMP_GROUP_UNSUPPORTED, "apps[hello].seccomp.retain[0]", "seccomp group"
        + " @systemd/system-service needs systemd 239 or newer, but the stage1 has systemd 233; name its syscalls"
        + " instead, or use a newer stage1", Pods.pod(app));
    assertEquals(List.of("@system-service"), Pods.serviceValues(
        PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 239), app)), "hello", "SystemCallFilter"));
  }
}
