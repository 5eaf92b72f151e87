package org.podunits.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.podunits.processor.Specs.assertErrorAt;
import static org.podunits.processor.Specs.assertWarningAt;
import static org.podunits.processor.Specs.compile;
import static org.podunits.processor.Specs.spec;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The runtime's diagnostics as compile errors: each with the runtime's code as tag and its message,
 * on the annotation value its field path came from (line and column).
 */
class RuntimeDiagnosticsTest {
  private static final String APP = "  @App(image = \"example.com/web\", exec = \"/bin/web\")";

  /** A spec {@code P} on systemd 233 with one app {@code web}: {@code details} go above the method. */
  private static JavaFileObject app(String... details) {
    String[] lines = new String[details.length + 5];
    lines[0] = "@PodSpec";
    lines[1] = "@Volume(name = \"data\")";
    lines[2] = "interface P {";
    System.arraycopy(details, 0, lines, 3, details.length);
    lines[details.length + 3] = "  void web();";
    lines[details.length + 4] = "}";
    return spec("P", lines);
  }

  private static void assertError(JavaFileObject source, String message, String line, String column) {
    assertErrorAt(compile(source), source, message, line, column);
  }

  @Test
  void invalidAppNameIsAnErrorOnTheName() {
    JavaFileObject source = app("  @App(name = \"Web\", image = \"example.com/web\", exec = \"/bin/web\")");
    assertError(source, "[name-invalid] app name \"Web\": ACName must contain only lower case alphanumeric"
        + " characters plus \"-\"", "@App", "\"Web\"");
  }

  @Test
  void invalidDerivedAppNameIsAnErrorOnTheMethodThatSaysHowToNameIt() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "interface P {",
        APP,
        "  void web$();",
        "}");
    assertError(source, "[name-invalid] the app name derived from method web$ is not valid: app name \"web$\":"
        + " ACName must contain only lower case alphanumeric characters plus \"-\"; name the app with @App(name ="
        + " ...)", "void web$", "web$");
  }

  @Test
  void invalidImageNameIsAnErrorOnTheImage() {
    JavaFileObject source = app("  @App(image = \"Example\", exec = \"/bin/web\")");
    assertError(source, "[identifier-invalid] image name \"Example\": ACIdentifier must contain only lower case",
        "@App", "\"Example\"");
  }

  @Test
  void emptyExecIsAnErrorOnExec() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = {})");
    assertError(source, "[exec-empty] the app has no executable: exec must not be empty; give the command line",
        "@App", "{}");
  }

  @Test
  void dollarInArgv0IsAnErrorOnExec0() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = {\"/bin/$web\", \"-v\"})");
    assertError(source, "[executable-invalid] exec[0] \"/bin/$web\" must not contain '$'", "@App", "\"/bin/$web\"");
  }

  @Test
  void relativeExec0IsAnErrorOnExec0() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = {\"-v\", \"web\"})");
    assertError(source, "[exec-relative] exec[0] \"-v\" must be an absolute path", "@App", "\"-v\"");
  }

  @Test
  void nulCharacterInAValueIsAnErrorOnItsAnnotation() {
    JavaFileObject source = app(APP, "  @Env(name = \"A\", value = \"x\\0y\")");
    assertError(source, "[text-nul] environment variable A \"x\\x00y\" must not contain a NUL character",
        "@Env", "@Env");
  }

  @Test
  void controlCharacterInAnOptionValueIsAnErrorOnTheOption() {
    JavaFileObject source = app(APP, "  @Option(section = \"Service\", name = \"TimeoutStopSec\", value = \"30s\\n5s\")");
    assertError(source, "[option-invalid] unit option [Service] TimeoutStopSec", "@Option", "@Option");
  }

  @Test
  void relativeWorkingDirectoryIsAnErrorOnIt() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\", workingDirectory = \"srv\")");
    assertError(source, "[path-relative] workingDirectory \"srv\" must be an absolute path", "@App", "\"srv\"");
  }

  @Test
  void workingDirectoryEndingInASpaceIsAnErrorOnIt() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\", workingDirectory = \"/srv \")");
    assertError(source, "[working-directory-trailing] workingDirectory \"/srv \" must not end with a space", "@App",
        "\"/srv \"");
  }

  @Test
  void relativeMountPathIsAnErrorOnThePathOfThatMount() {
    JavaFileObject source = app(APP,
        "  @Mount(volume = \"data\", path = \"/data\")",
        "  @Mount(volume = \"data\", path = \"cache\")");
    assertError(source, "[path-relative] mount of volume \"data\": path \"cache\" must be an absolute path",
        "\"cache\"", "\"cache\"");
  }

  @Test
  void mountPathWithASpaceIsAnErrorOnThePath() {
    JavaFileObject source = app(APP, "  @Mount(volume = \"data\", path = \"/a b\")");
    assertError(source, "[path-splits-list] mount of volume \"data\": path \"/a b\" must not contain spaces", "@Mount",
        "\"/a b\"");
  }

  @Test
  void mountOfAVolumeThePodLacksIsAnErrorOnTheVolume() {
    JavaFileObject source = app(APP, "  @Mount(volume = \"cache\", path = \"/cache\")");
    assertError(source, "[volume-missing] could not find volume cache; add a pod volume named \"cache\"", "@Mount",
        "\"cache\"");
  }

  @Test
  void malformedMemoryQuantityIsAnErrorOnMemory() {
    JavaFileObject source = app(APP, "  @Resources(memory = \"lots\")");
    assertError(source, "[quantity-malformed] quantity \"lots\" must be a Kubernetes quantity such as 512M",
        "@Resources", "\"lots\"");
  }

  @Test
  void memoryInMillibytesIsAnErrorThatSuggestsMegabytes() {
    JavaFileObject source = app(APP, "  @Resources(memory = \"100m\")");
    assertError(source, "[memory-not-whole-bytes] memory limit 100m means 0.1 bytes, not a whole number; did you"
        + " mean 100M or 100Mi?", "@Resources", "\"100m\"");
  }

  @Test
  void memoryBelowAPageIsAnError() {
    JavaFileObject source = app(APP, "  @Resources(memory = \"1\")");
    assertError(source, "[memory-below-page] memory limit 1 is 1 bytes, below one page", "@Resources", "\"1\"");
  }

  @Test
  void negativeCpuIsAnErrorOnCpu() {
    JavaFileObject source = app(APP, "  @Resources(cpu = \"-1\")");
    assertError(source, "[resource-out-of-range] cpu limit -1 must not be negative", "@Resources", "\"-1\"");
  }

  @Test
  void cpuSharesOutOfRangeIsAnErrorOnCpuShares() {
    JavaFileObject source = app(APP, "  @Resources(cpuShares = 1)");
    assertError(source, "[resource-out-of-range] cpu shares 1 must be between 2 and 262144", "@Resources", "1)");
  }

  @Test
  void oomScoreAdjustOutOfRangeIsAnErrorOnIt() {
    JavaFileObject source = app(APP, "  @Resources(oomScoreAdjust = 2000)");
    assertError(source, "[resource-out-of-range] oom score adjustment 2000 must be between -1000 and 1000",
        "@Resources", "2000");
  }

  @Test
  void portNumberOutOfRangeIsAnErrorOnThePort() {
    JavaFileObject source = app(APP, "  @Port(name = \"http\", port = 0)");
    assertError(source, "[port-out-of-range] port \"http\": number 0 must be between 1 and 65535", "@Port", "0)");
  }

  @Test
  void invalidPortNameIsAnErrorOnTheName() {
    JavaFileObject source = app(APP, "  @Port(name = \"HTTP\", port = 80)");
    assertError(source, "[name-invalid] port name \"HTTP\": ACName must contain only lower case", "@Port", "\"HTTP\"");
  }

  @Test
  void duplicatePortNameIsAnErrorOnTheSecondPort() {
    JavaFileObject source = app(APP,
        "  @Port(name = \"http\", port = 80)",
        "  @Port(name = \"http\", port = 81)");
    assertError(source, "[port-duplicate] ports[1] and ports[0] are both named \"http\"; give each port its own name",
        "port = 81", "\"http\"");
  }

  @Test
  void invalidVolumeNameIsAnErrorOnTheName() {
    JavaFileObject source = spec("P", "@PodSpec", "@Volume(name = \"Data\")", "interface P {}");
    assertError(source, "[name-invalid] volume name \"Data\": ACName must contain only lower case", "@Volume",
        "\"Data\"");
  }

  @Test
  void duplicateVolumeIsAnErrorOnTheSecond() {
    JavaFileObject source = spec("P", "@PodSpec", "@Volume(name = \"data\")", "@Volume(name = \"data\", kind ="
        + " Volume.Kind.HOST)", "interface P {}");
    assertError(source, "[volume-duplicate] two volumes are named \"data\"; give each volume of a pod its own name",
        "Volume.Kind.HOST", "@Volume");
  }

  @Test
  void emptyVolumeWithASourceIsAnErrorOnTheSource() {
    JavaFileObject source = spec("P", "@PodSpec", "@Volume(name = \"data\", source = \"/srv\")", "interface P {}");
    assertError(source, "[volume-empty-with-source] volume \"data\": an empty volume has no source, yet it names"
        + " \"/srv\"; make it a host volume or leave the source out", "@Volume", "\"/srv\"");
  }

  @Test
  void relativeHostSourceIsAnErrorOnTheSource() {
    JavaFileObject source = spec("P", "@PodSpec", "@Volume(name = \"data\", kind = Volume.Kind.HOST, source = \"srv\")",
        "interface P {}");
    assertError(source, "[path-relative] volume \"data\": source \"srv\" must be an absolute path", "@Volume",
        "\"srv\"");
  }

  @Test
  void unknownRetainedCapabilityIsAnErrorOnItWithASuggestion() {
    JavaFileObject source = app(APP, "  @Capabilities(retain = {\"CAP_CHOWN\", \"CAP_NET_BIND\"})");
    assertError(source, "[capability-unknown] os/linux/capabilities-retain-set: capability \"CAP_NET_BIND\" is not a"
        + " Linux capability; did you mean CAP_NET_BIND_SERVICE?", "@Capabilities", "\"CAP_NET_BIND\"");
  }

  @Test
  void unknownRemovedCapabilityIsAnErrorOnItWithASuggestion() {
    JavaFileObject source = app(APP, "  @Capabilities(remove = {\"CAP_SYSADMIN\"})");
    assertError(source, "[capability-unknown] os/linux/capabilities-remove-set: capability \"CAP_SYSADMIN\" is not a"
        + " Linux capability; did you mean CAP_SYS_ADMIN?", "@Capabilities", "\"CAP_SYSADMIN\"");
  }

  @Test
  void retainedAndRemovedCapabilitiesTogetherAreAnError() {
    JavaFileObject source = app(APP, "  @Capabilities(retain = \"CAP_CHOWN\", remove = \"CAP_KILL\")");
    assertError(source, "[capabilities-mixed] cannot have both os/linux/capabilities-retain-set and"
        + " os/linux/capabilities-remove-set; keep one of the two sets", "@Capabilities", "@Capabilities");
  }

  @Test
  void unknownRetainedSyscallIsAnErrorOnItWithASuggestion() {
    JavaFileObject source = app(APP, "  @Seccomp(retain = {\"read\", \"wirte\"})");
    assertError(source, "[seccomp-name-unknown] seccomp name \"wirte\"", "@Seccomp", "\"wirte\"");
    assertThat(compile(source)).hadErrorContaining("did you mean write?");
  }

  @Test
  void unknownRemovedGroupIsAnErrorOnItWithASuggestion() {
    JavaFileObject source = app(APP, "  @Seccomp(remove = \"@docker/default-blacklst\")");
    assertError(source, "[seccomp-name-unknown] seccomp name \"@docker/default-blacklst\"", "@Seccomp",
        "\"@docker/default-blacklst\"");
    assertThat(compile(source)).hadErrorContaining("did you mean @docker/default-blacklist?");
  }

  @Test
  void retainedAndRemovedSyscallsTogetherAreAnError() {
    JavaFileObject source = app(APP, "  @Seccomp(retain = \"read\", remove = \"reboot\")");
    assertError(source, "[seccomp-duplicate] too many seccomp isolators specified; give one retain or remove set",
        "@Seccomp", "@Seccomp");
  }

  @Test
  void invalidErrnoIsAnErrorOnErrno() {
    JavaFileObject source = app(APP, "  @Seccomp(remove = \"reboot\", errno = \"eperm\")");
    assertError(source, "[seccomp-errno-invalid] seccomp errno \"eperm\" must be empty or an errno name such as EPERM",
        "@Seccomp", "\"eperm\"");
  }

  @Test
  void seccompGroupNewerThanTheDeclaredSystemdIsAnErrorOnTheGroup() {
    JavaFileObject source = spec("P",
        "@PodSpec(stage1 = @Stage1(systemdVersion = 229))",
        "interface P {",
        APP,
        "  @Seccomp(remove = {\"reboot\", \"@systemd/clock\"})",
        "  void web();",
        "}");
    assertError(source, "[seccomp-group-unsupported] Unsupported or unknown systemd version, seccomp groups need"
        + " systemd >= v231 (@systemd/clock asked of stage1 systemd 229)", "@Seccomp", "\"@systemd/clock\"");
  }

  @Test
  void attachableStreamOnASystemdTooOldForItIsAnErrorOnTheStream() {
    JavaFileObject source = spec("P",
        "@PodSpec(stage1 = @Stage1(systemdVersion = 229))",
        "interface P {",
        APP,
        "  @Stdio(stdout = Stdio.Mode.STREAM)",
        "  void web();",
        "}");
    assertError(source, "[attachable-io-unsupported] stage1 systemd 229 does not support attachable I/O; leave"
        + " stdout as LOG or use a newer stage1", "@Stdio", ".STREAM");
  }

  @Test
  void streamAndTtyInOneAppAreAnError() {
    JavaFileObject source = app(APP, "  @Stdio(stdin = Stdio.Mode.TTY, stdout = Stdio.Mode.STREAM)");
    assertError(source, "[stdio-stream-and-tty] stdin TTY, stdout STREAM, stderr LOG: stream and tty modes cannot be"
        + " mixed in one app", "@Stdio", ".TTY");
  }

  @Test
  void kubernetesLogModeWithoutTheAppsLogPathIsAnErrorOnTheApp() {
    JavaFileObject source = spec("P",
        "@PodSpec(logMode = PodSpec.LogMode.K8S_PLAIN)",
        "interface P {",
        APP,
        "  @Stdio(stdout = Stdio.Mode.STREAM)",
        "  void web();",
        "}");
    assertError(source, "[log-path-missing] kubernetes-log-path annotation needs to be specified when k8s-plain"
        + " logging mode is used; set the app's kubernetesLogPath", "@App", "@App");
  }

  @Test
  void invalidEnvironmentNameIsAnErrorOnTheEnv() {
    JavaFileObject source = app(APP, "  @Env(name = \"1A\", value = \"x\")");
    assertError(source, "[environment-name-invalid] environment variable name \"1A\" must match"
        + " [A-Za-z_][A-Za-z_0-9.-]*", "@Env", "@Env");
  }

  @Test
  void environmentVariableSetTwiceIsAnErrorOnTheSecond() {
    JavaFileObject source = app(APP, "  @Env(name = \"A\", value = \"x\")", "  @Env(name = \"A\", value = \"y\")");
    assertError(source, "[environment-duplicate] environment variable A is set twice; set it once", "\"y\"", "@Env");
  }

  @Test
  void podAnnotationGivenTwiceIsAnErrorOnTheSecond() {
    JavaFileObject source = spec("P",
        "@PodSpec(annotations = {",
        "    @Annotation(name = \"example.com/a\", value = \"1\"),",
        "    @Annotation(name = \"example.com/a\", value = \"2\")})",
        "interface P {}");
    assertError(source, "[annotation-duplicate] pod annotation example.com/a is given twice; give it once",
        "value = \"2\"", "\"2\"");
  }

  @Test
  void logModeAnnotationIsAnErrorThatPointsToTheSetting() {
    JavaFileObject source = spec("P",
        "@PodSpec(annotations = @Annotation(name = \"coreos.com/rkt/experiment/logmode\", value = \"k8s-plain\"))",
        "interface P {}");
    assertError(source, "[annotation-has-setting] annotation coreos.com/rkt/experiment/logmode is what rkt reads the"
        + " pod's log mode from; set logMode instead", "@PodSpec", "\"k8s-plain\"");
  }

  @Test
  void invalidAppAnnotationNameIsAnErrorOnTheAnnotation() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\",",
        "      annotations = @Annotation(name = \"Bad Name\", value = \"1\"))");
    assertError(source, "[identifier-invalid] annotation name \"Bad Name\": ACIdentifier must contain only lower case",
        "annotations =", "@Annotation");
  }

  @Test
  void negativeUidIsAnErrorOnUser() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\", user = \"-1\")");
    assertError(source, "[id-negative] uid -1 must not be negative", "@App", "\"-1\"");
  }

  @Test
  void negativeSupplementaryGidIsAnErrorOnThatGid() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\", supplementaryGids = {10, -5})");
    assertError(source, "[id-negative] supplementary gid -5 must not be negative", "@App", "-5");
  }

  @Test
  void userNameIsAnErrorOnUser() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\", user = \"nginx\")");
    assertError(source, "[id-not-numeric] @App user \"nginx\" must be a number such as \"1000\": a generated builder"
        + " plans without the app's rootfs, so it cannot look a name up in its /etc/passwd; use the numeric id",
        "@App", "\"nginx\"");
  }

  @Test
  void groupNameIsAnErrorOnGroup() {
    JavaFileObject source = app("  @App(image = \"example.com/web\", exec = \"/bin/web\", group = \"www\")");
    assertError(source, "[id-not-numeric] @App group \"www\" must be a number such as \"1000\"", "@App", "\"www\"");
  }

  @Test
  void unknownFlavorIsAnErrorOnTheFlavor() {
    JavaFileObject source = spec("P", "@PodSpec(stage1 = @Stage1(flavor = \"coreso\"))", "interface P {}");
    assertError(source, "[stage1-flavor-unknown] stage1 flavor \"coreso\" is not one rkt ships; use coreos, kvm, fly,"
        + " src or host", "@PodSpec", "\"coreso\"");
  }

  @Test
  void systemdVersionZeroIsAnErrorOnTheVersion() {
    JavaFileObject source = spec("P", "@PodSpec(stage1 = @Stage1(systemdVersion = 0))", "interface P {}");
    assertError(source, "[stage1-version-invalid] stage1 systemd version 0 must be a release number", "@PodSpec",
        "0)");
  }

  @Test
  void unknownOptionIsAnErrorOnItsNameWithASuggestion() {
    JavaFileObject source = app(APP, "  @Option(section = \"Service\", name = \"LimitNOFILES\", value = \"1\")");
    assertError(source, "[option-unknown-directive] [Service] LimitNOFILES=1: LimitNOFILES= is not a directive of"
        + " [Service]; did you mean LimitNOFILE=?", "@Option", "\"LimitNOFILES\"");
  }

  @Test
  void optionInASectionTheServiceLacksIsAnErrorOnTheSection() {
    JavaFileObject source = app(APP, "  @Option(section = \"Install\", name = \"WantedBy\", value = \"a.target\")");
    assertError(source, "[option-wrong-section] [Install] WantedBy=: an app's service unit takes [Unit] and [Service]"
        + " options", "@Option", "\"Install\"");
  }

  @Test
  void optionWithABadValueIsAnErrorOnTheValue() {
    JavaFileObject source = app(APP, "  @Option(section = \"Service\", name = \"LimitNOFILE\", value = \"lots\")");
    assertError(source, "[option-bad-value] [Service] LimitNOFILE=lots: \"lots\" is not a count", "@Option",
        "\"lots\"");
  }

  @Test
  void optionNewerThanTheDeclaredSystemdIsAnErrorOnItsName() {
    JavaFileObject source = app(APP, "  @Option(section = \"Service\", name = \"ProtectProc\", value = \"invisible\")");
    assertError(source, "[option-unsupported-version] [Service] ProtectProc=invisible: ProtectProc= needs systemd 247"
        + " or newer, but the target is systemd 233", "@Option", "\"ProtectProc\"");
  }

  @Test
  void deprecatedOptionIsAWarningOnItsNameAndTheSpecStillCompiles() {
    JavaFileObject source = app(APP, "  @Option(section = \"Unit\", name = \"BindTo\", value = \"db.service\")");
    Compilation compilation = compile(source);
    assertWarningAt(compilation, source, "[option-deprecated] [Unit] BindTo=db.service:", "@Option", "\"BindTo\"");
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("com.example.PUnits");
  }

  @Test
  void optionPodunitsWritesItselfIsAnErrorNamingTheSetting() {
    JavaFileObject source = app(APP, "  @Option(section = \"Service\", name = \"User\", value = \"1\")");
    assertError(source, "[option-written-by-podunits] [Service] User= is written by podunits for every app; instead"
        + " of an extra option, use user", "@Option", "\"User\"");
  }

  @Test
  void optionThatIsNoUnitLineIsAnErrorOnTheOption() {
    JavaFileObject source = app(APP, "  @Option(section = \"Service\", name = \"Limit NOFILE\", value = \"1\")");
    assertError(source, "[option-invalid] unit option [Service] Limit NOFILE: option name contains a space at index 5",
        "@Option", "@Option");
  }

  @Test
  void handlerWithAPlainProgramNameBefore239IsAnErrorOnTheProgram() {
    JavaFileObject source = app(APP, "  @PreStart({\"mkdir\", \"-p\", \"/x\"})");
    assertError(source, "[handler-program-relative] pre-start handler \"mkdir\" must be an absolute path: stage1"
        + " systemd 233 runs plain program names only from 239", "@PreStart", "\"mkdir\"");
  }

  @Test
  void emptyHandlerIsAnErrorOnTheHandler() {
    JavaFileObject source = app(APP, "  @PreStart(\"/bin/true\")", "  @PostStop({})");
    assertError(source, "[exec-empty] event handler post-stop: exec must not be empty; give the command to run",
        "@PostStop", "{}");
  }
}
