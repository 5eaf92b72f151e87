package org.podunits.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How javac and Gradle find the processor, and what it promises them. */
class ProcessorRegistrationTest {

  @Test
  void processorIsRegisteredAsAServiceForJavac() throws IOException {
    assertEquals(PodSpecProcessor.class.getName(), resource("META-INF/services/" + Processor.class.getName()));
  }

  @Test
  void processorIsDeclaredIsolatingForGradle() throws IOException {
    assertEquals(PodSpecProcessor.class.getName() + ",isolating",
        resource("META-INF/gradle/incremental.annotation.processors"));
  }

  @Test
  void processorSupportsTheLatestSourceVersionAndEveryPodunitsAnnotation() {
    PodSpecProcessor processor = new PodSpecProcessor();
    assertEquals(SourceVersion.latestSupported(), processor.getSupportedSourceVersion());
    Set<String> types = processor.getSupportedAnnotationTypes();
    assertTrue(types.contains("org.podunits.annotations.PodSpec"));
    assertTrue(types.contains("org.podunits.annotations.Mount.List"));
    assertFalse(types.contains("*"), "the processor must not ask for every annotation");
  }

  @Test
  void processorNeverClaimsTheAnnotationsItReads() {
    List<String> seenByNext = new ArrayList<>();
    Processor next = new AbstractProcessor() {
      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return Set.of("org.podunits.annotations.PodSpec");
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        annotations.forEach(annotation -> seenByNext.add(annotation.getQualifiedName().toString()));
        return false;
      }
    };
    Compilation compilation = Compiler.javac().withProcessors(new PodSpecProcessor(), next)
        .compile(Specs.spec("WebPod", "@PodSpec", "interface WebPod {}"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of("org.podunits.annotations.PodSpec"), seenByNext);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PodSpecProcessor.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
