package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips of unit-name escaping. Seeds are fixed so that every run checks the same cases. */
class UnitNamesProperties {

  @Property(tries = 1000, seed = "20261129")
  void unescapeOfEscapeGivesTheStringBack(@ForAll("anyText") String text) {
    if (text.indexOf('\0') >= 0 || hasUnpairedSurrogate(text)) {
      assertThrows(IllegalArgumentException.class, () -> UnitNames.escape(text));
    } else {
      assertEquals(text, UnitNames.unescape(UnitNames.escape(text)));
    }
  }

  @Property(tries = 1000, seed = "20261129")
  void escapeGivesOnlyUnitNameCharacters(@ForAll("anyText") String text) {
    if (text.indexOf('\0') < 0 && !hasUnpairedSurrogate(text)) {
      String escaped = UnitNames.escape(text);
      for (int i = 0; i < escaped.length(); i++) {
        assertTrue(UnitNames.isNameChar(escaped.charAt(i)), escaped);
      }
    }
  }

  @Property(tries = 1000, seed = "20261129")
  void pathUnescapeOfPathEscapeGivesTheNormalizedPathBack(@ForAll("normalizedPaths") String path) {
    assertEquals(path, UnitNames.pathUnescape(UnitNames.pathEscape(path)));
  }

  @Property(tries = 500, seed = "20261129")
  void pathEscapeIgnoresRedundantSlashesAndDots(@ForAll("normalizedPaths") String path) {
    String messy = "//" + path.replace("/", "/./") + "/";
    assertEquals(UnitNames.pathEscape(path), UnitNames.pathEscape(messy));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(16),
        Arbitraries.strings().withChars("/.-\\x2d:_@ aé!").ofMaxLength(16).map(s -> s.replace("!", "😀")));
  }

  @Provide
  Arbitrary<String> normalizedPaths() {
    Arbitrary<String> component = Arbitraries.strings()
        .withChars(".-\\x2d:_@ é!\t%")
        .withCharRange('a', 'f')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(c -> !c.equals(".") && !c.equals(".."))
        .map(c -> c.replace("!", "😀"));
    return component.list().ofMaxSize(6).map(UnitNamesProperties::join);
  }

  private static String join(List<String> components) {
    return components.isEmpty() ? "/" : "/" + String.join("/", components);
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
