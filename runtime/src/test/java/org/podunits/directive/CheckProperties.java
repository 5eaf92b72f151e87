package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.podunits.unit.ExecCommand;
import org.podunits.unit.Specifiers;
import org.podunits.unit.UnitOption;

/** Laws that tie the checks to the escapers: what podunits writes, the checks accept. */
class CheckProperties {

  @Property(seed = "20261129")
  void everyQuotedCommandLinePassesTheExecCheck(@ForAll("programs") String program,
      @ForAll @Size(max = 5) List<@From("arguments") String> arguments) {
    List<String> argv = new ArrayList<>();
    argv.add(program);
    argv.addAll(arguments);
    String value = ExecCommand.quote(argv);
    assertEquals(List.of(), Directives.check(UnitOption.of("Service", "ExecStart", value), 252), value);
  }

  @Property(seed = "20261129")
  void wordSplitterAgreesWithExecCommandSplit(@ForAll("programs") String program,
      @ForAll @Size(max = 5) List<@From("arguments") String> arguments) {
    List<String> argv = new ArrayList<>();
    argv.add(program);
    argv.addAll(arguments);
    String value = ExecCommand.quote(argv);
    String[] reason = new String[1];
    assertEquals(ExecCommand.split(value), Words.split(value, reason), value);
  }

  @Property(seed = "20261129")
  void everyEscapedDescriptionPassesTheSpecifierCheck(@ForAll("arguments") String text) {
    String value = Specifiers.escape(text).strip();
    if (value.isEmpty() || value.endsWith("\\") || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return;
    }
    assertEquals(List.of(), Directives.check(UnitOption.of("Unit", "Description", value), 252), value);
  }

  @Property(seed = "20261129")
  void everyInRangeNiceLevelPasses(@ForAll @IntRange(min = -20, max = 19) int nice) {
    assertEquals(List.of(), Directives.check(UnitOption.of("Service", "Nice", Integer.toString(nice)), 252));
  }

  @Property(seed = "20261129")
  void everyOutOfRangeOomScoreIsRefused(@ForAll @IntRange(min = 1001, max = 100000) int magnitude,
      @ForAll boolean negative) {
    String value = Integer.toString(negative ? -magnitude : magnitude);
    assertEquals(1, Directives.check(UnitOption.of("Service", "OOMScoreAdjust", value), 252).size(), value);
  }

  @Provide
  Arbitrary<String> programs() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMinLength(1)
        .ofMaxLength(12).map(name -> "/usr/bin/" + name);
  }

  @Provide
  Arbitrary<String> arguments() {
    return Arbitraries.strings()
        .withChars(" \t\n\u0001\u007f%$\"'\\;@-+!:=/aZ9\u00e9\u4e2d")
        .ofMaxLength(20);
  }

}
