package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The range of systemd releases the catalogue can tell apart, which the command line checks against. */
class KnownVersionsTest {

  @Test
  void oldestKnownVersionIsTheEarliestReleaseTheManPagesAnnotate() {
    assertEquals(183, Directives.oldestKnownVersion());
    assertEquals(183, Directives.find("Unit", "ConditionPathIsReadWrite").orElseThrow().since());
  }

  @Test
  void newestKnownVersionIsTheReleaseTheCatalogueWasBuiltFrom() {
    assertEquals(262, Directives.newestKnownVersion());
    assertTrue(Directives.all().stream().anyMatch(d -> d.since() == 262));
    assertTrue(Directives.all().stream().noneMatch(d -> d.since() > 262 || d.deprecatedSince() > 262
        || d.ignoredSince() > 262));
  }
}
