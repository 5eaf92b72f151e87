package org.podunits.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.processor.Specs.assertErrorAt;
import static org.podunits.processor.Specs.compile;
import static org.podunits.processor.Specs.spec;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One compile reports every error of a spec, however its errors mix: a mistake in the Java shape
 * or in one value never hides the problems the runtime finds in the others, planning problems
 * included (extra options, seccomp names, what the declared systemd cannot do). Each test checks
 * every error of its compile, its message and where it points.
 */
class AllErrorsInOneCompileTest {

  private static void assertErrorCount(int expected, Compilation compilation) {
    assertEquals(expected, Specs.errorCount(compilation), () -> compilation.diagnostics().toString());
  }

  @Test
  void aDuplicateAppNameHidesNeitherAnotherAppsOptionNorASeccompName() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  void web();",
        "  @App(name = \"web\", image = \"example.com/web\", exec = \"/bin/web\")",
        "  void other();",
        "  @App(image = \"example.com/db\", exec = \"/bin/db\")",
        "  @Option(section = \"Service\", name = \"LimitNOFILES\", value = \"1\")",
        "  void db();",
        "  @App(image = \"example.com/cache\", exec = \"/bin/cache\")",
        "  @Seccomp(retain = {\"read\", \"wirte\"})",
        "  void cache();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[app-name-duplicate] app name \"web\" of method other is already the name of"
        + " method web's app", "name = \"web\"", "\"web\"");
    assertErrorAt(compilation, source, "[option-unknown-directive] [Service] LimitNOFILES=1: LimitNOFILES= is not a"
        + " directive of [Service]; did you mean LimitNOFILE=?", "@Option", "\"LimitNOFILES\"");
    assertErrorAt(compilation, source, "[seccomp-name-unknown] seccomp name \"wirte\"", "@Seccomp", "\"wirte\"");
    assertThat(compilation).hadErrorContaining("did you mean write?");
    assertErrorCount(3, compilation);
  }

  @Test
  void theValuesOfAnAppWithARepeatedNameAreCheckedAndPlacedOnItsOwnAnnotations() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  @Option(section = \"Service\", name = \"LimitNOFILE\", value = \"lots\")",
        "  void web();",
        "  @App(name = \"web\", image = \"example.com/web\", exec = \"/bin/web\", workingDirectory = \"srv\")",
        "  @Option(section = \"Install\", name = \"WantedBy\", value = \"a.target\")",
        "  void other();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[option-bad-value] [Service] LimitNOFILE=lots: \"lots\" is not a count",
        "\"lots\"", "\"lots\"");
    assertErrorAt(compilation, source, "[app-name-duplicate] app name \"web\" of method other", "name = \"web\"",
        "\"web\"");
    assertErrorAt(compilation, source, "[path-relative] workingDirectory \"srv\" must be an absolute path",
        "\"srv\"", "\"srv\"");
    assertErrorAt(compilation, source, "[option-wrong-section] [Install] WantedBy=", "\"Install\"", "\"Install\"");
    assertErrorCount(4, compilation);
  }

  @Test
  void aBadVolumeNameHidesNoOptionProblemOfAnotherApp() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "@Volume(name = \"Data\")",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  @Mount(volume = \"Data\", path = \"/data\")",
        "  void web();",
        "  @App(image = \"example.com/db\", exec = \"/bin/db\")",
        "  @Option(section = \"Install\", name = \"WantedBy\", value = \"a.target\")",
        "  void db();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[name-invalid] volume name \"Data\": ACName must contain only lower case",
        "@Volume", "\"Data\"");
    assertErrorAt(compilation, source, "[name-invalid] mount volume \"Data\": ACName must contain only lower case",
        "@Mount", "\"Data\"");
    assertErrorAt(compilation, source, "[option-wrong-section] [Install] WantedBy=: an app's service unit takes"
        + " [Unit] and [Service] options", "@Option", "\"Install\"");
    assertErrorCount(3, compilation);
  }

  @Test
  void aBrokenAppHidesNoPlanProblemOfAnotherApp() {
    JavaFileObject source = spec("P",
        "@PodSpec(stage1 = @Stage1(systemdVersion = 229))",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/$web\")",
        "  void web();",
        "  @App(image = \"example.com/db\", exec = \"/bin/db\")",
        "  @Stdio(stdout = Stdio.Mode.STREAM)",
        "  @PostStop(\"cleanup\")",
        "  void db();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[executable-invalid] exec[0] \"/bin/$web\" must not contain '$'",
        "\"/bin/$web\"", "\"/bin/$web\"");
    assertErrorAt(compilation, source, "[attachable-io-unsupported] stage1 systemd 229 does not support attachable"
        + " I/O; leave stdout as LOG or use a newer stage1", "@Stdio", ".STREAM");
    assertErrorAt(compilation, source, "[handler-program-relative] post-stop handler \"cleanup\" must be an absolute"
        + " path: stage1 systemd 229 runs plain program names only from 239", "@PostStop", "\"cleanup\"");
    assertErrorCount(3, compilation);
  }

  @Test
  void anAppsBrokenValuesHideNoneOfItsPlanProblems() {
    JavaFileObject source = spec("P",
        "@PodSpec(stage1 = @Stage1(systemdVersion = 229))",
        "interface P {",
        "  @App(name = \"Web\", image = \"example.com/web\", exec = \"/bin/web\")",
        "  void web();",
        "  @App(image = \"Example\", exec = {\"/bin/$db\", \"--serve\"})",
        "  @Resources(memory = \"lots\")",
        "  @Stdio(stderr = Stdio.Mode.STREAM)",
        "  @Seccomp(retain = \"ptrce\")",
        "  @Option(section = \"Service\", name = \"LimitNOFILES\", value = \"1\")",
        "  void db();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[name-invalid] app name \"Web\": ACName must contain only lower case", "\"Web\"",
        "\"Web\"");
    assertErrorAt(compilation, source, "[identifier-invalid] image name \"Example\"", "\"Example\"", "\"Example\"");
    assertErrorAt(compilation, source, "[executable-invalid] exec[0] \"/bin/$db\" must not contain '$'", "\"/bin/$db\"",
        "\"/bin/$db\"");
    assertErrorAt(compilation, source, "[quantity-malformed] ", "@Resources", "\"lots\"");
    assertErrorAt(compilation, source, "[attachable-io-unsupported] stage1 systemd 229 does not support attachable"
        + " I/O; leave stderr as LOG or use a newer stage1", "@Stdio", ".STREAM");
    assertErrorAt(compilation, source, "[seccomp-name-unknown] seccomp name \"ptrce\"", "@Seccomp", "\"ptrce\"");
    assertErrorAt(compilation, source, "[option-unknown-directive] [Service] LimitNOFILES=1", "@Option",
        "\"LimitNOFILES\"");
    assertErrorCount(7, compilation);
  }

  @Test
  void aMutableSpecChecksAddingEachAppDespiteAnotherAppsError() {
    JavaFileObject source = spec("P",
        "@PodSpec(mutable = true, stage1 = @Stage1(systemdVersion = 229))",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = {})",
        "  void web();",
        "  @App(image = \"example.com/db\", exec = \"/bin/db\")",
        "  @Stdio(stdout = Stdio.Mode.STREAM)",
        "  void db();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[exec-empty] the app has no executable", "\"example.com/web\"", "{}");
    assertErrorAt(compilation, source, "[attachable-io-unsupported] stage1 systemd 229 does not support attachable"
        + " I/O; leave stdout as LOG or use a newer stage1", "@Stdio", ".STREAM");
    assertErrorCount(2, compilation);
  }

  @Test
  void anAppMethodOfTheWrongShapeStillHasItsValuesChecked() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  @Capabilities",
        "  @Seccomp(remove = \"@docker/default-blacklst\")",
        "  @Option(section = \"Service\", name = \"LimitNOFILES\", value = \"1\")",
        "  void web(int port);",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[app-parameters] app method web must not take parameters", "void web",
        "port");
    assertErrorAt(compilation, source, "[capabilities-empty] @Capabilities on web names no capability",
        "@Capabilities", "@Capabilities");
    assertErrorAt(compilation, source, "[seccomp-name-unknown] seccomp name \"@docker/default-blacklst\"",
        "@Seccomp", "\"@docker/default-blacklst\"");
    assertErrorAt(compilation, source, "[option-unknown-directive] [Service] LimitNOFILES=1", "@Option",
        "\"LimitNOFILES\"");
    assertErrorCount(4, compilation);
  }

  @Test
  void aVolumeWithReadOnlyTwiceStillServesItsMounts() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "@Volume(name = \"data\", readOnly = {true, false})",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  @Mount(volume = \"data\", path = \"data\")",
        "  void web();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[volume-read-only-twice] @Volume \"data\" sets readOnly 2 times", "@Volume",
        "{true");
    assertErrorAt(compilation, source, "[path-relative] mount of volume \"data\": path \"data\" must be an absolute"
        + " path", "@Mount", "\"data\")");
    assertErrorCount(2, compilation);
  }

  @Test
  void anUnknownFlavorHidesNoProblemOfTheApps() {
    JavaFileObject source = spec("P",
        "@PodSpec(stage1 = @Stage1(flavor = \"coreso\"))",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\", workingDirectory = \"srv\")",
        "  void web();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[stage1-flavor-unknown] stage1 flavor \"coreso\" is not one rkt ships",
        "@PodSpec", "\"coreso\"");
    assertErrorAt(compilation, source, "[path-relative] workingDirectory \"srv\" must be an absolute path", "@App",
        "\"srv\"");
    assertErrorCount(2, compilation);
  }

  @Test
  void aSpecThatIsNotAnInterfaceStillHasItsAppsChecked() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "abstract class P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  @Option(section = \"Service\", name = \"LimitNOFILES\", value = \"1\")",
        "  abstract void web();",
        "}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[spec-not-interface] @PodSpec is on a class P", "@PodSpec", "@PodSpec");
    assertErrorAt(compilation, source, "[option-unknown-directive] [Service] LimitNOFILES=1", "@Option",
        "\"LimitNOFILES\"");
    assertErrorCount(2, compilation);
  }

  @Test
  void anAppJavacCannotReadHidesNoProblemOfTheOthersAndNothingIsGenerated() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "interface P {",
        "  @App(image = NO_SUCH_CONSTANT, exec = \"/bin/web\")",
        "  void web();",
        "  @App(image = \"example.com/db\", exec = \"/bin/$db\")",
        "  void db();",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertErrorAt(compilation, source, "[executable-invalid] exec[0] \"/bin/$db\" must not contain '$'",
        "\"/bin/$db\"", "\"/bin/$db\"");
    assertErrorCount(2, compilation);
  }

  @Test
  void aVolumeJavacCannotReadStillServesItsMounts() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "@Volume(name = \"data\", source = NO_SUCH_SOURCE)",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/web\")",
        "  @Mount(volume = \"data\", path = \"data\")",
        "  void web();",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("NO_SUCH_SOURCE");
    assertErrorAt(compilation, source, "[path-relative] mount of volume \"data\": path \"data\" must be an absolute"
        + " path", "@Mount", "\"data\")");
    assertErrorCount(2, compilation);
  }

  @Test
  void aPodAnnotationJavacCannotReadHidesNoProblemOfTheApps() {
    JavaFileObject source = spec("P",
        "@PodSpec(annotations = @Annotation(name = \"example.com/a\", value = NO_SUCH_VALUE))",
        "interface P {",
        "  @App(image = \"example.com/web\", exec = \"/bin/$web\")",
        "  void web();",
        "}");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("NO_SUCH_VALUE");
    assertErrorAt(compilation, source, "[executable-invalid] exec[0] \"/bin/$web\" must not contain '$'",
        "\"/bin/$web\"", "\"/bin/$web\"");
    assertErrorCount(2, compilation);
  }

  @Test
  void anAppJavacCannotReadStopsGenerationOfAnOtherwiseValidSpec() {
    JavaFileObject source = spec("P",
        "@PodSpec",
        "interface P {",
        "  @App(image = NO_SUCH_CONSTANT, exec = \"/bin/web\")",
        "  void web();",
        "  @App(image = \"example.com/db\", exec = \"/bin/db\")",
        "  void db();",
        "}");
    List<String> rendered = new ArrayList<>();
    Compilation compilation = Compiler.javac()
        .withProcessors(new PodSpecProcessor((model, element) -> {
          rendered.add(model.specName());
          return UnitsRenderer.render(model, element);
        }))
        .withOptions(Specs.OPTIONS)
        .compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertErrorCount(1, compilation);
    assertEquals(List.of(), rendered);
  }

  @Test
  void aSpecThatFailsUnexpectedlyDoesNotStopTheOthers() {
    JavaFileObject failing = spec("FailingPod",
        "@PodSpec",
        "interface FailingPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void web();",
        "}");
    JavaFileObject broken = spec("BrokenPod",
        "@PodSpec",
        "interface BrokenPod {",
        "  @App(image = \"example.com/x\", exec = \"/x$y\")",
        "  void web();",
        "}");
    JavaFileObject valid = spec("ValidPod",
        "@PodSpec",
        "interface ValidPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void web();",
        "}");
    List<String> rendered = new ArrayList<>();
    Compilation compilation = Compiler.javac()
        .withProcessors(new PodSpecProcessor((model, element) -> {
          if (model.specName().equals("FailingPod")) {
            throw new IllegalStateException("renderer broke");
          }
          rendered.add(model.specName());
          return UnitsRenderer.render(model, element);
        }))
        .withOptions(Specs.OPTIONS)
        .compile(failing, broken, valid);
    assertErrorAt(compilation, failing, "[unexpected-exception] the podunits processor failed on"
        + " com.example.FailingPod; please report this with the stack trace: java.lang.IllegalStateException:"
        + " renderer broke", "@PodSpec", "@PodSpec");
    assertErrorAt(compilation, broken, "[executable-invalid] exec[0] \"/x$y\" must not contain '$'", "\"/x$y\"",
        "\"/x$y\"");
    assertEquals(List.of("ValidPod"), rendered);
    assertErrorCount(2, compilation);
  }
}
