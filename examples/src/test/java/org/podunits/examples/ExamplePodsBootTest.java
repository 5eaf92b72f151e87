package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.boot.PodBoots;
import org.podunits.pod.Pod;

/**
 * Every example pod boots under a real systemd and does what its units say, seen from inside each
 * app (the runtime's boot harness, {@code org.podunits.boot}): nginx's streamed stdout and stderr
 * each reach their own socket and its port 80 arrives socket-activated on 8080, the batch job's
 * hooks run around it in order, and the locked-down api, running as 65534, binds its port with
 * the one capability it retains.
 */
@Tag("boot")
class ExamplePodsBootTest {

  @BeforeAll
  static void machineCanBootPods() {
    PodBoots.unavailable().ifPresent(reason -> Assumptions.abort("cannot boot pods on this machine: " + reason));
  }

  @TestFactory
  Stream<DynamicTest> everyExamplePodBootsAndDoesWhatItsUnitsSay(@TempDir Path work) throws Exception {
    Map<String, Future<List<String>>> boots = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(ExamplePods.all().size());
    try {
      for (Map.Entry<String, Pod> example : ExamplePods.all().entrySet()) {
        Path dir = Files.createDirectories(work.resolve(example.getKey()));
        boots.put(example.getKey(), pool.submit(() -> PodBoots.bootImmutable(example.getValue(), dir)));
      }
    } finally {
      pool.shutdown();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Future<List<String>>> boot : boots.entrySet()) {
      tests.add(DynamicTest.dynamicTest(boot.getKey(), () -> assertEquals(List.of(), boot.getValue().get(),
          "example pod " + boot.getKey())));
    }
    tests.add(DynamicTest.dynamicTest("nothing is left running or mounted", () -> {
      for (Future<List<String>> boot : boots.values()) {
        boot.get();
      }
      assertEquals(List.of(), PodBoots.leftovers(work));
    }));
    return tests.stream();
  }
}
