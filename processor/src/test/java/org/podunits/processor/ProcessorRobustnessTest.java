package org.podunits.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.processor.Specs.assertErrorAt;
import static org.podunits.processor.Specs.spec;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor never crashes javac: broken input is javac's to report, its own failures are errors. */
class ProcessorRobustnessTest {

  @Test
  void unexpectedExceptionIsAnErrorOnTheSpecWithItsStackTrace() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void web();",
        "}");
    Compilation compilation = Compiler.javac()
        .withProcessors(new PodSpecProcessor((model, element) -> {
          throw new IllegalStateException("renderer broke");
        }))
        .withOptions(Specs.OPTIONS)
        .compile(source);
    assertErrorAt(compilation, source, "[unexpected-exception] the podunits processor failed on com.example.WebPod;"
        + " please report this with the stack trace: java.lang.IllegalStateException: renderer broke", "@PodSpec",
        "@PodSpec");
    assertThat(compilation).hadErrorContaining("at org.podunits.processor.ProcessorRobustnessTest");
  }

  @Test
  void anAnnotationValueJavacCannotComputeIsLeftToJavac() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = NO_SUCH_CONSTANT, exec = \"/x\")",
        "  void web();",
        "}");
    Compilation compilation = Specs.compile(source);
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertEquals(1, Specs.errorCount(compilation), compilation.diagnostics().toString());
  }

  @Test
  void aValidSpecCompilesWithoutAnyWarningUnderWerror() {
    JavaFileObject source = spec("WebPod",
        "@PodSpec",
        "interface WebPod {",
        "  @App(image = \"example.com/x\", exec = \"/x\")",
        "  void web();",
        "}");
    Compilation compilation = Compiler.javac().withProcessors(new PodSpecProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror").compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.WebPodUnits");
  }
}
