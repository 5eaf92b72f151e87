package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PodLayoutProperties {

  @Property(seed = "20261129")
  void cleanIsIdempotent(@ForAll("paths") String path) {
    String cleaned = PodLayout.clean(path);
    assertEquals(cleaned, PodLayout.clean(cleaned));
  }

  @Property(seed = "20261129")
  void cleanLeavesNoEmptyOrDotNamesAndKeepsTheRoot(@ForAll("paths") String path) {
    String cleaned = PodLayout.clean(path);
    assertEquals(path.startsWith("/"), cleaned.startsWith("/"), cleaned);
    if (cleaned.equals("/") || cleaned.equals(".")) {
      return;
    }
    assertFalse(cleaned.endsWith("/"), cleaned);
    List<String> names = List.of(cleaned.substring(cleaned.startsWith("/") ? 1 : 0).split("/", -1));
    boolean leadingDotDots = !cleaned.startsWith("/");
    for (String name : names) {
      assertFalse(name.isEmpty() || name.equals("."), cleaned);
      if (name.equals("..")) {
        assertTrue(leadingDotDots, ".. only leads a relative path: " + cleaned);
      } else {
        leadingDotDots = false;
      }
    }
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of("/", "a", "b", ".", "..", ".a", "..b")
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
