package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void transpositionCostsOneEdit() {
    assertEquals(1, Suggestions.distance("execstrat", "execstart"));
  }

  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
  }

  @Test
  void closestIgnoresCase() {
    assertEquals("WantedBy", Suggestions.closest("wantedby", List.of("RequiredBy", "WantedBy")));
  }

  @Test
  void closestPrefersTheSmallestDistance() {
    assertEquals("Nice", Suggestions.closest("Nicee", List.of("Nices2", "Nice")));
  }

  @Test
  void nothingIsSuggestedBeyondAThirdOfTheLength() {
    assertNull(Suggestions.closest("Frobnicate", List.of("Description", "Restart")));
  }

  @Test
  void shortNamesAllowOneEdit() {
    assertEquals("Nice", Suggestions.closest("Nic", List.of("Nice")));
    assertNull(Suggestions.closest("Ni", List.of("Nice")));
  }
}
