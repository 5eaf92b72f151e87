package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/** Whole units: {@link Directives#checkUnit} and {@link UnitSet#check}. */
class UnitCheckTest {

  private static final UnitFile GOOD_SERVICE = UnitFile.of(
      UnitOption.of("Unit", "Description", "web"),
      UnitOption.of("Service", "ExecStart", "/usr/bin/web"),
      UnitOption.of("Install", "WantedBy", "multi-user.target"));

  @Test
  void goodUnitHasNoProblems() {
    assertEquals(List.of(), Directives.checkUnit("web.service", GOOD_SERVICE, 252));
  }

  @Test
  void typeSectionOfAnotherUnitTypeIsRefusedOncePerSection() {
    UnitFile unit = UnitFile.of(
        UnitOption.of("Unit", "Description", "web"),
        UnitOption.of("Service", "ExecStart", "/usr/bin/web"),
        UnitOption.of("Service", "Restart", "always"));
    List<Problem> problems = Directives.checkUnit("web.socket", unit, 252);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(1).message().startsWith("[Socket] has no Listen setting"), problems::toString);
    assertTrue(problems.get(0).message().startsWith("[Service] is not a section of a .socket unit"), problems::toString);
    assertTrue(problems.get(0).message().contains("[Socket]"), problems::toString);
  }

  @Test
  void targetUnitTakesNoTypeSection() {
    UnitFile unit = UnitFile.of(UnitOption.of("Service", "ExecStart", "/bin/true"));
    List<Problem> problems = Directives.checkUnit("pod.target", unit, 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("a .target unit takes [Unit], [Install] and X- sections"), problems::toString);
  }

  @Test
  void dropInDirectoryNameGivesTheUnitType() {
    UnitFile unit = UnitFile.of(UnitOption.of("Socket", "ListenStream", "80"));
    assertEquals(1, Directives.checkUnit("web.service.d", unit, 252).size());
  }

  @Test
  void nameWithoutUnitTypeSkipsTheSectionCheck() {
    UnitFile unit = UnitFile.of(UnitOption.of("Socket", "ListenStream", "80"));
    assertEquals(List.of(), Directives.checkUnit("override.conf", unit, 252));
  }

  @Test
  void unitSetCheckPrefixesEachProblemWithTheUnitPath() {
    UnitFile bad = UnitFile.of(
        UnitOption.of("Service", "ExecStart", "/usr/bin/app"),
        UnitOption.of("Service", "Nice", "40"));
    UnitSet set = UnitSet.builder()
        .unit(Path.of("stage1/rootfs/usr/lib/systemd/system/good.service"), GOOD_SERVICE, "failed to write good")
        .unit(Path.of("stage1/rootfs/usr/lib/systemd/system/bad.service"), bad, "failed to write bad")
        .link(Path.of("stage1/rootfs/usr/lib/systemd/system/default.target.wants/bad.service"), "../bad.service", "failed to link")
        .build();
    List<Problem> problems = set.check(252);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(Severity.ERROR, problems.get(0).severity());
    assertTrue(problems.get(0).message().startsWith(
        "stage1/rootfs/usr/lib/systemd/system/bad.service: [Service] Nice=40: 40 is out of range"), problems::toString);
  }

  @Test
  void unitSetCheckUsesTheDropInDirectoryForTheType() {
    UnitSet set = UnitSet.builder()
        .unit(Path.of("etc/systemd/system/web.service.d/10-limits.conf"),
            UnitFile.of(UnitOption.of("Socket", "Backlog", "5")), "failed")
        .build();
    List<Problem> problems = set.check(252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("not a section of a .service unit"), problems::toString);
  }

  @Test
  void unitSetCheckReportsVersionProblemsOfEveryUnit() {
    UnitSet set = UnitSet.builder()
        .unit(Path.of("a.service"), UnitFile.of(UnitOption.of("Service", "ExecCondition", "/bin/true"),
            UnitOption.of("Service", "ExecStart", "/bin/a")), "f")
        .unit(Path.of("b.service"), UnitFile.of(UnitOption.of("Service", "MemoryLimit", "1G"),
            UnitOption.of("Service", "ExecStart", "/bin/b")), "f")
        .build();
    List<Problem> problems = set.check(242);
    assertEquals(2, problems.size(), problems::toString);
    assertEquals(Severity.ERROR, problems.get(0).severity());
    assertEquals(Severity.WARNING, problems.get(1).severity());
  }

  @Test
  void serviceWithTwoExecStartsIsRefusedUnlessOneshot() {
    UnitFile unit = UnitFile.of(
        UnitOption.of("Service", "ExecStart", "/bin/a"),
        UnitOption.of("Service", "ExecStart", "/bin/b"));
    List<Problem> problems = Directives.checkUnit("job.service", unit, 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("has 2 ExecStart= lines"), problems::toString);
    assertTrue(problems.get(0).message().contains("Type=oneshot"), problems::toString);
  }

  @Test
  void oneshotServiceTakesSeveralExecStarts() {
    UnitFile unit = UnitFile.of(
        UnitOption.of("Service", "Type", "oneshot"),
        UnitOption.of("Service", "ExecStart", "/bin/a"),
        UnitOption.of("Service", "ExecStart", "/bin/b"));
    assertEquals(List.of(), Directives.checkUnit("job.service", unit, 252));
  }

  @Test
  void emptyExecStartResetsTheCount() {
    UnitFile unit = UnitFile.of(
        UnitOption.of("Service", "ExecStart", "/bin/a"),
        UnitOption.of("Service", "ExecStart", ""),
        UnitOption.of("Service", "ExecStart", "/bin/b"));
    assertEquals(List.of(), Directives.checkUnit("job.service", unit, 252));
  }

  @Test
  void serviceWithoutAnyCommandIsRefused() {
    UnitFile unit = UnitFile.of(UnitOption.of("Service", "RemainAfterExit", "yes"));
    List<Problem> problems = Directives.checkUnit("idle.service", unit, 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("has no ExecStart=, ExecStop= or [Unit] SuccessAction="), problems::toString);
  }

  @Test
  void serviceWithOnlyExecStopPasses() {
    UnitFile unit = UnitFile.of(
        UnitOption.of("Service", "RemainAfterExit", "yes"),
        UnitOption.of("Service", "ExecStop", "/reaper.sh \"hello\""));
    assertEquals(List.of(), Directives.checkUnit("reaper-hello.service", unit, 252));
  }

  @Test
  void dropInIsNotHeldToTheWholeServiceRules() {
    UnitFile unit = UnitFile.of(UnitOption.of("Service", "Nice", "5"));
    assertEquals(List.of(), Directives.checkUnit("web.service.d", unit, 252));
  }
}
