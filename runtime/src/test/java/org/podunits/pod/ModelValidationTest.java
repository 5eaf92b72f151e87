package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals of the pod model's constructors, factories and builders, each with its whole
 * message: it names the value and the field, and says what would be right. Refusals made while
 * planning units are in {@link PodUnitsErrorsTest}.
 */
class ModelValidationTest {

  private static String refusal(Executable make) {
    return assertThrows(IllegalArgumentException.class, make).getMessage();
  }

  private static String nullRefusal(Executable make) {
    return assertThrows(NullPointerException.class, make).getMessage();
  }

  /**
   * {@code record} made again through its canonical constructor with {@code component} null: the
   * only way to reach the null checks of fields that no factory or builder leaves null.
   */
  private static Record withNull(Record record, String component) throws Throwable {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = components[i].getName().equals(component) ? null : components[i].getAccessor().invoke(record);
    }
    try {
      return record.getClass().getConstructor(types).newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void aNullAppNameIsRefused() {
    assertEquals("app name must not be null", nullRefusal(() -> AppName.of(null)));
  }

  @Test
  void anAppWithoutANameIsRefused() {
    assertEquals("app name must not be null", nullRefusal(() -> withNull(Pods.hello().build(), "name")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "exec", "workingDirectory", "stdin", "stdout", "stderr", "capabilities", "seccomp", "resources",
      "kubernetesLogPath",
  })
  void aNullAppFieldIsRefusedNamingTheAppAndTheField(String field) {
    assertEquals("app \"hello\": " + field + " must not be null",
        nullRefusal(() -> withNull(Pods.hello().build(), field)));
  }

  @Test
  void anEmptyImageNameGetsAppcsMessage() {
    assertEquals("app \"hello\": image name \"\": ACIdentifier cannot be empty",
        refusal(() -> Pods.hello().image("").build()));
  }

  @Test
  void aNulInAnExecWordIsRefusedNamingItsIndex() {
    assertEquals("app \"hello\": exec[1] \"a\\x00b\" must not contain a NUL character (found one at index 1)",
        refusal(() -> Pods.hello().exec("/bin/hello", "a\0b").build()));
  }

  @Test
  void aRelativeBinPathIsRefusedNamingTheField() {
    assertEquals("app \"hello\": binPath \"usr/bin/hello\" must be an absolute path",
        refusal(() -> Pods.hello().binPath("usr/bin/hello").build()));
  }

  @Test
  void aControlCharacterInTheBinPathIsRefusedAndShownEscaped() {
    assertEquals("app \"hello\": binPath \"/bin/hel\\x09lo\" must not contain control characters such as"
        + " newlines (found one at index 8)", refusal(() -> Pods.hello().binPath("/bin/hel\tlo").build()));
  }

  @Test
  void anUnpairedSurrogateInAnExecArgumentIsRefusedNamingTheApp() {
    assertEquals("app \"hello\": exec argv[1] \"\\ud800\" has an unpaired surrogate at index 0",
        refusal(() -> Pods.hello().exec("/bin/hello", "\ud800").build()));
  }

  @Test
  void aNoncharacterInAnExecArgumentIsRefusedNamingTheApp() {
    assertEquals("app \"hello\": exec argv[1] \"x\ufffe\" contains the noncharacter U+FFFE at index 1,"
        + " which systemd refuses", refusal(() -> Pods.hello().exec("/bin/hello", "x\ufffe").build()));
  }

  @Test
  void aRelativeWorkingDirectoryIsRefusedNamingTheField() {
    assertEquals("app \"hello\": workingDirectory \"srv\" must be an absolute path",
        refusal(() -> Pods.hello().workingDirectory("srv").build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/srv ", "/srv\\"})
  void aWorkingDirectoryEndingInASpaceOrBackslashIsRefused(String directory) {
    assertEquals("app \"hello\": workingDirectory \"" + directory + "\" must not end with a space or a"
        + " backslash, which systemd would strip or join to the next line",
        refusal(() -> Pods.hello().workingDirectory(directory).build()));
  }

  @Test
  void aNegativeUidIsRefusedNamingIt() {
    assertEquals("app \"hello\": uid -1 must not be negative", refusal(() -> Pods.hello().user(-1).build()));
  }

  @Test
  void aNegativeGidIsRefusedNamingIt() {
    assertEquals("app \"hello\": gid -1 must not be negative", refusal(() -> Pods.hello().group(-1).build()));
  }

  @Test
  void aNegativeSupplementaryGidIsRefused() {
    assertEquals("app \"hello\": supplementary gid -1 must not be negative",
        refusal(() -> Pods.hello().supplementaryGids(10, -1).build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1FOO", "FOO BAR", "FOO=BAR", "-FOO"})
  void anEnvironmentVariableNameOutsideTheShellsRulesIsRefused(String name) {
    assertEquals("app \"hello\": environment variable name \"" + name + "\" must match [A-Za-z_][A-Za-z_0-9.-]*",
        refusal(() -> Pods.hello().env(name, "x").build()));
  }

  @Test
  void aNulInAnEnvironmentValueIsRefusedNamingTheVariable() {
    assertEquals("app \"hello\": environment variable FOO \"a\\x00\" must not contain a NUL character"
        + " (found one at index 1)", refusal(() -> Pods.hello().env("FOO", "a\0").build()));
  }

  @Test
  void anEnvironmentVariableSetTwiceIsRefusedWhenSetTheSecondTime() {
    App.Builder builder = Pods.hello().env("FOO", "a");
    assertEquals("app \"hello\": environment variable FOO is set twice", refusal(() -> builder.env("FOO", "b")));
  }

  @Test
  void anAppAnnotationNameGetsAppcsMessage() {
    assertEquals("app \"hello\": annotation name \"Example.com/a\": ACIdentifier must contain only lower case"
        + " alphanumeric characters plus \"-._~/\"",
        refusal(() -> Pods.hello().annotation("Example.com/a", "x").build()));
  }

  @Test
  void aNulInAnAppAnnotationValueIsRefusedNamingTheAnnotation() {
    assertEquals("app \"hello\": annotation example.com/a \"x\\x00\" must not contain a NUL character"
        + " (found one at index 1)", refusal(() -> Pods.hello().annotation("example.com/a", "x\0").build()));
  }

  @Test
  void twoPortsWithOneNameAreRefused() {
    assertEquals("app \"hello\": two ports are named \"web\"", refusal(() ->
        Pods.hello().port("web", Protocol.TCP, 80, false).port("web", Protocol.UDP, 81, false).build()));
  }

  @Test
  void aNulInTheKubernetesLogPathIsRefused() {
    assertEquals("app \"hello\": kubernetesLogPath \"/var/log/a\\x00\" must not contain a NUL character"
        + " (found one at index 10)", refusal(() -> Pods.hello().kubernetesLogPath("/var/log/a\0").build()));
  }

  @Test
  void retainCapabilitiesReportsABadNameNamingTheApp() {
    assertEquals("app \"hello\": os/linux/capabilities-retain-set: capability \"chown\" must be an upper-case"
        + " capability name such as CAP_NET_BIND_SERVICE", refusal(() -> Pods.hello().retainCapabilities("chown")));
  }

  @Test
  void removeCapabilitiesReportsABadNameNamingTheApp() {
    assertEquals("app \"hello\": os/linux/capabilities-remove-set: capability \"chown\" must be an upper-case"
        + " capability name such as CAP_NET_BIND_SERVICE", refusal(() -> Pods.hello().removeCapabilities("chown")));
  }

  @Test
  void mountReportsABadPathNamingTheApp() {
    assertEquals("app \"hello\": mount of volume \"data\": path \"data\" must be an absolute path",
        refusal(() -> Pods.hello().mount("data", "data", false)));
  }

  @Test
  void postStopReportsABadExecutableNamingTheApp() {
    assertEquals("app \"hello\": event handler post-stop: exec[0] must not be empty",
        refusal(() -> Pods.hello().postStop("")));
  }

  @Test
  void portReportsABadNumberNamingTheApp() {
    assertEquals("app \"hello\": port \"web\": number 0 must be between 1 and 65535",
        refusal(() -> Pods.hello().port("web", Protocol.TCP, 0, false)));
  }

  @ParameterizedTest
  @CsvSource({
      "stage1, pod stage1",
      "insecureOptions, pod insecure options",
      "metadataUrl, pod metadata URL",
      "uidRange, pod uid range",
      "architecture, pod architecture",
  })
  void aNullPodFieldIsRefusedNamingIt(String field, String name) {
    assertEquals(name + " must not be null", nullRefusal(() -> withNull(Pods.pod(), field)));
  }

  @Test
  void aPodAnnotationNameGetsAppcsMessage() {
    assertEquals("pod annotation name \"Logmode\": ACIdentifier must contain only lower case alphanumeric"
        + " characters plus \"-._~/\"", refusal(() -> Pod.builder(Pods.COREOS_233).annotation("Logmode", "x").build()));
  }

  @Test
  void aNullPodAnnotationNameIsRefused() {
    assertEquals("pod annotation name must not be null",
        nullRefusal(() -> Pod.builder(Pods.COREOS_233).annotation(null, "x").build()));
  }

  @Test
  void aNullPodAnnotationValueIsRefusedNamingTheAnnotation() {
    assertEquals("pod annotation example.com/a must not be null",
        nullRefusal(() -> Pod.builder(Pods.COREOS_233).annotation("example.com/a", null).build()));
  }

  @Test
  void aNulInAPodAnnotationValueIsRefusedNamingTheAnnotation() {
    assertEquals("pod annotation example.com/a \"x\\x00\" must not contain a NUL character (found one at index 1)",
        refusal(() -> Pod.builder(Pods.COREOS_233).annotation("example.com/a", "x\0").build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "http://metadata/my pod"})
  void anEmptyMetadataUrlOrOneWithASpaceIsRefused(String url) {
    assertEquals("pod metadata URL \"" + url + "\" must be a non-empty URL without spaces",
        refusal(() -> Pod.builder(Pods.COREOS_233).metadataUrl(url).build()));
  }

  @Test
  void aNewlineInTheMetadataUrlIsRefusedAndShownEscaped() {
    assertEquals("pod metadata URL \"http://a\\x0a\" must not contain control characters such as newlines"
        + " (found one at index 8)", refusal(() -> Pod.builder(Pods.COREOS_233).metadataUrl("http://a\n").build()));
  }

  @Test
  void twoVolumesWithOneNameAreRefused() {
    assertEquals("pod: two volumes are named \"data\"", refusal(() -> Pod.builder(Pods.COREOS_233)
        .volume(Volume.empty("data")).volume(Volume.host("data", "/srv/data", false)).build()));
  }

  @Test
  void aVolumeNeedsAnAcName() {
    assertEquals("volume name \"Data\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        refusal(() -> Volume.empty("Data")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|volume \"data\": kind must not be null",
      "readOnly|volume \"data\": readOnly must not be null",
      "source|volume \"data\": source must not be null",
  })
  void aNullEmptyVolumeFieldIsRefusedNamingTheVolume(String field, String message) {
    assertEquals(message, nullRefusal(() -> withNull(Volume.empty("data"), field)));
  }

  @Test
  void aHostVolumeWithoutASourceIsRefused() {
    assertEquals("volume \"data\": source must not be null",
        nullRefusal(() -> withNull(Volume.host("data", "/srv/data", false), "source")));
  }

  @Test
  void aHostVolumeWithARelativeSourceIsRefused() {
    assertEquals("volume \"data\": source \"srv/data\" must be an absolute path",
        refusal(() -> Volume.host("data", "srv/data", false)));
  }

  @Test
  void anEmptyVolumeWithASourceIsRefusedShowingIt() {
    assertEquals("volume \"data\": an empty volume has no source, yet it names \"/srv/data\"",
        refusal(() -> new Volume("data", Volume.Kind.EMPTY, "/srv/data", Optional.empty(), false)));
  }

  @Test
  void anEmptyVolumeThatIsADeviceNodeIsRefused() {
    assertEquals("volume \"data\": an empty volume is a fresh directory, never a device node",
        refusal(() -> new Volume("data", Volume.Kind.EMPTY, "", Optional.empty(), true)));
  }

  @Test
  void aMountNeedsAnAcNameForItsVolume() {
    assertEquals("mount volume \"Data\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        refusal(() -> Mount.of("Data", "/data")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/my data", "/my\"data", "/my'data", "/my\\data"})
  void aMountPathThatWouldSplitAPathListIsRefused(String path) {
    assertEquals("mount of volume \"data\": path \"" + path + "\" must not contain spaces, quotes or backslashes,"
        + " which would split systemd's path lists", refusal(() -> Mount.of("data", path)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "path|mount of volume \"data\": path must not be null",
      "appVolume|mount of volume \"data\": appVolume must not be null",
  })
  void aNullMountFieldIsRefusedNamingTheVolume(String field, String message) {
    assertEquals(message, nullRefusal(() -> withNull(Mount.of("data", "/data"), field)));
  }

  @Test
  void aRelativeMountPointPathIsRefused() {
    assertEquals("mount point \"cache\": path \"var/cache\" must be an absolute path",
        refusal(() -> new MountPoint("cache", "var/cache", false)));
  }

  @Test
  void aPortNeedsAnAcName() {
    assertEquals("port name \"Web\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        refusal(() -> new Port("Web", Protocol.TCP, 80, false)));
  }

  @Test
  void aPortWithoutAProtocolIsRefused() {
    assertEquals("port \"web\": protocol must not be null", nullRefusal(() -> new Port("web", null, 80, false)));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 65536})
  void aPortNumberOutsideOneTo65535IsRefused(int number) {
    assertEquals("port \"web\": number " + number + " must be between 1 and 65535",
        refusal(() -> new Port("web", Protocol.TCP, number, false)));
  }

  @Test
  void aHostPortNeedsAnAcName() {
    assertEquals("host port name \"Web\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        refusal(() -> Pod.builder(Pods.COREOS_233).hostPort("Web", 8080)));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 65536})
  void aHostPortNumberOutsideOneTo65535IsRefused(int number) {
    assertEquals("host port \"web\": number " + number + " must be between 1 and 65535",
        refusal(() -> new HostPort("web", number)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|event handler kind must not be null",
      "exec|event handler pre-start: exec must not be null",
  })
  void aNullEventHandlerFieldIsRefused(String field, String message) {
    assertEquals(message, nullRefusal(() -> withNull(EventHandler.preStart("/bin/x"), field)));
  }

  @Test
  void anEventHandlerExecutableWithADollarIsRefusedSayingWhy() {
    assertEquals("event handler pre-start: exec[0] \"/bin/$APP\" must not contain '$': systemd does not expand"
        + " variables in the executable path and cannot be told a literal '$' there",
        refusal(() -> EventHandler.preStart("/bin/$APP")));
  }

  @Test
  void aNewlineInAnEventHandlerExecutableIsRefusedAndShownEscaped() {
    assertEquals("event handler pre-start: exec[0] \"/bin/x\\x0a\" must not contain control characters such as"
        + " newlines (found one at index 6)", refusal(() -> EventHandler.preStart("/bin/x\n")));
  }

  @ParameterizedTest
  @ValueSource(chars = {'-', '@', ':', '+', '!'})
  void anEventHandlerExecutableStartingWithACommandPrefixIsRefused(char prefix) {
    assertEquals("event handler post-stop: exec argv[0] \"" + prefix + "/bin/x\" starts with '" + prefix
        + "', which systemd reads as a command prefix even inside quotes; the executable must be a path",
        refusal(() -> EventHandler.postStop(prefix + "/bin/x")));
  }

  @Test
  void aNulInAnEventHandlerArgumentIsRefusedNamingItsIndex() {
    assertEquals("event handler pre-start: exec argv[1] \"a\\x00\" contains a NUL at index 1, which systemd"
        + " refuses", refusal(() -> EventHandler.preStart("/bin/x", "a\0")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|capabilities kind must not be null",
      "names|capability names must not be null",
  })
  void aNullCapabilitiesFieldIsRefused(String field, String message) {
    assertEquals(message, nullRefusal(() -> withNull(Capabilities.retain("CAP_CHOWN"), field)));
  }

  @ParameterizedTest
  @CsvSource({
      "RETAIN, os/linux/capabilities-retain-set, cap_chown",
      "RETAIN, os/linux/capabilities-retain-set, CHOWN",
      "REMOVE, os/linux/capabilities-remove-set, CAP_",
      "REMOVE, os/linux/capabilities-remove-set, CAP_NET BIND",
  })
  void aCapabilityNameThatIsNotUpperCaseCapIsRefusedNamingTheIsolator(Capabilities.Kind kind, String isolator,
      String name) {
    assertEquals(isolator + ": capability \"" + name + "\" must be an upper-case capability name such as"
        + " CAP_NET_BIND_SERVICE", refusal(() -> new Capabilities(kind, List.of(name))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|seccomp kind must not be null",
      "names|seccomp names must not be null",
      "errno|seccomp errno must not be null",
  })
  void aNullSeccompFieldIsRefused(String field, String message) {
    assertEquals(message, nullRefusal(() -> withNull(Seccomp.retain("read"), field)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@", "Reboot", "re boot", "@@docker/default-blacklist", "~reboot", "a/b", "..",
      "-", "@docker/default~whitelist"})
  void aSeccompNameThatIsNeitherASyscallNorAWildcardIsRefused(String name) {
    assertEquals("seccomp name \"" + name + "\" must be a syscall name of a-z, 0-9 and _ such as reboot, or a"
        + " wildcard such as @docker/default-blacklist", refusal(() -> Seccomp.retain(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eperm", "PERM", "E", "E-PERM"})
  void aSeccompErrnoThatIsNotAnErrnoNameIsRefused(String errno) {
    assertEquals("seccomp errno \"" + errno + "\" must be empty or an errno name such as EPERM or ENOSYS",
        refusal(() -> Seccomp.retain("read").withErrno(errno)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "memory|memory limit must not be null",
      "cpu|cpu limit must not be null",
      "cpuShares|cpu shares must not be null",
      "oomScoreAdj|oom score adjustment must not be null",
  })
  void aNullResourcesFieldIsRefused(String field, String message) {
    assertEquals(message, nullRefusal(() -> withNull(Resources.NONE, field)));
  }

  @Test
  void aMemoryLimitAboveTheLargestLongIsRefused() {
    assertEquals("memory limit 10E must be at most 9223372036854775807 bytes",
        refusal(() -> Resources.NONE.withMemory("10E")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-500m"})
  void aNegativeCpuLimitIsRefused(String limit) {
    assertEquals("cpu limit " + limit + " must not be negative", refusal(() -> Resources.NONE.withCpu(limit)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 262145})
  void cpuSharesOutsideSystemdsRangeAreRefused(int shares) {
    assertEquals("cpu shares " + shares + " must be between 2 and 262144",
        refusal(() -> Resources.NONE.withCpuShares(shares)));
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "0, -1"})
  void aUidRangeWithANegativeShiftOrCountIsRefusedShowingBoth(int shift, int count) {
    assertEquals("uid range (shift " + shift + ", count " + count + ") must have a non-negative shift and count",
        refusal(() -> new UidRange(shift, count)));
  }

  @Test
  void aStage1WithoutAFlavorIsRefused() {
    assertEquals("stage1 flavor must not be null", nullRefusal(() -> Stage1.of(null, 233)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CoreOS", "-kvm", "core os"})
  void aStage1FlavorThatIsNotALowerCaseNameIsRefused(String flavor) {
    assertEquals("stage1 flavor \"" + flavor + "\" must be a lower-case name such as coreos, kvm, src, host or fly",
        refusal(() -> Stage1.of(flavor, 233)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -233})
  void aStage1SystemdVersionBelowOneIsRefused(int version) {
    assertEquals("stage1 systemd version " + version + " must be a release number such as 233, or"
        + " Stage1.UNKNOWN_VERSION for a development build", refusal(() -> Stage1.of("coreos", version)));
  }

  @Test
  void aNullElementOfAListIsRefusedNamingTheListAndPosition() {
    assertEquals("app \"hello\": exec[1] must not be null",
        nullRefusal(() -> Pods.hello().exec(java.util.Arrays.asList("/bin/x", null)).build()));
    assertEquals("app \"hello\": mounts[0] must not be null", nullRefusal(() -> Pods.hello().mount((Mount) null).build()));
    assertEquals("pod volumes[0] must not be null",
        nullRefusal(() -> Pod.builder(Pods.COREOS_233).volume(null).build()));
    assertEquals("capability names[1] must not be null",
        nullRefusal(() -> Capabilities.retain("CAP_CHOWN", null)));
  }

  @Test
  void aNullEnvironmentValueIsRefusedNamingTheAppAndVariable() {
    assertEquals("app \"hello\": environment variable FOO must not be null",
        nullRefusal(() -> Pods.hello().env("FOO", null).build()));
  }

  @Test
  void aNullAnnotationNameIsRefusedNamingTheApp() {
    assertEquals("app \"hello\": annotation name must not be null",
        nullRefusal(() -> Pods.hello().annotation(null, "x").build()));
  }

  @Test
  void aNullGivenToABuilderShortcutIsReportedNamingTheApp() {
    assertEquals("app \"hello\": port \"web\": protocol must not be null",
        nullRefusal(() -> Pods.hello().port("web", (Protocol) null, 80, false)));
    assertEquals("app \"hello\": mount of volume \"data\": path must not be null",
        nullRefusal(() -> Pods.hello().mount("data", null, false)));
  }

  @Test
  void aFlavorWithAControlCharacterIsShownEscaped() {
    assertEquals("stage1 flavor \"core\\x0aos\" must be a lower-case name such as coreos, kvm, src, host or fly",
        refusal(() -> Stage1.of("core\nos", 233)));
  }

  @Test
  void namesParsedFromManifestsMayNotBeNull() {
    assertEquals("protocol must not be null", nullRefusal(() -> Protocol.parse(null)));
    assertEquals("event handler name must not be null", nullRefusal(() -> EventHandler.Kind.parse(null)));
    assertEquals("architecture must not be null", nullRefusal(() -> Architecture.fromOsArch(null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"armageddon", "arm64be", "arm\n"})
  void onlyArmNamesMapToArm(String osArch) {
    assertEquals("architecture \"" + osArch.replace("\n", "\\x0a") + "\" is not one rkt's stage1 is built for"
        + " (amd64, arm64, arm, 386, ppc64le, s390x)", refusal(() -> Architecture.fromOsArch(osArch)));
  }
}
