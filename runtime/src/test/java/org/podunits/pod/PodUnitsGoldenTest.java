package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complete plan (every path, kind, mode and byte, in write order) of every golden pod ({@link
 * GoldenPods}), against golden files under {@code src/test/resources/golden/pod/<case>/plan.txt}.
 *
 * <p>After a deliberate change, regenerate with {@code mvn -pl runtime test
 * -Dtest=PodUnitsGoldenTest -Dgolden.update=true} and review the diff. The spec's exact texts are
 * asserted separately in {@link SpecExamplesTest}, so a regeneration cannot hide a regression
 * there.
 */
class PodUnitsGoldenTest {

  static Set<String> names() {
    return GoldenPods.all().keySet();
  }

  @ParameterizedTest
  @MethodSource("names")
  void planEqualsItsGoldenFile(String name) {
    Golden.assertPlan(name, GoldenPods.all().get(name).plan());
  }

  @Test
  void everyGoldenFileBelongsToAGoldenPod() throws IOException {
    try (Stream<Path> listing = Files.list(Path.of("src", "test", "resources", "golden", "pod"))) {
      List<String> directories = listing.map(dir -> dir.getFileName().toString()).sorted().toList();
      assertEquals(names().stream().sorted().toList(), directories);
    }
  }
}
