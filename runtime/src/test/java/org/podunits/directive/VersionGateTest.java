package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertOne;
import static org.podunits.directive.Checks.check;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Directives and values newer than the target, deprecated on it, or ignored by it. */
class VersionGateTest {

  @Test
  void directiveNewerThanTheTargetIsAnErrorNamingTheVersionItNeeds() {
    assertOne(Severity.ERROR, check("Service", "ExecCondition", "/bin/true", 242), "Service",
        "ExecCondition", "/bin/true", "needs systemd 243 or newer", "the target is systemd 242");
  }

  @Test
  void directivePassesFromTheReleaseThatAddedIt() {
    assertAccepted("Service", "ExecCondition", "/bin/true", 243);
  }

  @Test
  void enumValueNewerThanTheTargetIsAnError() {
    assertOne(Severity.ERROR, check("Service", "Type", "exec", 239), "Service", "Type", "exec",
        "Type=exec needs systemd 240");
  }

  @Test
  void enumValuePassesFromTheReleaseThatAddedIt() {
    assertAccepted("Service", "Type", "exec", 240);
  }

  @Test
  void notifyReloadNeeds253() {
    assertOne(Severity.ERROR, check("Service", "Type", "notify-reload", 252), "Service", "Type",
        "notify-reload", "needs systemd 253");
    assertAccepted("Service", "Type", "notify-reload", 253);
  }

  @Test
  void deprecatedDirectiveIsAWarningNamingTheReplacement() {
    assertOne(Severity.WARNING, check("Service", "MemoryLimit", "1G", 252), "Service", "MemoryLimit",
        "1G", "deprecated since systemd 231", "use MemoryMax= instead");
  }

  @Test
  void deprecationStartsWhenTheReplacementExists() {
    assertAccepted("Service", "MemoryLimit", "1G", 230);
    assertOne(Severity.WARNING, check("Service", "MemoryLimit", "1G", 231), "Service", "MemoryLimit", "1G");
  }

  @Test
  void ignoredDirectiveIsAnErrorNamingTheReplacement() {
    assertOne(Severity.ERROR, check("Service", "MemoryLimit", "1G", 258), "Service", "MemoryLimit",
        "1G", "systemd 258 and newer ignore MemoryLimit=", "use MemoryMax= instead");
  }

  @Test
  void lastReleaseBeforeIgnoringOnlyWarns() {
    assertOne(Severity.WARNING, check("Service", "MemoryLimit", "1G", 257), "Service", "MemoryLimit", "1G");
  }

  @Test
  void replacementInAnotherSectionIsNamedWithItsSection() {
    assertOne(Severity.WARNING, check("Service", "StartLimitBurst", "5", 252), "Service",
        "StartLimitBurst", "5", "use [Unit] StartLimitBurst= instead");
  }

  @Test
  void renamedFromTheStartIsDeprecatedOnEveryTarget() {
    assertOne(Severity.WARNING, check("Unit", "BindTo", "a.service", 183), "Unit", "BindTo",
        "a.service", "BindTo= is deprecated; use BindsTo= instead");
  }

  @Test
  void removedSettingWithoutReplacementSaysToRemoveIt() {
    assertOne(Severity.ERROR, check("Service", "NetClass", "1", 229), "Service", "NetClass", "1",
        "ignore NetClass=", "remove it");
  }

  @Test
  void deprecatedValueIsAWarningNamingTheReplacementValue() {
    assertOne(Severity.WARNING, check("Service", "StandardOutput", "syslog", 246), "Service",
        "StandardOutput", "syslog", "deprecated since systemd 246", "StandardOutput=journal");
  }

  @Test
  void deprecatedValuePassesBeforeItsDeprecation() {
    assertAccepted("Service", "StandardOutput", "syslog", 245);
  }

  @Test
  void deprecatedValueFactsApplyToEverySectionWithTheSameParser() {
    assertOne(Severity.WARNING, check("Socket", "KillMode", "none", 252), "Socket", "KillMode", "none");
  }

  @Test
  void newerDirectiveWithABadValueReportsBoth() {
    List<Problem> problems = check("Service", "ExecCondition", "bin/true", 242);
    assertEquals(2, problems.size(), problems::toString);
  }
}
