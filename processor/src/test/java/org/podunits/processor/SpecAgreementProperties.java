package org.podunits.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.podunits.directive.Severity;
import org.podunits.pod.App;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;

/**
 * Compile time and run time agree: random specs, valid and not, are written as source text and
 * compiled with the processor, and the same pods are composed directly with the runtime API. The
 * processor accepts exactly the specs whose pod builds and plans without error, and its errors are
 * exactly the runtime's, each with the runtime's code as tag, on the line of the attribute it is
 * about: those of the pod's builder and those of planning its valid parts ({@link
 * PodUnits#check(Pod.Builder)}), so that one compile shows every error a spec has.
 */
class SpecAgreementProperties {

  @Property(tries = 30, seed = "20261130")
  @StatisticsReport(format = Histogram.class)
  void processorAcceptsExactlyWhatTheRuntimeAcceptsAndPlacesEachError(@ForAll("specs") SpecCase spec) {
    assertSameErrorsAtTheSameLines(spec);
    Statistics.label("runtime verdict").collect(spec.runtimeProblems().stream()
        .anyMatch(org.podunits.pod.Diagnostic::isError) ? "refused" : "plans");
    Statistics.label("runtime verdict").coverage(coverage -> {
      coverage.check("plans").count(count -> count > 0);
      coverage.check("refused").count(count -> count > 0);
    });
  }

  /**
   * A spec with an app its builder refuses and an app whose problems only planning finds: the
   * processor reports both kinds in the one compile, as the runtime lists them.
   */
  @Property(tries = 15, seed = "20261130")
  @StatisticsReport(format = Histogram.class)
  void aRefusedAppHidesNoPlanningErrorOfAnother(@ForAll("mixedSpecs") SpecCase spec) {
    assertSameErrorsAtTheSameLines(spec);
    long builderErrors = spec.runtimePod().problems().stream().filter(org.podunits.pod.Diagnostic::isError).count();
    long errors = spec.runtimeProblems().stream().filter(org.podunits.pod.Diagnostic::isError).count();
    Statistics.label("errors found").collect(builderErrors < errors ? "by the builder and by planning"
        : "by the builder only");
    Statistics.label("errors found").coverage(coverage ->
        coverage.check("by the builder and by planning").percentage(percentage -> percentage > 50));
  }

  private static void assertSameErrorsAtTheSameLines(SpecCase spec) {
    Source source = spec.source();
    Compilation compilation = Specs.compile(JavaFileObjects.forSourceString("com.example.RandomPod", source.text()));
    List<org.podunits.pod.Diagnostic> runtimeErrors = spec.runtimeProblems().stream()
        .filter(problem -> problem.severity() == Severity.ERROR).toList();
    Set<String> compileErrors = compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> tag(diagnostic) + "@" + diagnostic.getLineNumber())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(runtimeErrors.isEmpty(), compilation.status() == Compilation.Status.SUCCESS,
        () -> "runtime errors " + runtimeErrors + ", compile errors " + compileErrors + "\n" + source.text());
    Set<String> expected = runtimeErrors.stream()
        .map(error -> error.code() + "@" + source.lineOf(error.path()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, compileErrors, () -> "runtime errors " + runtimeErrors + "\n" + source.text());
  }

  private static String tag(Diagnostic<?> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    return message.startsWith("[") ? message.substring(1, message.indexOf(']')) : message;
  }

  @Provide
  Arbitrary<SpecCase> specs() {
    Arbitrary<Integer> version = Arbitraries.of(229, 233, 239, 252);
    Arbitrary<Boolean> dataVolume = Arbitraries.of(true, false);
    Arbitrary<List<AppCase>> apps = Combinators.combine(app(0), app(1), Arbitraries.integers().between(1, 2))
        .as((first, second, count) -> count == 1 ? List.of(first) : List.of(first, second));
    return Combinators.combine(version, dataVolume, apps).as(SpecCase::new);
  }

  @Provide
  Arbitrary<SpecCase> mixedSpecs() {
    AppCase valid = new AppCase("web", "example.com/app", List.of("/bin/app"), "/", "", List.of(), List.of(),
        OptionCase.NONE, List.of(), "LOG");
    Arbitrary<AppCase> refused = Arbitraries.of(
        new AppCase("Web", valid.image(), valid.exec(), "/", "", List.of(), List.of(), OptionCase.NONE, List.of(), "LOG"),
        new AppCase("web", "Not An Image", valid.exec(), "/", "", List.of(), List.of(), OptionCase.NONE, List.of(), "LOG"),
        new AppCase("web", valid.image(), List.of("/bin/$app"), "srv", "", List.of(), List.of(), OptionCase.NONE,
            List.of(), "LOG"),
        new AppCase("web", valid.image(), valid.exec(), "/", "lots", List.of(new MountCase("data", "data")),
            List.of(), OptionCase.NONE, List.of("CAP_NET_BIND"), "TTY"));
    Arbitrary<OptionCase> plannedOption = Arbitraries.of(OptionCase.NONE,
        new OptionCase("Service", "LimitNOFILES", "65536"), new OptionCase("Install", "LimitNOFILE", "65536"),
        new OptionCase("Service", "LimitNOFILE", "lots"), new OptionCase("Service", "ProtectProc", "invisible"));
    Arbitrary<List<MountCase>> plannedMounts = Arbitraries.of(List.of(), List.of(new MountCase("missing", "/m")));
    Arbitrary<String> plannedStdout = Arbitraries.of("LOG", "STREAM");
    Arbitrary<AppCase> planned = Combinators.combine(plannedOption, plannedMounts, plannedStdout)
        .as((option, mounts, stdout) -> new AppCase("db", valid.image(), valid.exec(), "/", "", mounts, List.of(),
            option, List.of(), stdout));
    return Combinators.combine(Arbitraries.of(229, 233, 252), refused, planned)
        .as((version, first, second) -> new SpecCase(version, true, List.of(first, second)));
  }

  private static Arbitrary<AppCase> app(int index) {
    Arbitrary<String> name = mostlyFirst(index == 0 ? "web" : "db", index == 0 ? "Web" : "d_b");
    Arbitrary<String> image = mostlyFirst("example.com/app", "example.com/app", "Not An Image");
    Arbitrary<List<String>> exec = mostlyFirst(List.of("/bin/app", "--serve"), List.of("/bin/app"),
        List.of(), List.of("/bin/$app"), List.of("/bin/app", "two\nlines"));
    Arbitrary<String> workingDirectory = mostlyFirst("/", "/srv", "srv");
    Arbitrary<String> memory = mostlyFirst("", "256Mi", "lots", "1");
    Arbitrary<List<MountCase>> mounts = mostlyFirst(List.of(), List.of(new MountCase("data", "/data")),
        List.of(new MountCase("missing", "/data")), List.of(new MountCase("data", "data")));
    Arbitrary<List<PortCase>> ports = mostlyFirst(List.of(), List.of(new PortCase("http" + index, 8080, false)),
        List.of(new PortCase("http" + index, 70000, false)), List.of(new PortCase("HTTP", 80, true)),
        List.of(new PortCase("p" + index, 80, false), new PortCase("p" + index, 81, false)));
    Arbitrary<OptionCase> option = mostlyFirst(OptionCase.NONE,
        new OptionCase("Service", "LimitNOFILE", "65536"), new OptionCase("Service", "LimitNOFILES", "65536"),
        new OptionCase("Install", "LimitNOFILE", "65536"), new OptionCase("Service", "LimitNOFILE", "lots"),
        new OptionCase("Service", "ProtectProc", "invisible"), new OptionCase("Service", "ExecStart", "/bin/x"));
    Arbitrary<List<String>> capabilities = mostlyFirst(List.of(), List.of("CAP_NET_BIND_SERVICE"),
        List.of("CAP_NET_BIND"));
    Arbitrary<String> stdout = mostlyFirst("LOG", "STREAM", "TTY");
    return Combinators.combine(name, image, exec, workingDirectory, memory, mounts, ports, option)
        .flatAs((n, i, e, w, m, mo, p, o) -> Combinators.combine(capabilities, stdout)
            .as((c, s) -> new AppCase(n, i, e, w, m, mo, p, o, c, s)));
  }

  /** One of {@code values}, the first (a valid one) most of the time: random specs are mostly near-valid. */
  @SafeVarargs
  private static <T> Arbitrary<T> mostlyFirst(T first, T... others) {
    List<Tuple.Tuple2<Integer, T>> choices = new ArrayList<>();
    choices.add(Tuple.of(12 * others.length, first));
    for (T other : others) {
      choices.add(Tuple.of(1, other));
    }
    return Arbitraries.frequency(choices);
  }

  record MountCase(String volume, String path) {}

  record PortCase(String name, int port, boolean socketActivated) {}

  record OptionCase(String section, String name, String value) {
    static final OptionCase NONE = new OptionCase("", "", "");
  }

  record AppCase(String name, String image, List<String> exec, String workingDirectory, String memory,
      List<MountCase> mounts, List<PortCase> ports, OptionCase option, List<String> capabilities, String stdout) {}

  /**
   * A spec as plain values: {@link #source()} writes it as annotations, {@link #runtimeProblems()}
   * composes the same pod with the runtime API.
   */
  record SpecCase(int systemdVersion, boolean dataVolume, List<AppCase> apps) {

    Source source() {
      List<String> lines = new ArrayList<>();
      Map<String, Integer> lineOfPath = new LinkedHashMap<>();
      lines.add("package com.example;");
      lines.add("import org.podunits.annotations.*;");
      lines.add("@PodSpec(stage1 = @Stage1(systemdVersion = " + systemdVersion + "))");
      lineOfPath.put("stage1", lines.size());
      if (dataVolume) {
        lines.add("@Volume(name = \"data\")");
        lineOfPath.put("volumes[data]", lines.size());
      }
      lines.add("interface RandomPod {");
      for (int a = 0; a < apps.size(); a++) {
        AppCase app = apps.get(a);
        String path = SpecLocations.segment("apps", app.name());
        lines.add("  @App(name = " + literal(app.name()) + ", image = " + literal(app.image()) + ", exec = {"
            + app.exec().stream().map(SpecAgreementProperties::literal).collect(Collectors.joining(", "))
            + "}, workingDirectory = " + literal(app.workingDirectory()) + ")");
        lineOfPath.put(path, lines.size());
        if (!app.memory().isEmpty()) {
          lines.add("  @Resources(memory = " + literal(app.memory()) + ")");
          lineOfPath.put(path + ".resources", lines.size());
        }
        for (int i = 0; i < app.mounts().size(); i++) {
          MountCase mount = app.mounts().get(i);
          lines.add("  @Mount(volume = " + literal(mount.volume()) + ", path = " + literal(mount.path()) + ")");
          lineOfPath.put(path + ".mounts[" + i + "]", lines.size());
        }
        for (int i = 0; i < app.ports().size(); i++) {
          PortCase port = app.ports().get(i);
          lines.add("  @Port(name = " + literal(port.name()) + ", port = " + port.port() + ", socketActivated = "
              + port.socketActivated() + ")");
          lineOfPath.put(path + ".ports[" + i + "]", lines.size());
        }
        if (app.option() != OptionCase.NONE) {
          lines.add("  @Option(section = " + literal(app.option().section()) + ", name = "
              + literal(app.option().name()) + ", value = " + literal(app.option().value()) + ")");
          lineOfPath.put(path + ".options[0]", lines.size());
        }
        if (!app.capabilities().isEmpty()) {
          lines.add("  @Capabilities(retain = {" + app.capabilities().stream().map(SpecAgreementProperties::literal)
              .collect(Collectors.joining(", ")) + "})");
          lineOfPath.put(path + ".capabilities", lines.size());
        }
        if (!app.stdout().equals("LOG")) {
          lines.add("  @Stdio(stdout = Stdio.Mode." + app.stdout() + ")");
          lineOfPath.put(path + ".stdout", lines.size());
        }
        lines.add("  void app" + a + "();");
      }
      lines.add("}");
      return new Source(String.join("\n", lines) + "\n", lineOfPath);
    }

    List<org.podunits.pod.Diagnostic> runtimeProblems() {
      return PodUnits.check(runtimePod());
    }

    /** The spec's pod, composed with the runtime's builders as a user would. */
    Pod.Builder runtimePod() {
      Pod.Builder pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, systemdVersion));
      if (dataVolume) {
        pod.emptyVolume("data");
      }
      for (AppCase app : apps) {
        App.Builder builder = App.builder(app.name()).image(app.image()).exec(app.exec());
        if (!app.workingDirectory().equals("/")) {
          builder.workingDirectory(app.workingDirectory());
        }
        builder.stdout(IoMode.valueOf(app.stdout()));
        if (!app.capabilities().isEmpty()) {
          builder.retainCapabilities(app.capabilities().toArray(new String[0]));
        }
        if (!app.memory().isEmpty()) {
          builder.memory(app.memory());
        }
        app.mounts().forEach(mount -> builder.mount(mount.volume(), mount.path(), false));
        app.ports().forEach(port -> builder.port(port.name(), Protocol.TCP, port.port(), port.socketActivated()));
        if (app.option() != OptionCase.NONE) {
          builder.option(app.option().section(), app.option().name(), app.option().value());
        }
        pod.app(builder);
      }
      return pod;
    }
  }

  /** A spec's source text, and the line each field path's attribute is written on. */
  record Source(String text, Map<String, Integer> lineOfPath) {

    int lineOf(String path) {
      String best = "";
      for (String known : lineOfPath.keySet()) {
        if ((path.equals(known) || path.startsWith(known + ".") || path.startsWith(known + "["))
            && known.length() > best.length()) {
          best = known;
        }
      }
      return best.isEmpty() ? -1 : lineOfPath.get(best);
    }
  }

  private static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
