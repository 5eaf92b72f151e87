package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.directive.Directives;
import org.podunits.unit.UnitOption;

/** {@code podunits check}: what it reads, where it puts each problem, and how it ends. */
class CheckCommandTest {

  @TempDir Path dir;

  /** The catalogue's message for an option, which check places on the option's line. */
  private static String message(String section, String name, String value) {
    return Directives.check(new UnitOption(section, name, value), 252).get(0).message();
  }

  private static final String NICE_40 = message("Service", "Nice", "40");

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void checkAcceptsARenderedPod() {
    assertEquals(0, CliRun.of("render", "locked-down", dir.toString()).status());
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("\nChecked 6 units and 0 drop-ins against systemd 252: 0 errors, "), run.out());
  }

  @Test
  void eachProblemIsOnItsFileAndLine() throws Exception {
    Path bad = write("bad.service", "# a comment\n[Unit]\nDescription=bad\nExecStart=/bin/true\n\n[Service]\n"
        + "ExecStart=/bin/true\nNice=40\n");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertEquals(bad + ":4: error: " + message("Unit", "ExecStart", "/bin/true") + "\n"
        + bad + ":8: error: " + NICE_40 + "\n"
        + "Checked 1 unit and 0 drop-ins against systemd 252: 2 errors, 0 warnings.\n", run.out());
  }

  @Test
  void aWholeServiceProblemIsOnItsServiceSection() throws Exception {
    Path bad = write("bad.service", "[Unit]\nDescription=no command\n\n[Service]\nType=simple\n");
    CliRun run = CliRun.of("check", bad.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertTrue(run.out().startsWith(bad + ":5: error: [Service] has no ExecStart=, ExecStop= or [Unit]"
        + " SuccessAction="), run.out());
  }

  @Test
  void aMisplacedSectionIsReportedOnceAtItsFirstOption() throws Exception {
    Path bad = write("web.socket", "[Socket]\nListenStream=80\n[Service]\nNice=1\nUser=web\n");
    CliRun run = CliRun.of("check", bad.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertEquals(List.of(bad + ":4: error: [Service] is not a section of a .socket unit, so systemd ignores it;"
        + " a .socket unit takes [Unit], [Socket], [Install] and X- sections"),
        run.out().lines().filter(line -> line.contains(": error: ")).toList());
  }

  @Test
  void anUnparsableUnitIsReportedAtItsLine() throws Exception {
    Path broken = write("broken.service", "[Service]\nExecStart\n");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(Main.PROBLEMS, run.status());
    assertTrue(run.out().startsWith(broken + ":2: error: the line \"ExecStart\" has no '=', so systemd ignores it\n"),
        run.out());
  }

  @Test
  void dropInsAreCheckedWithTheSectionRulesOfTheirUnit() throws Exception {
    Path dropIn = write("web.socket.d/override.conf", "[Service]\nNice=1\n");
    Path typeWide = write("service.d/10-timeout.conf", "[Socket]\nBacklog=1\n");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertEquals(typeWide + ":2: error: [Socket] is not a section of a .service unit, so systemd ignores it; a"
        + " .service unit takes [Unit], [Service], [Install] and X- sections\n"
        + dropIn + ":2: error: [Service] is not a section of a .socket unit, so systemd ignores it; a .socket unit"
        + " takes [Unit], [Socket], [Install] and X- sections\n"
        + "Checked 0 units and 2 drop-ins against systemd 252: 2 errors, 0 warnings.\n", run.out());
  }

  @Test
  void aDropInNeedsNoExecStart() throws Exception {
    write("web.service.d/limits.conf", "[Service]\nLimitNOFILE=65536\n");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(0, run.status(), run.toString());
  }

  @Test
  void symlinkedUnitsAreFollowedAndCheckedOnce() throws Exception {
    Path real = write("lib/web.service", "[Service]\nExecStart=/bin/web\nNice=40\n");
    Path etc = Files.createDirectories(dir.resolve("etc/multi-user.target.wants"));
    Files.createSymbolicLink(etc.resolve("web.service"), real);
    Files.createSymbolicLink(dir.resolve("etc/www.service"), real);
    CliRun all = CliRun.of("check", dir.toString());
    assertEquals(Main.PROBLEMS, all.status(), all.toString());
    assertEquals(real + ":3: error: " + NICE_40 + "\n"
        + "Checked 1 unit and 0 drop-ins against systemd 252: 1 error, 0 warnings; 2 links to files checked under"
        + " another name.\n", all.out());

    CliRun linksOnly = CliRun.of("check", dir.resolve("etc").toString());
    assertEquals(Main.PROBLEMS, linksOnly.status(), linksOnly.toString());
    assertTrue(linksOnly.out().startsWith(dir.resolve("etc/multi-user.target.wants/web.service") + ":3: error:"),
        linksOnly.out());
  }

  @Test
  void aDirectoryLinkLoopIsWarnedAboutOnceAndNotFollowed() throws Exception {
    write("a/x.service", "[Service]\nExecStart=/bin/true\n");
    Path up = Files.createSymbolicLink(dir.resolve("a/up"), Path.of(".."));
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals(up + ": warning: a symbolic link back to a directory already being checked; not followed again\n"
        + "Checked 1 unit and 0 drop-ins against systemd 252: 0 errors, 1 warning.\n", run.out());
  }

  @Test
  void aPathAfterDoubleDashMayStartWithADash() throws Exception {
    write("-dash.service", "[Service]\nExecStart=/bin/true\nNice=40\n");
    CliRun run = CliRun.of("check", "--", dir.resolve("-dash.service").toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
  }

  @Test
  void aDanglingLinkIsAWarning() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("gone.service"), dir.resolve("nowhere.service"));
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals(link + ": warning: a dangling symbolic link to " + dir.resolve("nowhere.service")
        + ", which systemd cannot load; remove it or restore its target\n"
        + "Checked 0 units and 0 drop-ins against systemd 252: 0 errors, 1 warning.\n", run.out());
    assertEquals(Main.PROBLEMS, CliRun.of("check", "--strict", dir.toString()).status());
  }

  @Test
  void maskedUnitsAreCountedNotChecked() throws Exception {
    Files.createSymbolicLink(dir.resolve("masked.service"), Path.of("/dev/null"));
    write("empty.service", "");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals("Checked 0 units and 0 drop-ins against systemd 252: 0 errors, 0 warnings; 2 masked (not checked).\n",
        run.out());
  }

  @Test
  void aFifoIsAnErrorAndIsNotRead() throws Exception {
    Path fifo = dir.resolve("pipe.service");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo (coreutils) is missing");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertEquals(fifo + ": error: not a regular file, so systemd cannot load it; replace it with a unit file, or with"
        + " a link to /dev/null to mask the unit\n"
        + "Checked 0 units and 0 drop-ins against systemd 252: 1 error, 0 warnings.\n", run.out());
  }

  @Test
  void aLineThatIsNotUtf8IsAnErrorAndTheRestIsStillChecked() throws Exception {
    Path latin1 = dir.resolve("latin1.service");
    Files.write(latin1, "[Unit]\nDescription=caf\u00e9\n[Service]\nExecStart=/bin/true\nNice=40\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    write("good.service", "[Service]\nExecStart=/bin/true\n");
    CliRun run = CliRun.of("check", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertEquals(latin1 + ":2: error: byte 0xE9 at column 16 is not valid UTF-8, so systemd ignores the line; save"
        + " the file as UTF-8\n"
        + latin1 + ":5: error: " + NICE_40 + "\n"
        + "Checked 2 units and 0 drop-ins against systemd 252: 2 errors, 0 warnings.\n", run.out());
  }

  @Test
  void unreadableAndVanishedFilesAreReportedAndTheRestIsChecked() throws Exception {
    Path locked = write("locked.service", "[Service]\nExecStart=/bin/true\n");
    Path vanished = write("vanished.service", "[Service]\nExecStart=/bin/true\n");
    Path good = write("good.service", "[Service]\nExecStart=/bin/true\nNice=40\n");
    CheckResult result = new CheckResult(252);
    UnitCheck.Reader reader = path -> {
      if (path.equals(locked)) {
        throw new AccessDeniedException(path.toString());
      }
      if (path.equals(vanished)) {
        throw new NoSuchFileException(path.toString());
      }
      return Files.readAllBytes(path);
    };
    for (UnitScan.Target target : UnitScan.scan(List.of(dir), result)) {
      UnitCheck.check(target, reader, result);
    }
    assertEquals(List.of(
        good + ":3: error: " + NICE_40 + "",
        locked + ": error: cannot read: permission denied",
        vanished + ": error: cannot read: removed during the check"),
        result.findings().stream().map(Finding::toString).toList());
    assertEquals(Main.IO_FAILURE, result.status(false));
    assertEquals("Checked 1 unit and 0 drop-ins against systemd 252: 3 errors, 0 warnings, 2 unreadable.",
        result.summary());
  }

  @Test
  void aMissingPathIsAnIoFailureAndTheOthersAreChecked() throws Exception {
    Path good = write("good.service", "[Service]\nExecStart=/bin/true\n");
    CliRun run = CliRun.of("check", dir.resolve("missing").toString(), good.toString());
    assertEquals(Main.IO_FAILURE, run.status(), run.toString());
    assertEquals(dir.resolve("missing") + ": error: cannot read: no such file or directory\n"
        + "Checked 1 unit and 0 drop-ins against systemd 252: 1 error, 0 warnings, 1 unreadable.\n", run.out());
  }

  @Test
  void aFileNamedDirectlyIsCheckedWhateverItsName() throws Exception {
    Path odd = write("notes.txt", "[Service]\nNice=40\n");
    CliRun run = CliRun.of("check", odd.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertTrue(run.out().startsWith(odd + ": warning: not named like a unit"), run.out());
    assertTrue(run.out().contains(odd + ":2: error: [Service] Nice=40"), run.out());
  }

  @Test
  void systemdVersionIsValidatedAgainstTheCatalogue() {
    for (String version : new String[] {"0", "182", "263"}) {
      CliRun run = CliRun.of("check", "--systemd", version, dir.toString());
      assertEquals(Main.USAGE, run.status(), run.toString());
      assertEquals("podunits: --systemd " + version + ": the directive catalogue knows systemd 183 to 262; give a"
          + " release in that range, or auto for this machine's\nTry 'podunits check --help' for more information.\n",
          run.err());
    }
    CliRun word = CliRun.of("check", "--systemd", "latest", dir.toString());
    assertEquals(Main.USAGE, word.status(), word.toString());
    assertTrue(word.err().startsWith("podunits: --systemd takes a release number such as 252, or auto, not \"latest\""),
        word.err());
  }

  @Test
  void autoTakesTheHostsRelease() {
    StringWriter err = new StringWriter();
    assertEquals(252, CheckCommand.target("auto", () -> 252, new PrintWriter(err, true)));
    assertEquals("", err.toString());
  }

  @Test
  void autoChecksAHostNewerThanTheCatalogueAgainstTheNewestItKnows() {
    StringWriter err = new StringWriter();
    assertEquals(262, CheckCommand.target("auto", () -> 270, new PrintWriter(err, true)));
    assertEquals("podunits: note: this machine runs systemd 270, newer than the directive catalogue's 262;"
        + " checking against 262\n", err.toString());
  }

  @Test
  void autoRefusesAHostOlderThanTheCatalogue() {
    CommandFailure failure = assertThrows(CommandFailure.class,
        () -> CheckCommand.target("auto", () -> 44, new PrintWriter(new StringWriter(), true)));
    assertEquals(Main.USAGE, failure.status());
    assertEquals("--systemd auto: this machine runs systemd 44, older than the directive catalogue's oldest release"
        + " 183, so the check cannot tell what it lacks", failure.getMessage());
  }

  @Test
  void newerDirectivesAreErrorsForAnOlderTarget() throws Exception {
    Path unit = write("new.service", "[Service]\nExecStart=/bin/true\nProtectHostname=yes\n");
    assertEquals(0, CliRun.of("check", "--systemd", "252", unit.toString()).status());
    CliRun old = CliRun.of("check", "--systemd", "233", unit.toString());
    assertEquals(Main.PROBLEMS, old.status(), old.toString());
    assertTrue(old.out().startsWith(unit + ":3: error: [Service] ProtectHostname=yes: ProtectHostname= needs systemd"),
        old.out());
  }

  @Test
  void strictFailsOnWarnings() throws Exception {
    Path unit = write("old.service", "[Service]\nExecStart=/bin/true\nMemoryLimit=1G\n");
    assertEquals(0, CliRun.of("check", unit.toString()).status());
    CliRun strict = CliRun.of("check", "--strict", unit.toString());
    assertEquals(Main.PROBLEMS, strict.status(), strict.toString());
    assertTrue(strict.out().startsWith(unit + ":3: warning: [Service] MemoryLimit=1G: MemoryLimit= is deprecated"),
        strict.out());
  }

  @Test
  void jsonHasTheCountsAndEveryProblem() throws Exception {
    Path unit = write("q\"uote.service", "[Service]\nExecStart=/bin/true\nNice=40\n");
    write("masked.service", "");
    CliRun run = CliRun.of("check", "--format", "json", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    String file = unit.toString().replace("\"", "\\\"");
    assertEquals("{\n  \"systemd\": 252,\n  \"units\": 1,\n  \"dropIns\": 0,\n  \"masked\": 1,\n  \"errors\": 1,\n"
        + "  \"warnings\": 0,\n  \"unreadable\": 0,\n  \"problems\": [\n"
        + "    {\"file\": \"" + file + "\", \"line\": 3, \"severity\": \"error\", \"message\": \"" + NICE_40 + "\"}\n  ]\n}\n", run.out());
  }

  @Test
  void jsonOfACleanCheckHasAnEmptyProblemList() {
    CliRun run = CliRun.of("check", "--format=JSON", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().endsWith("\"unreadable\": 0,\n  \"problems\": []\n}\n"), run.out());
  }

  @Test
  void jsonStringsEscapeWhatJsonRequires() {
    assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\\u2028\"", CheckJson.string("a\"b\\c\nd\te\u0001\u2028"));
  }

  @Test
  void controlCharactersInFileNamesCannotBreakALine() throws Exception {
    Path odd = write("a\nb.service", "[Service]\nExecStart=/bin/true\nNice=40\n");
    CliRun run = CliRun.of("check", dir.toString());
    assertTrue(run.out().startsWith(dir.resolve("a\\x0ab.service") + ":3: error: "), run.out());
    assertTrue(Files.exists(odd));
  }
}
