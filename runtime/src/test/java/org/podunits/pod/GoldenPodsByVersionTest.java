package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.podunits.directive.Problem;
import org.podunits.write.UnitSet;

/**
 * podunits' own units draw no warning and no error from the directive catalogue for the systemd
 * they are written for: every golden pod, planned for each supported release, passes {@link
 * UnitSet#check} clean. A pod that cannot run on an old release (attachable I/O before 231, a
 * plain handler program name before 239) is refused with a message naming that release instead.
 */
class GoldenPodsByVersionTest {

  /** Releases where the directives podunits writes change, the host's, and the newest. */
  private static final int[] VERSIONS = {226, 229, 231, 233, 240, 245, 252, 258, Stage1.UNKNOWN_VERSION};

  static Stream<Arguments> podsAndVersions() {
    List<Arguments> arguments = new ArrayList<>();
    for (String name : GoldenPods.all().keySet()) {
      for (int version : VERSIONS) {
        arguments.add(Arguments.of(name, version));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} on systemd {1}")
  @MethodSource("podsAndVersions")
  void goldenPodChecksCleanOnEachRelease(String name, int version) {
    GoldenPods.GoldenPod pod = GoldenPods.all().get(name).withSystemd(version);
    UnitSet plan;
    try {
      plan = pod.plan();
    } catch (IllegalArgumentException refused) {
      assertTrue(refused.getMessage().contains("stage1 systemd " + version),
          () -> name + " is refused on " + version + " for another reason: " + refused.getMessage());
      return;
    }
    List<String> problems = plan.check(version).stream().map(Problem::toString).toList();
    assertEquals(List.of(), problems, name + " on systemd " + version);
  }

  @Test
  void mostGoldenPodsRunOnTheOldestRelease() {
    long planned = GoldenPods.all().values().stream().filter(pod -> plans(pod.withSystemd(226))).count();
    assertTrue(planned >= GoldenPods.all().size() / 2, "only " + planned + " golden pods plan on systemd 226");
  }

  private static boolean plans(GoldenPods.GoldenPod pod) {
    try {
      pod.plan();
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }
}
