package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link UnitFile#parseNumbered}: the same reading as {@link UnitFile#parse}, with line numbers. */
class UnitFileParseNumberedTest {

  private static NumberedOption n(String section, String name, String value, int line) {
    return new NumberedOption(new UnitOption(section, name, value), line);
  }

  @Test
  void eachOptionCarriesTheLineItIsOn() throws Exception {
    assertEquals(List.of(n("Unit", "Description", "web", 3), n("Service", "ExecStart", "/bin/web", 6)),
        UnitFile.parseNumbered("# a comment\n[Unit]\nDescription=web\n\n[Service]\nExecStart=/bin/web\n"));
  }

  @Test
  void aContinuedValueCarriesTheLineOfItsKey() throws Exception {
    assertEquals(List.of(n("Service", "ExecStart", "/bin/web    --port 80", 2), n("Service", "Nice", "5", 5)),
        UnitFile.parseNumbered("[Service]\nExecStart=/bin/web \\\n# skipped\n  --port 80\nNice=5\n"));
  }

  @Test
  void everyLineEndCountsAsOneLine() throws Exception {
    assertEquals(List.of(n("Unit", "A", "1", 2), n("Unit", "B", "2", 3), n("Unit", "C", "3", 4)),
        UnitFile.parseNumbered("[Unit]\r\nA=1\rB=2\0C=3"));
  }

  @Test
  void malformedTextFailsAsParseDoes() {
    UnitFormatException e = assertThrows(UnitFormatException.class,
        () -> UnitFile.parseNumbered("[Service]\nExecStart=/bin/true\nNice\n"));
    assertEquals(3, e.line());
  }

  @Test
  void lineNumbersStartAtOne() {
    UnitOption option = new UnitOption("Unit", "A", "b");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NumberedOption(option, 0));
    assertEquals("line number 0 of UnitOption[section=Unit, name=A, value=b] must be 1 or more", e.getMessage());
  }

  @Property(tries = 500, seed = "20261130")
  void numberedOptionsAreTheParsedOptionsOnTheirOwnLines(@ForAll("texts") String text) {
    List<NumberedOption> numbered;
    try {
      numbered = UnitFile.parseNumbered(text);
    } catch (UnitFormatException e) {
      assertEquals(e.getMessage(), assertThrows(UnitFormatException.class, () -> UnitFile.parse(text)).getMessage());
      return;
    }
    List<UnitOption> options = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (NumberedOption option : numbered) {
      options.add(option.option());
      String line = lines[option.line() - 1];
      assertEquals(option.option().name(), line.substring(0, line.indexOf('=')).strip(), text);
    }
    assertEquals(assertDoesNotThrow(() -> UnitFile.parse(text)).options(), options);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.of("[Unit]", "[Service]", "# note", "; x \\", "", "  ", "A=b", " B = c ",
        "C=d \\", "  e", "D=\\\\");
    return line.list().ofMaxSize(12).map(lines -> "[Unit]\n" + String.join("\n", lines) + "\n");
  }
}
