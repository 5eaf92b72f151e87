package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking an example pod up by name builds the same pod as listing them all. */
class ExamplePodsTest {

  @Test
  void eachNameBuildsItsPodAlone() {
    assertEquals(ExamplePods.NAMES, List.copyOf(ExamplePods.all().keySet()));
    for (String name : ExamplePods.NAMES) {
      assertEquals(ExamplePods.all().get(name), ExamplePods.named(name), name);
    }
  }

  @Test
  void anUnknownNameHasNoPod() {
    assertNull(ExamplePods.named("Web"));
    assertNull(ExamplePods.named(""));
  }
}
