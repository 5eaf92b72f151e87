package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/** {@link SystemdVerifier} itself: it reports what systemd objects to, and provides what it must. */
class SystemdVerifyCatchesTest {

  private static final Path UNITS = SystemdVerifier.STAGE1_ROOTFS.resolve(SystemdVerifier.UNITS);

  @TempDir Path podRoot;

  private static UnitSet oneService(UnitOption... extra) {
    List<UnitOption> options = new ArrayList<>(List.of(
        new UnitOption("Unit", "Description", "test"),
        new UnitOption("Unit", "DefaultDependencies", "false"),
        new UnitOption("Service", "ExecStart", "\"/bin/app\" \"--flag\"")));
    options.addAll(List.of(extra));
    return UnitSet.builder().unit(UNITS.resolve("app.service"), UnitFile.of(options), "failed").build();
  }

  @Test
  void plainServiceIsAcceptedWithoutMessages() throws IOException {
    SystemdVerifier.assumeAvailable();
    SystemdVerifier.Report report = SystemdVerifier.verify(oneService(), podRoot);
    assertTrue(report.accepted(), report::toString);
    assertEquals(List.of(), report.allowed());
  }

  @Test
  void unknownDirectiveIsAProblem() throws IOException {
    SystemdVerifier.assumeAvailable();
    SystemdVerifier.Report report = SystemdVerifier.verify(
        oneService(new UnitOption("Service", "Bogus", "1")), podRoot);
    assertFalse(report.accepted());
    assertEquals(List.of("<s1>/usr/lib/systemd/system/app.service:7: Unknown key 'Bogus' in section [Service], ignoring."),
        report.problems());
  }

  @Test
  void missingDependencyIsAProblem() throws IOException {
    SystemdVerifier.assumeAvailable();
    SystemdVerifier.Report report = SystemdVerifier.verify(
        oneService(new UnitOption("Unit", "Requires", "nonexistent.service")), podRoot);
    assertFalse(report.accepted());
    assertTrue(report.problems().stream().anyMatch(line -> line.contains("Unit nonexistent.service not found")),
        report::toString);
  }

  @Test
  void unresolvableSpecifierInExecStartIsAProblem() throws IOException {
    SystemdVerifier.assumeAvailable();
    UnitSet units = UnitSet.builder().unit(UNITS.resolve("app.service"), UnitFile.of(
        new UnitOption("Service", "ExecStart", "/bin/app %q")), "failed").build();
    SystemdVerifier.Report report = SystemdVerifier.verify(units, podRoot);
    assertFalse(report.accepted(), report::toString);
  }

  @Test
  void deprecationNoteAloneIsAccepted() throws IOException {
    SystemdVerifier.assumeAvailable();
    SystemdVerifier.Report report = SystemdVerifier.verify(
        oneService(new UnitOption("Service", "MemoryLimit", "1024")), podRoot);
    assertTrue(report.accepted(), report::toString);
    assertEquals(1, report.allowed().size());
  }

  @Test
  void dummyExecutablesGoUnderTheRootAndIntoTheRootDirectory() throws IOException {
    SystemdVerifier.assumeAvailable();
    SystemdVerifier.verify(oneService(new UnitOption("Service", "RootDirectory", "/opt/stage2/app/rootfs")), podRoot);
    Path stage1 = podRoot.resolve(SystemdVerifier.STAGE1_ROOTFS);
    assertTrue(Files.isExecutable(stage1.resolve("bin/app")));
    assertTrue(Files.isExecutable(stage1.resolve("opt/stage2/app/rootfs/bin/app")));
  }

  @Test
  void argv0DropsPrefixesAndQuotesAndUnescapes() {
    assertEquals("/bin/it's 100%", SystemdVerifier.argv0("-\"/bin/it\\'s 100%%\" \"arg\""));
  }

  @Test
  void argv0OfUnquotedCommandIsItsFirstWord() {
    assertEquals("/usr/bin/systemctl", SystemdVerifier.argv0("/usr/bin/systemctl --force exit"));
  }
}
