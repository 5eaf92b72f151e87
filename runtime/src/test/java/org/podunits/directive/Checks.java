package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.podunits.unit.UnitOption;

/** Assertions shared by the directive tests. */
final class Checks {

  private Checks() {}

  /** The target used where the version does not matter: newer than every directive in the catalogue's tests. */
  static final int CURRENT = 262;

  static List<Problem> check(String section, String name, String value, int version) {
    return Directives.check(UnitOption.of(section, name, value), version);
  }

  static void assertAccepted(String section, String name, String value) {
    assertAccepted(section, name, value, CURRENT - 5);
  }

  static void assertAccepted(String section, String name, String value, int version) {
    List<Problem> problems = check(section, name, value, version);
    assertEquals(List.of(), problems, "[" + section + "] " + name + "=" + value + " on systemd " + version);
  }

  /** Asserts exactly one ERROR whose message names the directive and value and holds every fragment. */
  static Problem assertRefused(String section, String name, String value, String... fragments) {
    return assertOne(Severity.ERROR, check(section, name, value, CURRENT - 5), section, name, value, fragments);
  }

  static Problem assertOne(Severity severity, List<Problem> problems, String section, String name,
      String value, String... fragments) {
    assertEquals(1, problems.size(), () -> "[" + section + "] " + name + "=" + value + ": " + problems);
    Problem problem = problems.get(0);
    assertEquals(severity, problem.severity(), problem::message);
    String label = "[" + section + "] " + name + "=" + value;
    assertTrue(problem.message().startsWith(value.length() > 80 ? label.substring(0, label.length() - value.length() + 80) : label),
        () -> "message should start with " + label + ": " + problem.message());
    for (String fragment : fragments) {
      assertTrue(problem.message().contains(fragment),
          () -> "message should contain \"" + fragment + "\": " + problem.message());
    }
    return problem;
  }
}
