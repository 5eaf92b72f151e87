package org.podunits.directive;

import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertRefused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
  void loneTrailingPercentIsRefused() {
    assertRefused("Unit", "Description", "load 50%", "ends in a lone %", "%%");
  }

  @Test
  void unknownSpecifierInAnExecLineIsRefused() {
    assertRefused("Service", "ExecStart", "/usr/bin/printf %Q", "%Q is not a specifier");
  }

  @Test
  void percentIsLiteralWhereTheParserResolvesNoSpecifiers() {
    assertAccepted("Service", "CPUQuota", "50%");
  }
}
