package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the unit-file text: it reads back as the same file, and no value adds a line. Seeds are
 * fixed so that every run checks the same cases.
 */
class UnitFileProperties {

  /** Characters that matter to systemd's reading and that a value may hold; '!' stands for an emoji. */
  private static final String VALUE_CHARS = " \t\\\"'#;[]=%$\u000b\f\u00a0\u0085\u2028\ufeffé日!";

  /** Characters that end a line or that systemd refuses; '!' stands for an emoji. */
  private static final String BAD_CHARS = "\n\r\0\ud800\udfff\ufffe";

  @Property(tries = 500, seed = "20261129")
  void parseOfSerializeEqualsTheFile(@ForAll("files") UnitFile file) throws UnitFormatException {
    assertEquals(file, UnitFile.parse(file.serialize()));
  }

  @Property(tries = 500, seed = "20261129")
  void parseOfSerializeKeepsTheSectionGroupedOrder(@ForAll("files") UnitFile file) throws UnitFormatException {
    assertEquals(file.serialize(), UnitFile.parse(file.serialize()).serialize());
  }

  @Property(tries = 1000, seed = "20261129")
  void noGeneratedValueCanAddALine(@ForAll("anyOptions") List<String[]> candidates) throws UnitFormatException {
    List<UnitOption> options = new ArrayList<>();
    for (String[] candidate : candidates) {
      try {
        options.add(new UnitOption(candidate[0], candidate[1], candidate[2]));
      } catch (IllegalArgumentException refused) {
        // The law is about what gets through: a refused option writes nothing.
      }
    }
    UnitFile file = UnitFile.of(options);
    String text = file.serialize();
    int sections = file.sections().size();
    int expectedLines = options.size() + sections + Math.max(0, sections - 1);
    // LF, CR and NUL all end a line for systemd.
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\0') {
        lines++;
      }
    }
    assertEquals(expectedLines, lines, text);
    assertEquals(options.size(), UnitFile.parse(text).options().size());
  }

  @Property(tries = 1000, seed = "20261129")
  void parseOfAnyTextGivesAFileOrAUnitFormatException(@ForAll("anyText") String text) {
    try {
      UnitFile file = UnitFile.parse(text);
      assertEquals(file, UnitFile.parse(file.serialize()));
    } catch (UnitFormatException e) {
      assertTrue(e.line() >= 1, e.getMessage());
    }
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of("[Unit]", "[Service]", " [X-Y] ", "# note \\", "; x", "", "  ", "[", "[]", "=x", "A=b \\",
            "A=b\\\\", "Description=a", "\ufeff[Unit]", "Exec Start=x"),
        Arbitraries.strings().withChars(VALUE_CHARS + BAD_CHARS + "=[]").withCharRange('A', 'C').ofMaxLength(12),
        Arbitraries.strings().all().ofMaxLength(8));
    Arbitrary<String> terminator = Arbitraries.of("\n", "\r\n", "\r", "\0", "\n\r", "\r\0", "\0\n");
    return Combinators.combine(line, terminator).as((l, t) -> l + t).list().ofMaxSize(10)
        .map(lines -> String.join("", lines));
  }

  @Provide
  Arbitrary<UnitFile> files() {
    Arbitrary<String> sections = Arbitraries.oneOf(
        Arbitraries.of("Unit", "Service", "Install", "X-Podunits", " Unit "),
        Arbitraries.strings().withChars("AZaz09-_ .:é@").ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> names = Arbitraries.strings().withChars("AZaz09-_").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> values = Arbitraries.strings()
        .withChars(VALUE_CHARS)
        .withCharRange('a', 'e')
        .ofMaxLength(24)
        .map(UnitFileProperties::withValidEdges);
    return Combinators.combine(sections, names, values).as(UnitOption::new).list().ofMaxSize(12).map(UnitFile::of);
  }

  @Provide
  Arbitrary<List<String[]>> anyOptions() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withChars(VALUE_CHARS + BAD_CHARS).withCharRange('A', 'D').ofMaxLength(10)
            .map(s -> s.replace("!", "😀")),
        Arbitraries.strings().all().ofMaxLength(10));
    return Combinators.combine(text, text, text).as((s, n, v) -> new String[] {s, n, v}).list().ofMaxSize(8);
  }

  /** The value with its emoji put in and without what systemd would strip or join at its ends. */
  private static String withValidEdges(String value) {
    String v = value.replace("!", "😀");
    int start = 0;
    int end = v.length();
    while (start < end && (v.charAt(start) == ' ' || v.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (v.charAt(end - 1) == ' ' || v.charAt(end - 1) == '\t' || v.charAt(end - 1) == '\\')) {
      end--;
    }
    return v.substring(start, end);
  }

  @Property(tries = 200, seed = "20261129")
  void sectionsAreListedInFirstSeenOrder(@ForAll("files") UnitFile file) {
    Set<String> seen = new LinkedHashSet<>();
    for (UnitOption option : file.options()) {
      seen.add(option.section());
    }
    assertEquals(new ArrayList<>(seen), file.sections());
  }
}
