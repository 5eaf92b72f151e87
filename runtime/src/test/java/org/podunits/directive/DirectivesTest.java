package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertOne;
import static org.podunits.directive.Checks.assertRefused;
import static org.podunits.directive.Checks.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podunits.unit.UnitOption;

/** Lookup, unknown and misplaced directives, suggestions and the checks common to every value. */
class DirectivesTest {

  @Test
  void findReturnsTheCatalogueFacts() {
    Directive d = Directives.find("Service", "ExecCondition").orElseThrow();
    assertEquals(ValueKind.EXEC_COMMAND, d.kind());
    assertEquals(243, d.since());
    assertTrue(d.repeatable());
    assertTrue(d.specifiers());
    assertEquals(-1, d.deprecatedSince());
    assertEquals(-1, d.ignoredSince());
  }

  @Test
  void findKnowsEnumValuesDeprecationsAndIgnoredSettings() {
    Directive memoryLimit = Directives.find("Service", "MemoryLimit").orElseThrow();
    assertEquals(231, memoryLimit.deprecatedSince());
    assertEquals("MemoryMax", memoryLimit.replacement());
    assertEquals(258, memoryLimit.ignoredSince());
    assertTrue(Directives.find("Service", "Type").orElseThrow().allowedValues().contains("exec"));
  }

  @Test
  void findIsEmptyForUnknownNamesAndSections() {
    assertTrue(Directives.find("Service", "ExecStrat").isEmpty());
    assertTrue(Directives.find("Target", "Description").isEmpty());
  }

  @Test
  void catalogueHoldsEveryRowOfItsSourceAndLoadsOnce() {
    assertEquals(1468, Directives.all().size());
    assertSame(Catalogue.get(), Catalogue.get());
  }

  @Test
  void specifierFlagFollowsTheParser() {
    assertTrue(Directives.find("Unit", "Description").orElseThrow().specifiers());
    assertTrue(Directives.find("Service", "WorkingDirectory").orElseThrow().specifiers());
    assertTrue(Directives.find("Install", "WantedBy").orElseThrow().specifiers());
    assertFalse(Directives.find("Service", "CPUQuota").orElseThrow().specifiers());
    assertFalse(Directives.find("Service", "SystemCallFilter").orElseThrow().specifiers());
  }

  @Test
  void knownOptionHasNoProblems() {
    assertAccepted("Service", "ExecStart", "/usr/bin/app --flag");
  }

  @Test
  void unknownDirectiveSuggestsTheClosestInItsSection() {
    assertRefused("Service", "ExecStrat", "/bin/true", "ExecStrat= is not a directive of [Service]",
        "did you mean ExecStart=?");
  }

  @Test
  void suggestionIgnoresCase() {
    assertRefused("Install", "Wantedby", "multi-user.target", "did you mean WantedBy=?");
  }

  @Test
  void unknownDirectiveSuggestsFromOtherSectionsWhenItsOwnHasNothingClose() {
    assertRefused("Service", "Descriptoin", "web", "did you mean [Unit] Description=?");
  }

  @Test
  void unknownDirectiveWithNothingCloseSaysHowToFixIt() {
    Problem p = assertRefused("Service", "Frobnicate", "1", "not a directive systemd knows in [Service]", "X-");
    assertFalse(p.message().contains("did you mean"));
  }

  @Test
  void directiveInTheWrongSectionNamesWhereItBelongs() {
    assertRefused("Unit", "ExecStart", "/bin/true",
        "ExecStart= does not belong in [Unit]; move it to [Service]");
  }

  @Test
  void directiveInTheWrongSectionListsEverySectionThatTakesIt() {
    assertRefused("Unit", "KillSignal", "SIGTERM", "[Service], [Socket], [Mount], [Swap] or [Scope]");
  }

  @Test
  void unknownSectionSuggestsTheClosest() {
    assertRefused("Servce", "ExecStart", "/bin/true", "[Servce] is not a section systemd knows", "did you mean [Service]?");
  }

  @Test
  void unknownSectionWithoutCloseMatchNamesTheKnownOnes() {
    assertRefused("Target", "Description", "x", "[Target] is not a section systemd knows", "X-");
  }

  @Test
  void userSectionsPass() {
    assertAccepted("X-Podunits", "Anything", "at all %z");
  }

  @Test
  void userNamesPass() {
    assertAccepted("Service", "X-Podunits-App", "web %");
  }

  @Test
  void controlCharacterIsRefusedInAnyKindAndEscapedInTheMessage() {
    List<Problem> problems = check("Service", "LimitNOFILE", "1024\u0001", 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("[Service] LimitNOFILE=1024\\x01: "), problems::toString);
    assertTrue(problems.get(0).message().contains("control character U+0001"), problems::toString);
  }

  @Test
  void tabIsNotAControlCharacterProblem() {
    assertAccepted("Unit", "Description", "a\tb");
  }

  @Test
  void longValueIsShortenedInTheMessage() {
    String value = "x".repeat(100) + " y";
    Problem p = assertRefused("Unit", "After", value, "no");
    assertTrue(p.message().contains("x".repeat(80) + "..."), p.message());
  }

  @Test
  void negativeVersionIsAProgrammerError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Directives.check(UnitOption.of("Unit", "Description", "x"), -1));
    assertTrue(e.getMessage().contains("-1"));
  }

  @Test
  void problemRefusesAMultiLineMessage() {
    assertThrows(IllegalArgumentException.class, () -> new Problem(Severity.ERROR, "a\nb"));
  }

  @Test
  void problemInPrefixesTheMessage() {
    assertEquals("web.service: x", new Problem(Severity.WARNING, "x").in("web.service").message());
  }

  @Test
  void checkReturnsAnEmptyListForAGoodOptionWithoutAllocatingProblems() {
    assertSame(List.of(), check("Service", "Nice", "5", 252));
  }

  @Test
  void severityOfAnUnknownDirectiveIsError() {
    assertOne(Severity.ERROR, check("Unit", "Nope", "1", 252), "Unit", "Nope", "1");
  }
}
