package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podunits diff}: content, links, modes and what an earlier plan left. */
class DiffCommandTest {

  @TempDir Path dir;

  private Path units() {
    return dir.resolve("stage1/rootfs/usr/lib/systemd/system");
  }

  private void render(String pod) {
    assertEquals(0, CliRun.of("render", pod, dir.toString()).status());
  }

  @Test
  void diffIsEmptyAfterRender() {
    render("batch");
    CliRun run = CliRun.of("diff", "batch", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals("Pod \"batch\" under " + dir + " is up to date.\n", run.out());
  }

  @Test
  void diffShowsEveryEntryOfAnEmptyRootAsNew() {
    CliRun run = CliRun.of("diff", "batch", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertTrue(run.out().contains("+ stage1/rootfs/usr/lib/systemd/system/report.service ("), run.out());
    assertTrue(run.out().contains("+ stage1/rootfs/usr/lib/systemd/system/default.target.wants/report.service"
        + " -> ../report.service\n"), run.out());
  }

  @Test
  void diffShowsChangedLines() throws Exception {
    render("batch");
    Path service = units().resolve("report.service");
    Files.writeString(service, Files.readString(service).replace("Restart=no\n", "Restart=always\n"));
    CliRun run = CliRun.of("diff", "batch", dir.toString());
    assertEquals(Main.PROBLEMS, run.status());
    assertTrue(run.out().contains("~ stage1/rootfs/usr/lib/systemd/system/report.service\n    -Restart=always\n"
        + "    +Restart=no\n"), run.out());
    assertTrue(run.out().endsWith("1 of 10 entries would change.\n"), run.out());
  }

  @Test
  void diffShowsAModeChange() throws Exception {
    render("batch");
    Files.setPosixFilePermissions(units().resolve("report.service"), PosixFilePermissions.fromString("rw-------"));
    CliRun run = CliRun.of("diff", "batch", dir.toString());
    assertEquals(Main.PROBLEMS, run.status());
    assertEquals("~ stage1/rootfs/usr/lib/systemd/system/report.service: mode 600 would become 644\n"
        + "1 of 10 entries would change.\n", run.out());
  }

  @Test
  void diffShowsWhatAnEarlierPlanLeft() {
    render("web");
    CliRun run = CliRun.of("diff", "batch", dir.toString());
    assertEquals(Main.PROBLEMS, run.status(), run.toString());
    assertTrue(run.out().contains("- stage1/rootfs/usr/lib/systemd/system/nginx.service (file, written for an"
        + " earlier plan)\n"), run.out());
    assertTrue(run.out().contains(" left by an earlier plan would be removed.\n"), run.out());
  }

  @Test
  void controlCharactersFromDiskCannotReachTheTerminal() throws Exception {
    render("batch");
    Path service = units().resolve("report.service");
    Files.writeString(service, Files.readString(service).replace("Restart=no\n", "Restart=\u001b[2Jno\n"));
    CliRun run = CliRun.of("diff", "batch", dir.toString());
    assertTrue(run.out().contains("    -Restart=\\x1b[2Jno\n"), run.out());
  }

  @Test
  void diffTakesAUsersPodLikeRender() {
    CliRun run = CliRun.of("diff", "--classpath", dir.toString());
    assertEquals(Main.USAGE, run.status(), run.toString());
    assertTrue(run.err().startsWith("podunits: --classpath needs --class"), run.err());
  }
}
