package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podunits.pod.Refusals.assertDiagnostic;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.podunits.directive.Severity;

/** The diagnostics API: its values, its paths, and builders that report everything at once. */
class DiagnosticsTest {

  private static List<String> shown(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aDiagnosticShowsItsPathSeverityAndMessage() {
    Diagnostic diagnostic = new Diagnostic(Severity.WARNING, "port-not-forwarded", "apps[web].ports[0]", "no host port");
    assertEquals("apps[web].ports[0]: warning: no host port", diagnostic.toString());
  }

  @Test
  void aDiagnosticMessageIsOneLine() {
    Diagnostic diagnostic = new Diagnostic(Severity.ERROR, "x", "y", "a\nb\tc");
    assertEquals("a\\x0ab\\x09c", diagnostic.message());
  }

  @Test
  void codeIdsAreKebabCaseConstantNames() {
    assertEquals("exec-relative", DiagnosticCode.EXEC_RELATIVE.id());
    assertEquals("memory-not-whole-bytes", DiagnosticCode.MEMORY_NOT_WHOLE_BYTES.id());
    assertEquals("option-unknown-directive", DiagnosticCode.OPTION_UNKNOWN_DIRECTIVE.id());
    assertEquals("host-port-unknown", DiagnosticCode.HOST_PORT_UNKNOWN.id());
  }

  @Test
  void anExceptionListsEveryDiagnosticOnePerLine() {
    List<Diagnostic> diagnostics = List.of(
        Diagnostic.error(DiagnosticCode.EXEC_EMPTY, "apps[a].exec", "one"),
        Diagnostic.warning(DiagnosticCode.PORT_NOT_FORWARDED, "apps[a].ports[0]", "two"));
    InvalidPodException e = new InvalidPodException(diagnostics);
    assertEquals("apps[a].exec: error: one\napps[a].ports[0]: warning: two", e.getMessage());
    assertEquals(diagnostics, e.diagnostics());
  }

  @Test
  void keysThatAreNotPlainAreQuotedWithJavaEscapes() {
    assertEquals("apps[web].environment[\"A \\\"B\\\"\\n\"]", FieldPath.app("web") + "."
        + FieldPath.keyed("environment", "A \"B\"\n"));
    assertEquals("volumes[my-site.v2/x]", FieldPath.keyed("volumes", "my-site.v2/x"));
  }

  @Test
  void anAppBuilderListsEveryProblemWithoutThrowing() {
    App.Builder builder = App.builder("web").exec("bin/web", "a\0").workingDirectory("srv").user(-5)
        .memory("256m").retainCapabilities("CAP_NET_BIND").port("http", "sctp", 80, false);
    assertEquals(List.of(
        "apps[web].resources.memory: error: memory limit 256m means 0.256 bytes, not a whole number; did you mean"
            + " 256M or 256Mi?",
        "apps[web].capabilities.retain[0]: error: os/linux/capabilities-retain-set: capability \"CAP_NET_BIND\" is"
            + " not a Linux capability; did you mean CAP_NET_BIND_SERVICE?",
        "apps[web].ports[0].protocol: error: unrecognized protocol: sctp; use tcp or udp",
        "apps[web].image: error: the image name is missing; every app needs the name of its image, such as"
            + " example.com/app",
        "apps[web].exec[1]: error: exec[1] \"a\\x00\" must not contain a NUL character (found one at index 1)",
        "apps[web].exec[0]: error: exec[0] \"bin/web\" must be an absolute path; give the full path in the image, or"
            + " the binPath an inspector resolves it to",
        "apps[web].workingDirectory: error: workingDirectory \"srv\" must be an absolute path",
        "apps[web].user: error: uid -5 must not be negative"),
        shown(builder.problems()));
    assertEquals(builder.problems(), assertThrows(InvalidPodException.class, builder::build).diagnostics());
  }

  @Test
  void aBadAppNameIsReportedByTheBuilderNotThrown() {
    App.Builder builder = App.builder("Web").image("example.com/web").exec("/bin/web");
    assertEquals(List.of("apps[Web].name: error: app name \"Web\": ACName must contain only lower case alphanumeric"
        + " characters plus \"-\""), shown(builder.problems()));
  }

  @Test
  void aPodBuilderReportsTheProblemsOfItsAppBuilders() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .app(App.builder("web").image("example.com/web").exec("/bin/web"))
        .app(App.builder("web").image("example.com/web2").exec("web2"))
        .metadataUrl("");
    assertEquals(List.of(
        "apps[web].exec[0]: error: exec[0] \"web2\" must be an absolute path; give the full path in the image, or"
            + " the binPath an inspector resolves it to",
        "apps[web]: error: two apps are named \"web\"; give each app of a pod its own name",
        "metadataUrl: error: metadata URL \"\" must be a non-empty URL without spaces"),
        shown(pod.problems()));
  }

  @Test
  void aValidBuilderHasNoProblemsAndBuildsTheApp() {
    App.Builder builder = Pods.hello();
    assertEquals(List.of(), builder.problems());
    assertEquals("example.com/hello", builder.build().imageName());
  }

  @Test
  void toBuilderGivesBackTheSameApp() {
    App app = Pods.hello().binPath("/usr/bin/hello").env("A", "1").annotation("example.com/a", "x")
        .retainCapabilities("CAP_CHOWN").retainSyscalls("read", "write").syscallErrno("EPERM")
        .memory("64Mi").mount("data", "/data", true).mountPoint("cache", "/var/cache", false).preStart("/bin/x")
        .port("http", Protocol.TCP, 80, true).option("Service", "LimitNOFILE", "65536").build();
    assertEquals(app, app.toBuilder().build());
    assertEquals(7, app.toBuilder().user(7).build().uid());
  }

  @Test
  void podToBuilderGivesBackTheSamePod() {
    Pod pod = Pod.builder(Pods.COREOS_233).app(Pods.hello().port("http", Protocol.TCP, 80, true).build())
        .hostPort("http", 8080).emptyVolume("data").annotation("example.com/a", "b").logMode(LogMode.JOURNALD)
        .metadataUrl("http://metadata").build();
    assertEquals(pod, pod.toBuilder().build());
  }

  @Test
  void extraOptionsAreWrittenAfterRktsOptionsInOrder() {
    App app = Pods.hello().option("Service", "LimitNOFILE", "65536").option("Unit", "Documentation", "man:hello(1)")
        .option("Service", "Nice", "5").build();
    List<String> lines = Pods.unitFile(PodUnits.immutableEnv(Pods.pod(app)), "hello.service").options().stream()
        .map(option -> option.section() + "/" + option.line()).toList();
    assertEquals(List.of("Service/LimitNOFILE=65536", "Unit/Documentation=man:hello(1)", "Service/Nice=5"),
        lines.subList(lines.size() - 3, lines.size()));
  }

  @Test
  void anExtraOptionThatIsNoUnitLineIsReportedAtTheOption() {
    assertDiagnostic(DiagnosticCode.OPTION_INVALID, "apps[hello].options[0]",
        "unit option [Service] LimitNOFILE: value contains a newline (U+000A) at index 1, which would end the line",
        Pods.hello().option("Service", "LimitNOFILE", "1\n2").problems().get(0));
  }

  @Test
  void anUnknownDirectiveIsRefusedWithASuggestion() {
    Pod pod = Pods.pod(Pods.hello().option("Service", "LimitNOFLE", "65536").build());
    assertDiagnostic(DiagnosticCode.OPTION_UNKNOWN_DIRECTIVE, "apps[hello].options[0].name",
        "[Service] LimitNOFLE=65536: LimitNOFLE= is not a directive of [Service]; did you mean LimitNOFILE=?",
        PodUnits.check(pod).get(0));
    assertEquals(PodUnits.check(pod), assertThrows(InvalidPodException.class, () -> PodUnits.immutableEnv(pod))
        .diagnostics());
  }

  @Test
  void anOptionInASectionAServiceHasNotIsRefused() {
    Pod pod = Pods.pod(Pods.hello().option("Socket", "Backlog", "5").build());
    assertDiagnostic(DiagnosticCode.OPTION_WRONG_SECTION, "apps[hello].options[0].section",
        "[Socket] Backlog=: an app's service unit takes [Unit] and [Service] options (and your own X- sections);"
        + " put it in one of those", PodUnits.check(pod).get(0));
  }

  @Test
  void aServiceDirectiveUnderUnitIsAWrongSectionOnItsSection() {
    Pod pod = Pods.pod(Pods.hello().option("Unit", "MemoryMax", "1G").build());
    Diagnostic diagnostic = PodUnits.check(pod).get(0);
    assertEquals(List.of("option-wrong-section", "apps[hello].options[0].section"),
        List.of(diagnostic.code(), diagnostic.path()));
    assertTrue(diagnostic.message().startsWith("[Unit] MemoryMax=1G: MemoryMax= does not belong in [Unit]; move it"
        + " to [Service]"), diagnostic.message());
  }

  @Test
  void anOptionTheStage1sSystemdDoesNotHaveIsRefused() {
    Pod old = Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 210), Pods.hello().option("Service", "ProtectHome", "yes").build());
    assertEquals(List.of("option-unsupported-version apps[hello].options[0].name"),
        PodUnits.check(old).stream().map(d -> d.code() + " " + d.path()).toList());
  }

  @Test
  void aBadOptionValueIsRefusedAtTheValue() {
    Pod pod = Pods.pod(Pods.hello().option("Service", "LimitNOFILE", "many").build());
    assertEquals(List.of("option-bad-value apps[hello].options[0].value"),
        PodUnits.check(pod).stream().map(d -> d.code() + " " + d.path()).toList());
  }

  @Test
  void aDeprecatedOptionIsAWarningAndStillPlanned() {
    Pod pod = Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 252),
        Pods.hello().option("Service", "BlockIOWeight", "500").option("Service", "Nice", "1").build());
    assertEquals(List.of("option-deprecated apps[hello].options[0].name WARNING"), PodUnits.check(pod).stream()
        .map(d -> d.code() + " " + d.path() + " " + d.severity()).toList());
    assertEquals(List.of("500"), Pods.serviceValues(PodUnits.immutableEnv(pod), "hello", "BlockIOWeight"));
  }

  @Test
  void checkReportsRktsWarningsAndPlanningStillSucceeds() {
    Pod pod = Pods.pod(Pods.hello().port("http", Protocol.TCP, 80, true).mountPoint("cache", "/var/cache", false)
        .build());
    assertEquals(List.of(
        "apps[hello].ports[0]: warning: no host port for port \"http\"; the socket listens on the image port 80",
        "apps[hello].mountPoints[0]: warning: no volume for the mount point at /var/cache; it gets the empty volume"
            + " \"hello-cache\", removed with the pod"),
        shown(PodUnits.check(pod)));
    assertEquals(List.of(DiagnosticCode.PORT_NOT_FORWARDED.id(), DiagnosticCode.MOUNT_POINT_WITHOUT_VOLUME.id()),
        PodUnits.check(pod).stream().map(Diagnostic::code).toList());
    PodUnits.immutableEnv(pod);
  }

  @Test
  void checkOfAnAppToAddJudgesItInThePod() {
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 230)).mutable(true).build();
    App app = Pods.hello().stderr(IoMode.STREAM).build();
    assertEquals(List.of("apps[hello].stderr: error: stage1 systemd 230 does not support attachable I/O; leave stderr"
        + " as LOG or use a newer stage1"), shown(PodUnits.check(pod, app)));
    assertEquals(List.of(), PodUnits.check(pod));
  }

  @Test
  void aHostPortForwardNamingNoAppPortIsRefused() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233).app(Pods.hello().port("http", Protocol.TCP, 80, false))
        .hostPort("htp", 8080);
    assertEquals(List.of("hostPorts[0]: error: host port 8080 forwards the port \"htp\", which no app of the pod"
        + " declares; forward one of the ports [http], or declare it on its app"), shown(pod.problems()));
  }

  @Test
  void aMutablePodMayForwardPortsOfAppsAddedLater() {
    assertEquals(List.of(), Pod.builder(Pods.COREOS_233).mutable(true).hostPort("http", 8080).problems());
  }

  @Test
  void theGuidesExamplesSayWhatTheyDo() {
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252))
        .emptyVolume("logs")
        .hostPort("http", 8080)
        .app(App.builder("nginx")
            .image("example.com/nginx")
            .exec("/usr/sbin/nginx", "-g", "daemon off;")
            .workingDirectory("/srv/www")
            .stdio(IoMode.NULL, IoMode.STREAM, IoMode.STREAM)
            .mount("logs", "/var/log/nginx", false)
            .port("http", Protocol.TCP, 80, true)
            .memory("256Mi")
            .option("Service", "LimitNOFILE", "65536"))
        .build();
    assertEquals(List.of(), PodUnits.check(pod));
    Pod.Builder bad = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252))
        .app(App.builder("web").exec("bin/web").memory("256m").retainCapabilities("CAP_NET_BIND"))
        .hostPort("htp", 8080);
    assertEquals(List.of(
        "apps[web].resources.memory: error: memory limit 256m means 0.256 bytes, not a whole number; did you mean"
            + " 256M or 256Mi?",
        "apps[web].capabilities.retain[0]: error: os/linux/capabilities-retain-set: capability \"CAP_NET_BIND\" is"
            + " not a Linux capability; did you mean CAP_NET_BIND_SERVICE?",
        "apps[web].image: error: the image name is missing; every app needs the name of its image, such as"
            + " example.com/app",
        "apps[web].exec[0]: error: exec[0] \"bin/web\" must be an absolute path; give the full path in the image, or"
            + " the binPath an inspector resolves it to"),
        shown(bad.problems()));
  }

  @Test
  void aVolumeTheBuilderComposesIsReportedAtItsName() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233).volume("site", Volume.Kind.HOST, "srv", Optional.of(true));
    assertEquals(List.of("volumes[site].source: error: volume \"site\": source \"srv\" must be an absolute path"),
        shown(pod.problems()));
  }

  @Test
  void aVolumeKeepsItsOwnReadOnlyFlag() {
    Pod pod = Pod.builder(Pods.COREOS_233).volume("logs", Volume.Kind.EMPTY, "", Optional.of(false)).build();
    assertEquals(Optional.of(false), pod.volume("logs").orElseThrow().readOnly());
  }

  @Test
  void appBuilderSettersNeverThrowForNulls() {
    App.Builder app = App.builder(null).image(null).exec((String[]) null).binPath(null).workingDirectory(null)
        .supplementaryGids((int[]) null).env(null, null).stdio(null, null, null).annotation(null, null)
        .capabilities(null).retainCapabilities((String[]) null).retainCapabilities("CAP_CHOWN", null)
        .seccomp(null).retainSyscalls((String[]) null).syscallErrno(null).resources(null).memory(null).cpu(null)
        .mount(null).mount(null, null, false).mountPoint(null).mountPoint(null, null, false).eventHandler(null)
        .eventHandler(null, (String[]) null).preStart((String[]) null).postStop((String[]) null).port(null)
        .port(null, (Protocol) null, 0, false).port(null, (String) null, 0, false).option(null, null, null);
    assertEquals(true, app.problems().size() > 20, () -> String.join("\n", shown(app.problems())));
    assertThrows(InvalidPodException.class, app::build);
  }

  @Test
  void podBuilderSettersNeverThrowForNulls() {
    Pod.Builder pod = Pod.builder(null).app((App) null).app((App.Builder) null).insecureOptions(null)
        .annotation(null, null).hostPort(null, 0).metadataUrl(null).uidRange(null).volume(null).emptyVolume(null)
        .hostVolume(null, null).deviceVolume(null, null).volume(null, null, null, null).architecture(null)
        .logMode(null);
    assertEquals(true, pod.problems().size() > 10, () -> String.join("\n", shown(pod.problems())));
    assertThrows(InvalidPodException.class, pod::build);
  }
}
