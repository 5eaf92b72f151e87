package org.podunits.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitFormatException;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/**
 * The parser and the checks on anything a unit file can hold. Under {@code mvn verify} each
 * target replays the committed inputs in {@code src/test/resources/org/podunits/fuzz/
 * UnitFileFuzzTestInputs/<target>/}; {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class UnitFileFuzzTest {

  /** Targets around the line-length change (235), the oldest and newest releases the catalogue knows. */
  private static final int[] VERSIONS = {0, 229, 234, 235, 252, 262};

  private static final List<String> UNIT_NAMES = List.of(
      "app.service", "app.socket", "app.timer", "app.mount", "app.target", "app.service.d", "app");

  /**
   * The parser throws nothing but {@link UnitFormatException}; what it reads serializes to text that
   * reads back as the same file; and every public check returns problems, one printable line
   * each, and throws nothing.
   */
  @FuzzTest
  void parseRoundTripAndCheck(byte[] data) {
    String text = FuzzInput.text(data);
    UnitFile unit;
    try {
      unit = UnitFile.parse(text);
    } catch (UnitFormatException e) {
      assertTrue(e.line() >= 1, e.getMessage());
      assertTrue(FuzzInput.isPrintable(e.getMessage()), e.getMessage());
      return;
    }
    String serialized = unit.serialize();
    UnitFile again = parseAgain(serialized);
    assertEquals(unit, again);
    assertEquals(unit.hashCode(), again.hashCode());
    assertEquals(serialized, again.serialize());
    int version = VERSIONS[Math.floorMod(text.length(), VERSIONS.length)];
    String unitName = UNIT_NAMES.get(Math.floorMod(text.hashCode(), UNIT_NAMES.size()));
    assertPrintable(Directives.checkUnit(unitName, unit, version));
    for (UnitOption option : unit.options()) {
      assertPrintable(Directives.check(option, version));
    }
    UnitSet plan = UnitSet.builder().unit(java.nio.file.Path.of("units", unitName), unit, "failed to write " + unitName)
        .build();
    assertPrintable(plan.check(version));
  }

  /**
   * Options built directly, the way a program builds them: whatever {@link UnitOption} accepts,
   * every check takes without throwing. The input is {@code section NUL name NUL value}.
   */
  @FuzzTest
  void checkAnyOption(byte[] data) {
    String[] parts = FuzzInput.text(data).split("\u0000", 3);
    if (parts.length < 3) {
      return;
    }
    UnitOption option;
    try {
      option = UnitOption.of(parts[0], parts[1], parts[2]);
    } catch (IllegalArgumentException e) {
      assertTrue(FuzzInput.isPrintable(e.getMessage()), e.getMessage());
      return;
    }
    for (int version : VERSIONS) {
      assertPrintable(Directives.check(option, version));
    }
    assertPrintable(Directives.checkUnit("app.service", UnitFile.of(option), 252));
  }

  private static UnitFile parseAgain(String serialized) {
    try {
      return UnitFile.parse(serialized);
    } catch (UnitFormatException e) {
      throw new AssertionError("serialized text does not parse: " + e.getMessage() + "\n" + serialized, e);
    }
  }

  private static void assertPrintable(List<Problem> problems) {
    for (Problem problem : problems) {
      assertTrue(FuzzInput.isPrintable(problem.message()), problem.message());
    }
  }
}
