package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Main main = new Main(
      new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void renderWritesEveryEntryAndSummarisesIt() throws Exception {
    assertEquals(0, main.run("render", "web", dir.toString()), err());
    Path units = dir.resolve("stage1/rootfs/usr/lib/systemd/system");
    assertTrue(Files.isRegularFile(units.resolve("nginx.service")));
    assertTrue(Files.isRegularFile(units.resolve("nginx.socket")));
    assertTrue(Files.isRegularFile(units.resolve("nginx-stdout.socket")));
    assertTrue(Files.isSymbolicLink(units.resolve("default.target.wants/log-shipper.service")));
    assertTrue(out().contains("Rendered pod \"web\" (nginx, log-shipper; stage1 coreos, systemd 252)"), out());
    assertTrue(out().contains("stage1/rootfs/usr/lib/systemd/system/nginx.service"), out());
    assertTrue(out().contains(" 0 error(s)"), out());
  }

  @Test
  void everyExamplePodRendersWithoutCatalogueErrors() throws Exception {
    for (String name : ExamplePods.all().keySet()) {
      out.reset();
      assertEquals(0, main.run("render", name, dir.resolve(name).toString()), err());
      assertTrue(out().contains(" 0 error(s)"), name + ": " + out());
    }
  }

  @Test
  void renderNotesWhatRktWouldWarnAbout() throws Exception {
    assertEquals(0, main.run("render", "locked-down", dir.toString()), err());

    assertTrue(out().contains("  note: app \"api\": no volume for the mount point at /tmp; it gets the empty"
        + " volume \"api-tmp\", removed with the pod"), out());
    assertTrue(Files.readString(dir.resolve("stage1/rootfs/usr/lib/systemd/system/api.service"))
        .contains("ReadWriteDirectories=/opt/stage2/api/rootfs/tmp\n"));
  }

  @Test
  void checkAcceptsARenderedPod() throws Exception {
    main.run("render", "locked-down", dir.toString());
    out.reset();
    assertEquals(0, main.run("check", dir.toString()), out() + err());
    assertTrue(out().contains("0 error(s)"), out());
  }

  @Test
  void checkReportsAMisplacedDirectiveWithItsFile() throws Exception {
    Files.writeString(dir.resolve("bad.service"), "[Unit]\nExecStart=/bin/true\n");
    assertEquals(1, main.run("check", dir.toString()));
    assertTrue(out().contains("ERROR: bad.service: [Unit] ExecStart="), out());
  }

  @Test
  void checkReportsUnparsableUnitWithItsLine() throws Exception {
    Files.writeString(dir.resolve("broken.service"), "[Service]\nExecStart\n");
    assertEquals(1, main.run("check", dir.toString()));
    assertTrue(out().contains("ERROR: broken.service: line 2"), out());
  }

  @Test
  void diffIsEmptyAfterRender() throws Exception {
    main.run("render", "batch", dir.toString());
    out.reset();
    assertEquals(0, main.run("diff", "batch", dir.toString()), out());
    assertTrue(out().contains("is up to date"), out());
  }

  @Test
  void diffShowsChangedLines() throws Exception {
    main.run("render", "batch", dir.toString());
    Path service = dir.resolve("stage1/rootfs/usr/lib/systemd/system/report.service");
    Files.writeString(service, Files.readString(service).replace("Restart=no\n", "Restart=always\n"));
    out.reset();
    assertEquals(1, main.run("diff", "batch", dir.toString()));
    assertTrue(out().contains("~ stage1/rootfs/usr/lib/systemd/system/report.service\n    -Restart=always\n    +Restart=no\n"), out());
    assertTrue(out().contains("1 of "), out());
  }

  @Test
  void diffShowsWhatAnEarlierPlanLeft() throws Exception {
    main.run("render", "web", dir.toString());
    out.reset();
    assertEquals(1, main.run("diff", "batch", dir.toString()));
    assertTrue(out().contains("- stage1/rootfs/usr/lib/systemd/system/"), out());
    assertTrue(out().contains("written for an earlier plan"), out());
  }

  @Test
  void diffShowsAModeChange() throws Exception {
    main.run("render", "batch", dir.toString());
    Path service = dir.resolve("stage1/rootfs/usr/lib/systemd/system/report.service");
    Files.setPosixFilePermissions(service, PosixFilePermissions.fromString("rw-------"));
    out.reset();
    assertEquals(1, main.run("diff", "batch", dir.toString()));
    assertTrue(out().contains("~ stage1/rootfs/usr/lib/systemd/system/report.service: mode 600 would become 644\n"), out());
  }

  @Test
  void unknownPodIsAUsageError() {
    assertEquals(2, main.run("render", "nope", dir.toString()));
    assertTrue(err().contains("no example pod named \"nope\""), err());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, main.run("frobnicate"));
    assertTrue(err().contains("unknown command \"frobnicate\""), err());
    assertTrue(err().contains("usage:"), err());
  }
}
