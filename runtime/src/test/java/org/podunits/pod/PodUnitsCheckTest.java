package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podunits.directive.Problem;
import org.podunits.directive.Severity;
import org.podunits.write.UnitSet;

/**
 * Plans pass the directive catalogue's checks for the systemd they target: no directive is
 * unknown, misplaced, malformed, newer than that systemd or ignored by it. {@link
 * GoldenPodsByVersionTest} asserts that no warning remains either.
 */
class PodUnitsCheckTest {

  private static Stage1 stage1(int version) {
    return Stage1.of(version < 231 ? Stage1.Flavor.SRC : Stage1.Flavor.COREOS, version);
  }

  private static List<String> errors(UnitSet plan, int version) {
    return plan.check(version).stream()
        .filter(problem -> problem.severity() == Severity.ERROR)
        .map(Problem::message)
        .toList();
  }

  private static App.Builder withResources(App.Builder app) {
    return app.resources(Resources.NONE.withMemory("512M").withCpu("1500m").withCpuShares(2048).withOomScoreAdjust(5));
  }

  @ParameterizedTest
  @ValueSource(ints = {226, 229, 230, 231, 233, 252, 257, 258, Stage1.UNKNOWN_VERSION})
  void basicAppWithResourcesHasNoErrors(int version) {
    UnitSet plan = PodUnits.immutableEnv(Pods.pod(stage1(version), withResources(Pods.hello()).build()));
    assertEquals(List.of(), errors(plan, version));
  }

  @ParameterizedTest
  @ValueSource(ints = {226, 231, 233, 252, 258, Stage1.UNKNOWN_VERSION})
  void fullAppHasNoErrors(int version) {
    Pod full = SpecExamplesTest.fullPod();
    Pod pod = full.withStage1(stage1(version));
    assertEquals(List.of(), errors(PodUnits.immutableEnv(pod), version));
  }

  @ParameterizedTest
  @ValueSource(ints = {233, 252, 258, Stage1.UNKNOWN_VERSION})
  void streamedAndTtyAppsHaveNoErrors(int version) {
    UnitSet plan = PodUnits.immutableEnv(Pods.pod(stage1(version),
        Pods.hello().stdio(IoMode.STREAM, IoMode.STREAM, IoMode.LOG).build(),
        Pods.second().stdio(IoMode.TTY, IoMode.TTY, IoMode.TTY).build()));
    assertEquals(List.of(), errors(plan, version));
  }

  @ParameterizedTest
  @ValueSource(ints = {226, 233, 258})
  void mutablePodAndAddedAppHaveNoErrors(int version) {
    Pod pod = Pod.builder(stage1(version)).mutable(true).build();
    assertEquals(List.of(), errors(PodUnits.mutableEnv(pod), version));
    assertEquals(List.of(), errors(PodUnits.appAdd(pod, withResources(Pods.hello()).build()), version));
  }
}
