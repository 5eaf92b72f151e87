package org.podunits.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.podunits.pod.GoldenPods;

/**
 * Every golden pod boots under a real systemd (this machine's, as the pod's PID 1) and does what
 * its units say, seen from inside each app: see {@link PodBoot} and {@link BootExpectations}.
 * Pods boot in parallel; each is one test.
 */
@Tag("boot")
class GoldenPodsBootTest {

  /** Golden pods that need what no test stage1 has, and why. */
  private static final Map<String, String> NOT_BOOTABLE = Map.of("volumes",
      "its host volumes are device nodes of another machine (/dev/sdb, /dev/tty0), which rkt's stage1 binds into"
          + " the pod before its units run");

  /**
   * Golden pods whose app's own seccomp filter (systemd's @default and @network-io groups, killing
   * on anything else) kills the recording program at startup: their boot proves the filter.
   */
  private static final Set<String> KILLED_BY_SECCOMP = Set.of("isolators-seccomp-groups");

  @BeforeAll
  static void machineCanBootPods() {
    PodBoot.unavailable().ifPresent(reason -> Assumptions.abort("cannot boot pods on this machine: " + reason));
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenPodBootsAndDoesWhatItsUnitsSay(@TempDir Path work) throws Exception {
    Map<String, Future<List<String>>> boots = new LinkedHashMap<>();
    Map<String, Future<List<String>>> rktBugs = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(PodBoots.PARALLEL);
    try {
      for (Map.Entry<String, GoldenPods.GoldenPod> golden : GoldenPods.all().entrySet()) {
        if (NOT_BOOTABLE.containsKey(golden.getKey())) {
          continue;
        }
        Path dir = Files.createDirectories(work.resolve(golden.getKey()));
        boots.put(golden.getKey(), pool.submit(() -> KILLED_BY_SECCOMP.contains(golden.getKey())
            ? PodBoots.bootKilledBySeccomp(golden.getValue().pod(), dir)
            : PodBoots.boot(golden.getValue(), dir)));
      }
      Path failing = Files.createDirectories(work.resolve("failing-app"));
      boots.put("failing-app", pool.submit(() -> PodBoots.bootFailing(failing)));
      Path plainFd = Files.createDirectories(work.resolve("rkt-plain-fd"));
      rktBugs.put("rkt-plain-fd", pool.submit(() -> PodBoots.bootWithRktBytes(
          GoldenPods.all().get("io-stream-all").pod(), GoldenPods.FD_NAMES_SINCE - 1, plainFd)));
      Path noAmbient = Files.createDirectories(work.resolve("rkt-no-ambient"));
      rktBugs.put("rkt-no-ambient", pool.submit(() -> PodBoots.bootWithRktBytes(
          PodBoots.nonRootBinder(), GoldenPods.AMBIENT_CAPABILITIES_SINCE - 1, noAmbient)));
    } finally {
      pool.shutdown();
    }
    List<DynamicTest> tests = new ArrayList<>();
    NOT_BOOTABLE.forEach((name, reason) -> tests.add(DynamicTest.dynamicTest(name,
        () -> Assumptions.abort("golden pod " + name + " cannot boot in a test stage1: " + reason))));
    for (Map.Entry<String, Future<List<String>>> boot : boots.entrySet()) {
      tests.add(DynamicTest.dynamicTest(boot.getKey(), () -> assertEquals(List.of(), boot.getValue().get(),
          "golden pod " + boot.getKey())));
    }
    tests.add(DynamicTest.dynamicTest("rkt's StandardError=fd sends stderr to the stdout socket", () -> {
      List<String> failures = rktBugs.get("rkt-plain-fd").get();
      assertTrue(failures.stream().anyMatch(f -> f.contains("the stderr socket should receive stderr only")), failures::toString);
    }));
    tests.add(DynamicTest.dynamicTest("without AmbientCapabilities= a non-root app cannot use what it retains", () -> {
      List<String> failures = rktBugs.get("rkt-no-ambient").get();
      assertTrue(failures.contains("app api: binding port 500: expected <ok> but was <errno=13>"), failures::toString);
    }));
    tests.add(DynamicTest.dynamicTest("nothing is left running or mounted", () -> {
      for (Future<List<String>> boot : boots.values()) {
        boot.get();
      }
      for (Future<List<String>> boot : rktBugs.values()) {
        boot.get();
      }
      assertEquals(List.of(), PodBoots.leftovers(work));
    }));
    return tests.stream();
  }
}
