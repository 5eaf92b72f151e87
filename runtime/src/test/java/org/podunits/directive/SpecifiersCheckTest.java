package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podunits.unit.UnitOption;

/** % specifiers in settings that resolve them, and % where systemd takes it literally. */
class SpecifiersCheckTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Unit|Description|Instance %i of %p",
      "Unit|Description|100%% sure",
      "Service|ExecStart|/usr/bin/echo %n %N %H",
      "Service|WorkingDirectory|%h",
      "Service|EnvironmentFile|-%E/app.env",
      "Unit|After|foo@%i.service",
      "Service|Environment|UNIT=%n",
      "Install|WantedBy|%p.target"})
  void knownSpecifiersPass(String section, String name, String value) {
    assertAccepted(section, name, value);
  }

  @Test
  void unknownSpecifierLetterIsRefused() {
    assertRefused("Unit", "Description", "load %z", "%z is not a specifier systemd knows", "write %% for a literal %");
  }

  @Test
  void percentBeforeASpaceIsRefused() {
    assertRefused("Unit", "Description", "50% done", "the % at index 2 is not followed by a specifier letter", "%%");
  }

  @Test
  void loneTrailingPercentIsAWarningBecauseSystemdKeepsIt() {
    List<Problem> problems = Directives.check(UnitOption.of("Unit", "Description", "load 50%"), 252);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Severity.WARNING, problems.get(0).severity());
    assertTrue(problems.get(0).message().contains("ends in a lone %, which systemd keeps as a literal %"));
  }

  @Test
  void unknownSpecifierInAnExecLineIsRefused() {
    assertRefused("Service", "ExecStart", "/usr/bin/printf %Q", "%Q is not a specifier");
  }

  @Test
  void percentIsLiteralWhereTheParserResolvesNoSpecifiers() {
    assertAccepted("Service", "CPUQuota", "50%");
  }

  @Test
  void laterSpecifierIsRefusedUpTo252() {
    Checks.assertOne(Severity.ERROR, Checks.check("Unit", "Description", "on %R", 252), "Unit",
        "Description", "on %R", "%R is not a specifier systemd 252 knows");
  }

  @Test
  void laterSpecifierPassesForNewerTargets() {
    assertAccepted("Unit", "Description", "on %R", 262);
  }
}
