package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's conventions: help, version, option placement, exit statuses, failures. */
class MainTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"render", "check", "diff", "list", "help"})
  void everyCommandHasHelpAndDoesNothingElse(String command) throws Exception {
    CliRun run = CliRun.of(command, "--help", dir.resolve("pod").toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("Usage: podunits " + command), run.toString());
    assertTrue(run.out().contains("Exit status:") || command.equals("help"), run.toString());
    assertFalse(Files.exists(dir.resolve("pod")), "help must not render");
  }

  @Test
  void helpAfterArgumentsIsStillHelp() {
    CliRun run = CliRun.of("render", "web", dir.toString(), "--help");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("Write a pod's units"), run.toString());
    assertFalse(Files.exists(dir.resolve("stage1")), "help must not render");
  }

  @Test
  void topLevelHelpListsCommandsAndExitStatuses() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.status(), run.toString());
    for (String text : new String[] {"render", "check", "diff", "list", "--version", "--verbose",
        "0   clean", "1   problems found", "2   usage error", "3   I/O failure", "4   internal error"}) {
      assertTrue(run.out().contains(text), text + " missing from\n" + run);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V", "check --version", "render -V"})
  void versionNamesTheProjectAndTheCatalogueRange(String args) {
    CliRun run = CliRun.of(args.split(" "));
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().matches("(?s)podunits \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"
        + "directive catalogue: systemd 183 to 262\nJava .*"), run.toString());
  }

  @Test
  void optionsGoBeforeOrAfterArgumentsWithOrWithoutEquals() throws Exception {
    Path unit = dir.resolve("a.service");
    Files.writeString(unit, "[Service]\nExecStart=/bin/true\nMemoryLimit=1G\n");
    for (String[] args : new String[][] {
        {"check", "--systemd", "231", unit.toString()},
        {"check", unit.toString(), "--systemd=231"},
        {"check", "--systemd=231", "--format", "json", unit.toString()},
        {"check", unit.toString(), "--format=json", "--systemd", "231"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.status(), run.toString());
      assertTrue(run.out().contains("231"), run.toString());
      assertTrue(run.out().contains("MemoryLimit= is deprecated since systemd 231"), run.toString());
    }
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.of("rendr");
    assertEquals(Main.USAGE, run.status());
    assertEquals("podunits: unknown command \"rendr\"; did you mean render?\n"
        + "Try 'podunits --help' for more information.\n", run.err());
  }

  @Test
  void unknownOptionIsAUsageErrorNamingTheCommand() {
    CliRun run = CliRun.of("check", "--sytsemd", "252", dir.toString());
    assertEquals(Main.USAGE, run.status());
    assertTrue(run.err().startsWith("podunits: unknown option --sytsemd for check; did you mean --systemd?\n"),
        run.toString());
    assertTrue(run.err().endsWith("Try 'podunits check --help' for more information.\n"), run.toString());
  }

  @Test
  void missingArgumentIsAUsageError() {
    CliRun run = CliRun.of("check");
    assertEquals(Main.USAGE, run.status());
    assertEquals("podunits: check needs PATH...\nTry 'podunits check --help' for more information.\n", run.err());
  }

  @Test
  void helpCommandPrintsTheNamedCommandsUsage() {
    assertEquals(CliRun.of("check", "--help").out(), CliRun.of("help", "check").out());
    assertEquals(CliRun.of("--help").out(), CliRun.of("help").out());
    CliRun wrong = CliRun.of("help", "chek");
    assertEquals(Main.USAGE, wrong.status());
    assertEquals("podunits: unknown command \"chek\"; did you mean check?\n"
        + "Try 'podunits help --help' for more information.\n", wrong.err());
  }

  @Test
  void anArgumentThatStartsWithADashFollowsDoubleDash() {
    CliRun option = CliRun.of("check", "-missing.service");
    assertEquals(Main.USAGE, option.status(), option.toString());
    assertTrue(option.err().startsWith("podunits: unknown option -missing.service for check"), option.toString());

    CliRun path = CliRun.of("check", "--", "-missing.service");
    assertEquals(Main.IO_FAILURE, path.status(), path.toString());
    assertTrue(path.out().startsWith("-missing.service: error: cannot read: no such file or directory\n"),
        path.toString());
  }

  @Test
  void anIoFailureIsOneLineWithStatusThree() throws Exception {
    Path file = dir.resolve("file");
    Files.writeString(file, "not a directory");
    CliRun run = CliRun.of("render", "web", file.resolve("pod").toString());
    assertEquals(Main.IO_FAILURE, run.status(), run.toString());
    assertEquals(1, run.err().lines().count(), run.toString());
    assertTrue(run.err().startsWith("podunits: " + file), run.toString());
    assertFalse(run.err().contains("\tat "), run.toString());
  }

  @Test
  void verbosePrintsTheStackTraceOfAFailureWithACause() throws Exception {
    CliRun quiet = CliRun.of("render", "--class", "org.podunits.examples.FailingPod", "--classpath", "",
        dir.toString());
    assertEquals(Main.PROBLEMS, quiet.status(), quiet.toString());
    assertEquals("podunits: org.podunits.examples.FailingPod.get() failed: app \"x\" is not real"
        + " (--verbose shows the stack trace)\n", quiet.err());

    CliRun verbose = CliRun.of("--verbose", "render", "--class", "org.podunits.examples.FailingPod",
        "--classpath", "", dir.toString());
    assertEquals(Main.PROBLEMS, verbose.status(), verbose.toString());
    assertTrue(verbose.err().contains("java.lang.IllegalArgumentException: app \"x\" is not real\n\tat "),
        verbose.toString());
  }

  @Test
  void listShowsEveryExamplePod() {
    CliRun run = CliRun.of("list");
    assertEquals(0, run.status(), run.toString());
    assertEquals("web\t2 apps: nginx, log-shipper\nbatch\t1 app: report\nlocked-down\t1 app: api\n"
        + "from-data\t2 apps: queue, worker\n", run.out());
  }
}
