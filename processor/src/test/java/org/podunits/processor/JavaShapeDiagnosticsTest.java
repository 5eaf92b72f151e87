package org.podunits.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.processor.Specs.assertErrorAt;
import static org.podunits.processor.Specs.compile;
import static org.podunits.processor.Specs.spec;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The errors about a spec's Java shape, each on its element, annotation or attribute. */
class JavaShapeDiagnosticsTest {

  @Test
  void podSpecOnAClassIsAnErrorOnTheAnnotation() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "abstract class WebPod {}");
    Compilation compilation = compile(source);
    assertErrorAt(compilation, source, "[spec-not-interface] @PodSpec is on a class WebPod, but a pod spec"
        + " must be an interface: declare it as \"interface WebPod\" with one @App method per app",
        "@PodSpec", "@PodSpec");
  }

  @Test
  void podSpecOnAnEnumNamesTheKind() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "enum WebPod { A }");
    assertErrorAt(compile(source), source, "[spec-not-interface] @PodSpec is on an enum WebPod", "@PodSpec",
        "@PodSpec");
  }

  @Test
  void podNameThatIsNoAcNameIsAnErrorOnTheName() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec(name = \"Web_Pod\")",
        "interface WebPod {}");
    assertErrorAt(compile(source), source, "[spec-name-invalid] @PodSpec name \"Web_Pod\" must be lower-case"
        + " letters and digits in words joined by '-', such as web-pod; leave it empty to derive it from the"
        + " interface name", "@PodSpec", "\"Web_Pod\"");
  }

  @Test
  void appOutsideAPodSpecIsAnError() {
    JavaFileObject source = spec("Loose",
        "interface Loose {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void x();",
        "}");
    assertErrorAt(compile(source), source, "[app-outside-spec] @App on x has no effect: Loose is not annotated"
        + " @PodSpec; annotate the interface with @PodSpec or remove @App", "@App", "@App");
  }

  @Test
  void appDetailWithoutAppIsAnErrorOnTheDetail() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @Mount(volume = \"logs\", path = \"/var/log\")",
        "  @Mount(volume = \"data\", path = \"/data\")",
        "  default void helper() {}",
        "}");
    assertErrorAt(compile(source), source, "[detail-without-app] @Mount on helper has no effect without @App on"
        + " the same method; add @App(image = ..., exec = ...) or remove @Mount", "volume = \"logs\"", "@Mount");
  }

  @Test
  void appMethodWithParametersIsAnErrorOnTheParameter() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void web(int port);",
        "}");
    assertErrorAt(compile(source), source, "[app-parameters] app method web must not take parameters: an app is"
        + " declared by an abstract method without parameters, such as \"void web();\"", "void web", "port");
  }

  @Test
  void defaultAppMethodIsAnErrorOnApp() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  default void web() {}",
        "}");
    assertErrorAt(compile(source), source, "[app-not-abstract] app method web must be abstract: remove its body"
        + " and the default modifier", "@App", "@App");
  }

  @Test
  void staticAppMethodIsAnErrorNamingStatic() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  static void web() {}",
        "}");
    assertErrorAt(compile(source), source, "[app-not-abstract] app method web must be abstract: remove its body"
        + " and the static modifier", "@App", "@App");
  }

  @Test
  void genericAppMethodIsAnErrorOnTheTypeParameter() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  <T, U> void web();",
        "}");
    assertErrorAt(compile(source), source, "[app-generic] app method web must not declare type parameters;"
        + " remove <T, U>", "void web", "T,");
  }

  @Test
  void abstractMethodWithoutAppIsAnErrorOnTheMethod() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  void web();",
        "}");
    assertErrorAt(compile(source), source, "[method-without-app] abstract method web of pod spec WebPod is not an"
        + " app: annotate it with @App(image = ..., exec = ...), or give it a body with \"default\"", "void web",
        "web");
  }

  @Test
  void inheritedAbstractMethodWithoutAppIsAnErrorOnTheSpec() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod extends Runnable {",
        "}");
    assertErrorAt(compile(source), source, "[method-without-app] abstract method run of pod spec WebPod is not an"
        + " app", "interface WebPod", "interface");
  }

  @Test
  void methodNamesThatConvertToTheSameAppNameAreAnErrorOnTheSecond() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void logRotate();",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void log_rotate();",
        "}");
    assertErrorAt(compile(source), source, "[app-name-duplicate] app name \"log-rotate\" of method log_rotate is"
        + " already the name of method logRotate's app; give one of them another name with @App(name = ...)",
        "void log_rotate", "log_rotate");
  }

  @Test
  void explicitAppNameThatRepeatsADerivedOneIsAnErrorOnTheName() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void logRotate();",
        "  @App(name = \"log-rotate\", image = \"example.com/x\", exec = \"/x\")",
        "  void rotate();",
        "}");
    assertErrorAt(compile(source), source, "[app-name-duplicate] app name \"log-rotate\" of method rotate is"
        + " already the name of method logRotate's app", "\"log-rotate\"", "\"log-rotate\"");
  }

  @Test
  void volumeReadOnlyGivenTwiceIsAnErrorOnReadOnly() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "@Volume(name = \"data\", readOnly = {true, false})",
        "interface WebPod {}");
    assertErrorAt(compile(source), source, "[volume-read-only-twice] @Volume \"data\" sets readOnly 2 times; set"
        + " it once (readOnly = true or readOnly = false) or leave it out to let each mount decide", "@Volume",
        "{true");
  }

  @Test
  void capabilitiesNamingNothingIsAnError() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  @Capabilities",
        "  void web();",
        "}");
    assertErrorAt(compile(source), source, "[capabilities-empty] @Capabilities on web names no capability: list"
        + " the ones to keep in retain, or the ones to drop in remove", "@Capabilities", "@Capabilities");
  }

  @Test
  void seccompNamingNothingIsAnError() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  @Seccomp(errno = \"EPERM\")",
        "  void web();",
        "}");
    assertErrorAt(compile(source), source, "[seccomp-empty] @Seccomp on web names no syscall: list the calls to"
        + " allow in retain, or the calls to deny in remove", "@Seccomp", "@Seccomp");
  }

  @Test
  void aTypeInTheWayOfTheGeneratedClassIsAnErrorOnTheSpec() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {}");
    JavaFileObject clash = spec("WebPodUnits", "class WebPodUnits {}");
    assertErrorAt(compile(source, clash), source, "[generation-failed] cannot write com.example.WebPodUnits:",
        "@PodSpec", "@PodSpec");
  }

  @Test
  void everyErrorOfEverySpecIsReportedInOneCompile() {
    JavaFileObject first = spec("FirstPod",
        "@PodSpec",
        "interface FirstPod {",
        "  void a();",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void b(int x);",
        "}");
    JavaFileObject second = spec("SecondPod",
        "@PodSpec",
        "@Volume(name = \"data\", readOnly = {true, true})",
        "interface SecondPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  default void c() {}",
        "}");
    Compilation compilation = compile(first, second);
    assertThat(compilation).hadErrorContaining("[method-without-app]").inFile(first);
    assertThat(compilation).hadErrorContaining("[app-parameters]").inFile(first);
    assertThat(compilation).hadErrorContaining("[volume-read-only-twice]").inFile(second);
    assertThat(compilation).hadErrorContaining("[app-not-abstract]").inFile(second);
    assertEquals(4, Specs.errorCount(compilation));
  }
}
