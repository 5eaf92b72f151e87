package org.podunits.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated {@code <Spec>Units} of representative specs, byte for byte, against golden files
 * in {@code src/test/resources/golden/}. Specs are in {@code src/test/resources/specs/}. Each is
 * compiled with {@code -Xlint:all,-processing -Werror}, generated code included.
 *
 * <p>After a deliberate change to the generated code, regenerate the golden files with {@code mvn
 * -pl processor -am test -Dtest=GeneratedSourcesGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dpodunits.golden.update=true} and review the diff: it shows exactly what changed for users.
 */
class GeneratedSourcesGoldenTest {
  private static final Path SPECS = Path.of("src/test/resources/specs/com/example");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/com/example");

  @ParameterizedTest
  @ValueSource(strings = {"WebPod:WebPodUnits", "BatchPod:BatchPodUnits", "SidecarPod:SidecarPodUnits",
      "Pods:Pods_CronPodUnits"})
  void generatedSourceMatchesGoldenFile(String specAndUnits) throws IOException {
    String[] names = specAndUnits.split(":");
    JavaFileObject spec = JavaFileObjects.forSourceString("com.example." + names[0],
        Files.readString(SPECS.resolve(names[0] + ".java")));
    Compilation compilation = Compiler.javac().withProcessors(new PodSpecProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror").compile(spec);
    assertThat(compilation).succeededWithoutWarnings();
    String generated = Specs.text(compilation.generatedSourceFile("com.example." + names[1]).orElseThrow());
    Path golden = GOLDEN.resolve(names[1] + ".java");
    if (Boolean.getBoolean("podunits.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, generated, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated, "generated " + names[1]);
  }
}
