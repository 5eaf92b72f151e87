package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.pod.Refusals.assertRefused;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The refusals of the pod model's constructors, factories and builders, each with its code, its
 * field path and its whole message: it names the value, and says what would be right. Refusals
 * made while planning units are in {@link PodUnitsErrorsTest}.
 */
class ModelValidationTest {

  private static final DiagnosticCode NULL = DiagnosticCode.VALUE_NULL;

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
    assertRefused(NULL, "name", "app name must not be null", () -> AppName.of(null));
  }

  @Test
  void anAppWithoutANameIsRefused() {
    assertRefused(NULL, "apps[\"\"].name", "app name must not be null", () -> withNull(Pods.hello().build(), "name"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "exec", "workingDirectory", "stdin", "stdout", "stderr", "capabilities", "seccomp", "resources",
      "kubernetesLogPath", "environment", "annotations", "supplementaryGids", "mounts", "mountPoints",
      "eventHandlers", "ports", "options",
  })
  void aNullAppFieldIsRefusedAtItsPath(String field) {
    assertRefused(NULL, "apps[hello]." + field, field + " must not be null",
        () -> withNull(Pods.hello().build(), field));
  }

  @Test
  void anEmptyImageNameGetsAppcsMessage() {
    assertRefused(DiagnosticCode.IDENTIFIER_INVALID, "apps[hello].image", "image name \"\": ACIdentifier cannot be empty",
        () -> Pods.hello().image("").build());
  }

  @Test
  void aNulInAnExecWordIsRefusedNamingItsIndex() {
    assertRefused(DiagnosticCode.TEXT_NUL, "apps[hello].exec[1]",
        "exec[1] \"a\\x00b\" must not contain a NUL character (found one at index 1)",
        () -> Pods.hello().exec("/bin/hello", "a\0b").build());
  }

  @Test
  void aRelativeBinPathIsRefusedNamingTheField() {
    assertRefused(DiagnosticCode.PATH_RELATIVE, "apps[hello].binPath", "binPath \"usr/bin/hello\" must be an absolute path",
        () -> Pods.hello().binPath("usr/bin/hello").build());
  }

  @Test
  void aControlCharacterInTheBinPathIsRefusedAndShownEscaped() {
    assertRefused(DiagnosticCode.TEXT_CONTROL_CHARACTER, "apps[hello].binPath", "binPath \"/bin/hel\\x09lo\" must not"
        + " contain control characters such as newlines (found one at index 8)",
        () -> Pods.hello().binPath("/bin/hel\tlo").build());
  }

  @Test
  void anUnpairedSurrogateInAnExecArgumentIsRefused() {
    assertRefused(DiagnosticCode.EXEC_UNQUOTABLE, "apps[hello].exec",
        "exec argv[1] \"\\ud800\" has an unpaired surrogate at index 0",
        () -> Pods.hello().exec("/bin/hello", "\ud800").build());
  }

  @Test
  void aNoncharacterInAnExecArgumentIsRefused() {
    assertRefused(DiagnosticCode.EXEC_UNQUOTABLE, "apps[hello].exec",
        "exec argv[1] \"x\ufffe\" contains the noncharacter U+FFFE at index 1, which systemd refuses",
        () -> Pods.hello().exec("/bin/hello", "x\ufffe").build());
  }

  @Test
  void aRelativeWorkingDirectoryIsRefusedNamingTheField() {
    assertRefused(DiagnosticCode.PATH_RELATIVE, "apps[hello].workingDirectory",
        "workingDirectory \"srv\" must be an absolute path", () -> Pods.hello().workingDirectory("srv").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/srv ", "/srv\\"})
  void aWorkingDirectoryEndingInASpaceOrBackslashIsRefused(String directory) {
    assertRefused(DiagnosticCode.WORKING_DIRECTORY_TRAILING, "apps[hello].workingDirectory", "workingDirectory \""
        + directory + "\" must not end with a space or a backslash, which systemd would strip or join to the next line",
        () -> Pods.hello().workingDirectory(directory).build());
  }

  @Test
  void aNegativeUidIsRefusedNamingIt() {
    assertRefused(DiagnosticCode.ID_NEGATIVE, "apps[hello].user", "uid -1 must not be negative",
        () -> Pods.hello().user(-1).build());
  }

  @Test
  void aNegativeGidIsRefusedNamingIt() {
    assertRefused(DiagnosticCode.ID_NEGATIVE, "apps[hello].group", "gid -1 must not be negative",
        () -> Pods.hello().group(-1).build());
  }

  @Test
  void aNegativeSupplementaryGidIsRefusedAtItsIndex() {
    assertRefused(DiagnosticCode.ID_NEGATIVE, "apps[hello].supplementaryGids[1]",
        "supplementary gid -1 must not be negative", () -> Pods.hello().supplementaryGids(10, -1).build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|\"\"", "1FOO|1FOO", "FOO BAR|\"FOO BAR\"", "FOO=BAR|\"FOO=BAR\"", "-FOO|-FOO",
  })
  void anEnvironmentVariableNameOutsideTheShellsRulesIsRefused(String name, String key) {
    assertRefused(DiagnosticCode.ENVIRONMENT_NAME_INVALID, "apps[hello].environment[" + key + "]",
        "environment variable name \"" + name + "\" must match [A-Za-z_][A-Za-z_0-9.-]*",
        () -> Pods.hello().env(name, "x").build());
  }

  @Test
  void aNulInAnEnvironmentValueIsRefusedNamingTheVariable() {
    assertRefused(DiagnosticCode.TEXT_NUL, "apps[hello].environment[FOO]",
        "environment variable FOO \"a\\x00\" must not contain a NUL character (found one at index 1)",
        () -> Pods.hello().env("FOO", "a\0").build());
  }

  @Test
  void anEnvironmentVariableSetTwiceIsReportedAndTheFirstValueKept() {
    App.Builder builder = Pods.hello().env("FOO", "a").env("FOO", "b");
    assertEquals(List.of("apps[hello].environment[FOO]: error: environment variable FOO is set twice; set it once"),
        builder.problems().stream().map(Diagnostic::toString).toList());
    assertRefused(DiagnosticCode.ENVIRONMENT_DUPLICATE, "apps[hello].environment[FOO]",
        "environment variable FOO is set twice; set it once", builder::build);
  }

  @Test
  void anAnnotationGivenTwiceIsRefused() {
    assertRefused(DiagnosticCode.ANNOTATION_DUPLICATE, "apps[hello].annotations[example.com/a]",
        "annotation example.com/a is given twice; give it once",
        () -> Pods.hello().annotation("example.com/a", "1").annotation("example.com/a", "2").build());
  }

  @Test
  void anAppAnnotationNameGetsAppcsMessage() {
    assertRefused(DiagnosticCode.IDENTIFIER_INVALID, "apps[hello].annotations[Example.com/a]",
        "annotation name \"Example.com/a\": ACIdentifier must contain only lower case alphanumeric characters"
        + " plus \"-._~/\"", () -> Pods.hello().annotation("Example.com/a", "x").build());
  }

  @Test
  void aNulInAnAppAnnotationValueIsRefusedNamingTheAnnotation() {
    assertRefused(DiagnosticCode.TEXT_NUL, "apps[hello].annotations[example.com/a]",
        "annotation example.com/a \"x\\x00\" must not contain a NUL character (found one at index 1)",
        () -> Pods.hello().annotation("example.com/a", "x\0").build());
  }

  @ParameterizedTest
  @CsvSource({
      "coreos.com/rkt/stage2/stdin, stdin",
      "coreos.com/rkt/stage2/stdout, stdout",
      "coreos.com/rkt/stage2/stderr, stderr",
      "coreos.com/rkt/experiment/kubernetes-log-path, kubernetesLogPath",
      "appc.io/executor/supports-systemd-notify, supportsNotify",
  })
  void anAppAnnotationRktTurnsIntoBehaviourIsRefusedNamingTheSetting(String annotation, String setting) {
    assertRefused(DiagnosticCode.ANNOTATION_HAS_SETTING, "apps[hello].annotations[" + annotation + "]",
        "annotation " + annotation + " is what rkt reads the app's " + setting + " from; set " + setting + " instead",
        () -> Pods.hello().annotation(annotation, "stream").build());
  }

  @Test
  void twoPortsWithOneNameAreRefusedAtTheSecond() {
    assertRefused(DiagnosticCode.PORT_DUPLICATE, "apps[hello].ports[1].name",
        "ports[1] and ports[0] are both named \"web\"; give each port its own name",
        () -> Pods.hello().port("web", Protocol.TCP, 80, false).port("web", Protocol.UDP, 81, false).build());
  }

  @Test
  void aNulInTheKubernetesLogPathIsRefused() {
    assertRefused(DiagnosticCode.TEXT_NUL, "apps[hello].kubernetesLogPath",
        "kubernetesLogPath \"/var/log/a\\x00\" must not contain a NUL character (found one at index 10)",
        () -> Pods.hello().kubernetesLogPath("/var/log/a\0").build());
  }

  @Test
  void retainCapabilitiesReportsAnUnknownNameWithTheCapabilityMeant() {
    assertRefused(DiagnosticCode.CAPABILITY_UNKNOWN, "apps[hello].capabilities.retain[0]",
        "os/linux/capabilities-retain-set: capability \"chown\" is not a Linux capability; did you mean CAP_CHOWN?",
        () -> Pods.hello().retainCapabilities("chown").build());
  }

  @Test
  void removeCapabilitiesReportsAMisspeltNameWithTheClosestCapability() {
    assertRefused(DiagnosticCode.CAPABILITY_UNKNOWN, "apps[hello].capabilities.remove[1]",
        "os/linux/capabilities-remove-set: capability \"CAP_NET_BIND\" is not a Linux capability;"
        + " did you mean CAP_NET_BIND_SERVICE?",
        () -> Pods.hello().removeCapabilities("CAP_CHOWN", "CAP_NET_BIND").build());
  }

  @Test
  void capabilityIndexesCountEveryNameTheCallerAdded() {
    assertRefused(DiagnosticCode.CAPABILITY_UNKNOWN, "apps[hello].capabilities.retain[2]",
        "os/linux/capabilities-retain-set: capability \"CAP_BOGUS_THING\" is not a Linux capability; use a name such"
        + " as CAP_NET_BIND_SERVICE, in upper case with the CAP_ prefix",
        () -> Pods.hello().retainCapabilities("CAP_CHOWN", "CAP_KILL").retainCapabilities("CAP_BOGUS_THING").build());
  }

  @Test
  void mountReportsABadPathAtTheMount() {
    assertRefused(DiagnosticCode.PATH_RELATIVE, "apps[hello].mounts[0].path",
        "mount of volume \"data\": path \"data\" must be an absolute path",
        () -> Pods.hello().mount("data", "data", false).build());
  }

  @Test
  void postStopReportsABadExecutableAtTheHandler() {
    assertRefused(DiagnosticCode.EXECUTABLE_INVALID, "apps[hello].eventHandlers[0].exec[0]",
        "event handler post-stop: exec[0] must not be empty", () -> Pods.hello().postStop("").build());
  }

  @Test
  void portReportsABadNumberAtThePort() {
    assertRefused(DiagnosticCode.PORT_OUT_OF_RANGE, "apps[hello].ports[0].port",
        "port \"web\": number 0 must be between 1 and 65535",
        () -> Pods.hello().port("web", Protocol.TCP, 0, false).build());
  }

  @ParameterizedTest
  @CsvSource({
      "stage1, stage1",
      "insecureOptions, insecure options",
      "metadataUrl, metadata URL",
      "uidRange, uid range",
      "architecture, architecture",
      "logMode, log mode",
  })
  void aNullPodFieldIsRefusedNamingIt(String field, String name) {
    assertRefused(NULL, field, name + " must not be null", () -> withNull(Pods.pod(), field));
  }

  @Test
  void aPodAnnotationNameGetsAppcsMessage() {
    assertRefused(DiagnosticCode.IDENTIFIER_INVALID, "annotations[Logmode]", "pod annotation name \"Logmode\":"
        + " ACIdentifier must contain only lower case alphanumeric characters plus \"-._~/\"",
        () -> Pod.builder(Pods.COREOS_233).annotation("Logmode", "x").build());
  }

  @Test
  void aNullPodAnnotationNameIsRefused() {
    assertRefused(NULL, "annotations[\"\"]", "pod annotation name must not be null",
        () -> Pod.builder(Pods.COREOS_233).annotation(null, "x").build());
  }

  @Test
  void aNullPodAnnotationValueIsRefusedNamingTheAnnotation() {
    assertRefused(NULL, "annotations[example.com/a]", "pod annotation example.com/a must not be null",
        () -> Pod.builder(Pods.COREOS_233).annotation("example.com/a", null).build());
  }

  @Test
  void aNulInAPodAnnotationValueIsRefusedNamingTheAnnotation() {
    assertRefused(DiagnosticCode.TEXT_NUL, "annotations[example.com/a]",
        "pod annotation example.com/a \"x\\x00\" must not contain a NUL character (found one at index 1)",
        () -> Pod.builder(Pods.COREOS_233).annotation("example.com/a", "x\0").build());
  }

  @Test
  void theLogModeAnnotationIsRefusedNamingTheSetting() {
    assertRefused(DiagnosticCode.ANNOTATION_HAS_SETTING, "annotations[coreos.com/rkt/experiment/logmode]",
        "annotation coreos.com/rkt/experiment/logmode is what rkt reads the pod's log mode from; set logMode instead",
        () -> Pod.builder(Pods.COREOS_233).annotation("coreos.com/rkt/experiment/logmode", "k8s-plain").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "http://metadata/my pod"})
  void anEmptyMetadataUrlOrOneWithASpaceIsRefused(String url) {
    assertRefused(DiagnosticCode.METADATA_URL_INVALID, "metadataUrl", "metadata URL \"" + url
        + "\" must be a non-empty URL without spaces", () -> Pod.builder(Pods.COREOS_233).metadataUrl(url).build());
  }

  @Test
  void aNewlineInTheMetadataUrlIsRefusedAndShownEscaped() {
    assertRefused(DiagnosticCode.TEXT_CONTROL_CHARACTER, "metadataUrl", "metadata URL \"http://a\\x0a\" must not"
        + " contain control characters such as newlines (found one at index 8)",
        () -> Pod.builder(Pods.COREOS_233).metadataUrl("http://a\n").build());
  }

  @Test
  void twoVolumesWithOneNameAreRefused() {
    assertRefused(DiagnosticCode.VOLUME_DUPLICATE, "volumes[data]",
        "two volumes are named \"data\"; give each volume of a pod its own name",
        () -> Pod.builder(Pods.COREOS_233).emptyVolume("data").hostVolume("data", "/srv/data").build());
  }

  @Test
  void aVolumeNeedsAnAcName() {
    assertRefused(DiagnosticCode.NAME_INVALID, "name",
        "volume name \"Data\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        () -> Volume.empty("Data"));
  }

  @Test
  void aVolumeTheBuilderCannotMakeIsReportedUnderItsName() {
    assertRefused(DiagnosticCode.PATH_RELATIVE, "volumes[site].source",
        "volume \"site\": source \"srv/site\" must be an absolute path",
        () -> Pod.builder(Pods.COREOS_233).deviceVolume("site", "srv/site").build());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|volume \"data\": kind must not be null",
      "readOnly|volume \"data\": readOnly must not be null",
      "source|volume \"data\": source must not be null",
  })
  void aNullEmptyVolumeFieldIsRefusedNamingTheVolume(String field, String message) {
    assertRefused(NULL, field, message, () -> withNull(Volume.empty("data"), field));
  }

  @Test
  void aHostVolumeWithoutASourceIsRefused() {
    assertRefused(NULL, "source", "volume \"data\": source must not be null",
        () -> withNull(Volume.host("data", "/srv/data"), "source"));
  }

  @Test
  void aHostVolumeWithARelativeSourceIsRefused() {
    assertRefused(DiagnosticCode.PATH_RELATIVE, "source", "volume \"data\": source \"srv/data\" must be an absolute path",
        () -> Volume.host("data", "srv/data"));
  }

  @Test
  void anEmptyVolumeWithASourceIsRefusedShowingIt() {
    assertRefused(DiagnosticCode.VOLUME_EMPTY_WITH_SOURCE, "source", "volume \"data\": an empty volume has no source,"
        + " yet it names \"/srv/data\"; make it a host volume or leave the source out",
        () -> new Volume("data", Volume.Kind.EMPTY, "/srv/data", Optional.empty(), false));
  }

  @Test
  void anEmptyVolumeThatIsADeviceNodeIsRefused() {
    assertRefused(DiagnosticCode.VOLUME_EMPTY_WITH_SOURCE, "kind", "volume \"data\": an empty volume is a fresh"
        + " directory, never a device node; make it a device-node host volume",
        () -> new Volume("data", Volume.Kind.EMPTY, "", Optional.empty(), true));
  }

  @Test
  void aMountNeedsAnAcNameForItsVolume() {
    assertRefused(DiagnosticCode.NAME_INVALID, "volume",
        "mount volume \"Data\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        () -> Mount.of("Data", "/data"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/my data", "/my\"data", "/my'data", "/my\\data"})
  void aMountPathThatWouldSplitAPathListIsRefused(String path) {
    assertRefused(DiagnosticCode.PATH_SPLITS_LIST, "path", "mount of volume \"data\": path \"" + path
        + "\" must not contain spaces, quotes or backslashes, which would split systemd's path lists",
        () -> Mount.of("data", path));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "path|mount of volume \"data\": path must not be null",
      "appVolume|mount of volume \"data\": appVolume must not be null",
  })
  void aNullMountFieldIsRefusedNamingTheVolume(String field, String message) {
    assertRefused(NULL, field, message, () -> withNull(Mount.of("data", "/data"), field));
  }

  @Test
  void aRelativeMountPointPathIsRefused() {
    assertRefused(DiagnosticCode.PATH_RELATIVE, "path", "mount point \"cache\": path \"var/cache\" must be an"
        + " absolute path", () -> new MountPoint("cache", "var/cache", false));
  }

  @Test
  void aPortNeedsAnAcName() {
    assertRefused(DiagnosticCode.NAME_INVALID, "name",
        "port name \"Web\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        () -> new Port("Web", Protocol.TCP, 80, false));
  }

  @Test
  void aPortWithoutAProtocolIsRefused() {
    assertRefused(NULL, "protocol", "port \"web\": protocol must not be null", () -> new Port("web", null, 80, false));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 65536})
  void aPortNumberOutsideOneTo65535IsRefused(int number) {
    assertRefused(DiagnosticCode.PORT_OUT_OF_RANGE, "port", "port \"web\": number " + number
        + " must be between 1 and 65535", () -> new Port("web", Protocol.TCP, number, false));
  }

  @Test
  void aHostPortNeedsAnAcName() {
    assertRefused(DiagnosticCode.NAME_INVALID, "hostPorts[0].name",
        "host port name \"Web\": ACName must contain only lower case alphanumeric characters plus \"-\"",
        () -> Pod.builder(Pods.COREOS_233).hostPort("Web", 8080).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 65536})
  void aHostPortNumberOutsideOneTo65535IsRefused(int number) {
    assertRefused(DiagnosticCode.PORT_OUT_OF_RANGE, "hostPort", "host port \"web\": number " + number
        + " must be between 1 and 65535", () -> new HostPort("web", number));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|event handler kind must not be null",
      "exec|event handler pre-start: exec must not be null",
  })
  void aNullEventHandlerFieldIsRefused(String field, String message) {
    assertRefused(NULL, field, message, () -> withNull(EventHandler.preStart("/bin/x"), field));
  }

  @Test
  void anEventHandlerExecutableWithADollarIsRefusedSayingWhy() {
    assertRefused(DiagnosticCode.EXECUTABLE_INVALID, "exec[0]", "event handler pre-start: exec[0] \"/bin/$APP\" must not"
        + " contain '$': systemd does not expand variables in the executable path and cannot be told a literal '$'"
        + " there", () -> EventHandler.preStart("/bin/$APP"));
  }

  @Test
  void aNewlineInAnEventHandlerExecutableIsRefusedAndShownEscaped() {
    assertRefused(DiagnosticCode.TEXT_CONTROL_CHARACTER, "exec[0]", "event handler pre-start: exec[0] \"/bin/x\\x0a\""
        + " must not contain control characters such as newlines (found one at index 6)",
        () -> EventHandler.preStart("/bin/x\n"));
  }

  @ParameterizedTest
  @ValueSource(chars = {'-', '@', ':', '+', '!'})
  void anEventHandlerExecutableStartingWithACommandPrefixIsRefused(char prefix) {
    assertRefused(DiagnosticCode.EXEC_UNQUOTABLE, "exec", "exec argv[0] \"" + prefix + "/bin/x\" starts with '"
        + prefix + "', which systemd reads as a command prefix even inside quotes; the executable must be a path",
        () -> EventHandler.postStop(prefix + "/bin/x"));
  }

  @Test
  void aNulInAnEventHandlerArgumentIsRefused() {
    assertRefused(DiagnosticCode.EXEC_UNQUOTABLE, "exec",
        "exec argv[1] \"a\\x00\" contains a NUL at index 1, which systemd refuses",
        () -> EventHandler.preStart("/bin/x", "a\0"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|''|capabilities kind must not be null",
      "names|retain|capability names must not be null",
  })
  void aNullCapabilitiesFieldIsRefused(String field, String path, String message) {
    assertRefused(NULL, path, message, () -> withNull(Capabilities.retain("CAP_CHOWN"), field));
  }

  @ParameterizedTest
  @CsvSource({
      "RETAIN, os/linux/capabilities-retain-set, retain[0], cap_chown, CAP_CHOWN",
      "RETAIN, os/linux/capabilities-retain-set, retain[0], CHOWN, CAP_CHOWN",
      "REMOVE, os/linux/capabilities-remove-set, remove[0], cap-net bind, CAP_NET_BIND_SERVICE",
      "REMOVE, os/linux/capabilities-remove-set, remove[0], CAP_SYS_ADMN, CAP_SYS_ADMIN",
  })
  void anUnknownCapabilityIsRefusedWithTheClosestOne(Capabilities.Kind kind, String isolator, String path,
      String name, String meant) {
    assertRefused(DiagnosticCode.CAPABILITY_UNKNOWN, path, isolator + ": capability \"" + name
        + "\" is not a Linux capability; did you mean " + meant + "?", () -> new Capabilities(kind, List.of(name)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kind|''|seccomp kind must not be null",
      "names|retain|seccomp names must not be null",
      "errno|errno|seccomp errno must not be null",
  })
  void aNullSeccompFieldIsRefused(String field, String path, String message) {
    assertRefused(NULL, path, message, () -> withNull(Seccomp.retain("read"), field));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "@", "Reboot", "re boot", "@@docker/default-blacklist", "~reboot", "a/b", "..",
      "-", "@docker/default~whitelist", "@docker/", "@/default-blacklist", "@docker/a/b", "@Docker/x"})
  void aSeccompNameThatIsNeitherASyscallNorAWildcardIsRefused(String name) {
    assertRefused(DiagnosticCode.SECCOMP_NAME_UNKNOWN, "retain[0]", "seccomp name \"" + name
        + "\" must be a syscall name of a-z, 0-9 and _ such as reboot, or a wildcard such as @docker/default-blacklist",
        () -> Seccomp.retain(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eperm", "PERM", "E", "E-PERM", "EPERm"})
  void aSeccompErrnoThatIsNotAnErrnoNameIsRefused(String errno) {
    assertRefused(DiagnosticCode.SECCOMP_ERRNO_INVALID, "errno", "seccomp errno \"" + errno
        + "\" must be empty or an errno name such as EPERM or ENOSYS", () -> Seccomp.retain("read").withErrno(errno));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "memory|memory limit must not be null",
      "cpu|cpu limit must not be null",
      "cpuShares|cpu shares must not be null",
      "oomScoreAdjust|oom score adjustment must not be null",
  })
  void aNullResourcesFieldIsRefused(String field, String message) {
    assertRefused(NULL, field, message, () -> withNull(Resources.NONE, field));
  }

  @Test
  void aMemoryLimitAboveTheLargestLongIsRefused() {
    assertRefused(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "memory",
        "memory limit 10E must be at most 9223372036854775807 bytes", () -> Resources.NONE.withMemory("10E"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-500m"})
  void aNegativeCpuLimitIsRefused(String limit) {
    assertRefused(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "cpu", "cpu limit " + limit + " must not be negative",
        () -> Resources.NONE.withCpu(limit));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 262145})
  void cpuSharesOutsideSystemdsRangeAreRefused(int shares) {
    assertRefused(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "cpuShares", "cpu shares " + shares
        + " must be between 2 and 262144", () -> Resources.NONE.withCpuShares(shares));
  }

  @ParameterizedTest
  @CsvSource({"-1, 0", "0, -1"})
  void aUidRangeWithANegativeShiftOrCountIsRefusedShowingBoth(int shift, int count) {
    assertRefused(DiagnosticCode.UID_RANGE_INVALID, "", "uid range (shift " + shift + ", count " + count
        + ") must have a non-negative shift and count", () -> new UidRange(shift, count));
  }

  @Test
  void aStage1WithoutAFlavorIsRefused() {
    assertRefused(NULL, "flavor", "stage1 flavor must not be null", () -> Stage1.of(null, 233));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CoreOS", "-kvm", "core os", "rkt"})
  void aStage1FlavorRktDoesNotShipIsRefusedListingThem(String flavor) {
    assertRefused(DiagnosticCode.STAGE1_FLAVOR_UNKNOWN, "flavor", "stage1 flavor \"" + flavor
        + "\" is not one rkt ships; use coreos, kvm, fly, src or host", () -> Stage1.Flavor.parse(flavor));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -233})
  void aStage1SystemdVersionBelowOneIsRefused(int version) {
    assertRefused(DiagnosticCode.STAGE1_VERSION_INVALID, "systemdVersion", "stage1 systemd version " + version
        + " must be a release number such as 233, or Stage1.UNKNOWN_VERSION for a development build",
        () -> Stage1.of(Stage1.Flavor.COREOS, version));
  }

  @Test
  void aNullElementOfAListIsRefusedAtItsPosition() {
    assertRefused(NULL, "apps[hello].exec[1]", "exec[1] must not be null",
        () -> Pods.hello().exec(java.util.Arrays.asList("/bin/x", null)).build());
    assertRefused(NULL, "apps[hello].mounts[0]", "mounts[0] must not be null",
        () -> Pods.hello().mount((Mount) null).build());
    assertRefused(NULL, "volumes", "volume must not be null", () -> Pod.builder(Pods.COREOS_233).volume(null).build());
    assertRefused(NULL, "retain[1]", "capability name must not be null", () -> Capabilities.retain("CAP_CHOWN", null));
  }

  @Test
  void aNullEnvironmentValueIsRefusedNamingTheVariable() {
    assertRefused(NULL, "apps[hello].environment[FOO]", "environment variable FOO must not be null",
        () -> Pods.hello().env("FOO", null).build());
  }

  @Test
  void aNullAnnotationNameIsRefused() {
    assertRefused(NULL, "apps[hello].annotations[\"\"]", "annotation name must not be null",
        () -> Pods.hello().annotation(null, "x").build());
  }

  @Test
  void aNullGivenToABuilderShortcutIsReportedAtThePart() {
    assertRefused(NULL, "apps[hello].ports[0].protocol", "port \"web\": protocol must not be null",
        () -> Pods.hello().port("web", (Protocol) null, 80, false).build());
    assertRefused(NULL, "apps[hello].mounts[0].path", "mount of volume \"data\": path must not be null",
        () -> Pods.hello().mount("data", null, false).build());
  }

  @Test
  void aFlavorWithAControlCharacterIsShownEscaped() {
    assertRefused(DiagnosticCode.STAGE1_FLAVOR_UNKNOWN, "flavor", "stage1 flavor \"core\\x0aos\" is not one rkt ships;"
        + " use coreos, kvm, fly, src or host", () -> Stage1.Flavor.parse("core\nos"));
  }

  @Test
  void namesParsedFromManifestsMayNotBeNull() {
    assertRefused(NULL, "", "protocol must not be null", () -> Protocol.parse(null));
    assertRefused(NULL, "", "event handler name must not be null", () -> EventHandler.Kind.parse(null));
    assertRefused(NULL, "architecture", "architecture must not be null", () -> Architecture.fromOsArch(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"armageddon", "arm64be", "arm\n"})
  void onlyArmNamesMapToArm(String osArch) {
    assertRefused(DiagnosticCode.ARCHITECTURE_UNKNOWN, "architecture", "architecture \"" + osArch.replace("\n", "\\x0a")
        + "\" is not one rkt's stage1 is built for (amd64, arm64, arm, 386, ppc64le, s390x)",
        () -> Architecture.fromOsArch(osArch));
  }
}
