package org.podunits.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.pod.Stage1;

class Stage1DetectTest {

  @TempDir Path podRoot;

  private Path stage1Rootfs() throws IOException {
    return Files.createDirectories(podRoot.resolve("stage1/rootfs"));
  }

  private void flavor(String target) throws IOException {
    Files.createSymbolicLink(stage1Rootfs().resolve("flavor"), Path.of(target));
  }

  private void versionFile(String content) throws IOException {
    Files.write(stage1Rootfs().resolve("systemd-version"), content.getBytes(StandardCharsets.UTF_8));
  }

  private Stage1 detectWith(String content) throws IOException {
    flavor("coreos");
    versionFile(content);
    return Stage1Detector.detect(podRoot);
  }

  @Test
  void detectReadsFlavorLinkTargetAndVersionFile() throws IOException {
    assertEquals(Stage1.of(Stage1.Flavor.COREOS, 233), detectWith("v233\n"));
  }

  @Test
  void detectAcceptsDanglingFlavorLinkBecauseOnlyItsTargetTextCounts() throws IOException {
    flavor("kvm");
    versionFile("v231\n");
    assertTrue(Files.notExists(stage1Rootfs().resolve("flavor")));
    assertEquals(Stage1.of(Stage1.Flavor.KVM, 231), Stage1Detector.detect(podRoot));
  }

  @Test
  void detectParsesVersionWithoutTrailingNewline() throws IOException {
    assertEquals(231, detectWith("v231").systemdVersion());
  }

  @Test
  void detectParsesV229WithSurroundingSpaces() throws IOException {
    assertEquals(229, detectWith("  v229 \n\n").systemdVersion());
  }

  @Test
  void detectTrimsCarriageReturnSoCrlfFileIsNotReadAsDevelopmentBuild() throws IOException {
    assertEquals(231, detectWith("v231\r\n").systemdVersion());
  }

  @Test
  void detectAcceptsReleaseWithoutLeadingV() throws IOException {
    assertEquals(233, detectWith("233\n").systemdVersion());
  }

  @Test
  void detectReadsMasterAsUnknownVersion() throws IOException {
    assertEquals(Stage1.UNKNOWN_VERSION, detectWith("master\n").systemdVersion());
  }

  @Test
  void detectReadsNonNumericGarbageAsUnknownVersionLikeRkt() throws IOException {
    assertEquals(Stage1.UNKNOWN_VERSION, detectWith("v23x-rc1\n").systemdVersion());
  }

  @Test
  void detectRejectsEmptyVersionFileNamingIt() throws IOException {
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> detectWith(""));
    assertEquals("unable to determine stage1's systemd version: "
        + stage1Rootfs().resolve("systemd-version") + " is empty; it should hold the systemd release such as v233",
        e.getMessage());
  }

  @Test
  void detectRejectsVersionFileOfOnlyBlanks() throws IOException {
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> detectWith(" \n \n"));
    assertTrue(e.getMessage().endsWith(" is empty; it should hold the systemd release such as v233"));
  }

  @Test
  void detectRejectsMissingVersionFileWithCauseChained() throws IOException {
    flavor("coreos");
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> Stage1Detector.detect(podRoot));
    assertEquals("unable to determine stage1's systemd version: cannot read "
        + stage1Rootfs().resolve("systemd-version"), e.getMessage());
    assertInstanceOf(NoSuchFileException.class, e.getCause());
  }

  @Test
  void detectRejectsVersionTooLargeForAnInt() throws IOException {
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> detectWith("v4294967296\n"));
    assertTrue(e.getMessage().startsWith("error parsing stage1's systemd version: \"v4294967296\" in "),
        e.getMessage());
  }

  @Test
  void detectRejectsVersionTooLargeForALong() throws IOException {
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> detectWith("v99999999999999999999\n"));
    assertInstanceOf(NumberFormatException.class, e.getCause());
  }

  @Test
  void detectRejectsVersionZero() throws IOException {
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> detectWith("v0\n"));
    assertTrue(e.getMessage().contains("is out of range; a systemd release is between 1 and"), e.getMessage());
  }

  @Test
  void detectRejectsNegativeVersion() throws IOException {
    assertThrows(PodInspectionException.class, () -> detectWith("v-5\n"));
  }

  @Test
  void detectRejectsMissingFlavorLink() throws IOException {
    versionFile("v233\n");
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> Stage1Detector.detect(podRoot));
    assertEquals("unable to determine stage1 flavor: cannot read the symbolic link "
        + stage1Rootfs().resolve("flavor"), e.getMessage());
    assertInstanceOf(NoSuchFileException.class, e.getCause());
  }

  @Test
  void detectRejectsFlavorThatIsARegularFile() throws IOException {
    Files.writeString(stage1Rootfs().resolve("flavor"), "coreos");
    versionFile("v233\n");
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> Stage1Detector.detect(podRoot));
    assertTrue(e.getMessage().startsWith("unable to determine stage1 flavor: cannot read the symbolic link"));
  }

  @Test
  void detectRejectsFlavorLinkWhoseTargetIsNotAName() throws IOException {
    flavor("../elsewhere");
    versionFile("v233\n");
    PodInspectionException e = assertThrows(PodInspectionException.class, () -> Stage1Detector.detect(podRoot));
    assertEquals("unable to determine stage1 flavor: the link " + stage1Rootfs().resolve("flavor")
        + " points to \"../elsewhere\", which is not a flavor name such as coreos, kvm, src, host or fly",
        e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void detectHostFlavorAsksTheCommandAndIgnoresVersionFile() throws IOException {
    flavor("host");
    versionFile("v1\n");
    Stage1 stage1 = Stage1Detector.detect(podRoot,
        List.of("printf", "systemd 249 (249.11-0ubuntu3)\\n+PAM +AUDIT\\n"));
    assertEquals(Stage1.of(Stage1.Flavor.HOST, 249), stage1);
  }

  @Test
  void detectHostFlavorNeedsNoVersionFile() throws IOException {
    flavor("host");
    assertEquals(252, Stage1Detector.detect(podRoot, List.of("echo", "systemd 252")).systemdVersion());
  }

  @Test
  void detectHostFlavorReportsCommandThatCannotRun() throws IOException {
    flavor("host");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> Stage1Detector.detect(podRoot, List.of("/nonexistent/systemctl", "--version")));
    assertEquals("error finding systemctl version: cannot run /nonexistent/systemctl --version", e.getMessage());
    assertInstanceOf(IOException.class, e.getCause());
  }

  @Test
  void detectHostFlavorReportsFailingCommand() throws IOException {
    flavor("host");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> Stage1Detector.detect(podRoot, List.of("false")));
    assertEquals("error finding systemctl version: false exited with status 1", e.getMessage());
  }

  @Test
  void parseSystemctlVersionReadsDebianBanner() throws IOException {
    assertEquals(252, Stage1Detector.parseSystemctlVersion(
        "systemd 252 (252.38-1~deb12u1)\n+PAM +AUDIT +SELINUX\n"));
  }

  @Test
  void parseSystemctlVersionRejectsOtherFirstLineQuotingIt() {
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> Stage1Detector.parseSystemctlVersion("udev 252\nsystemd 252\n"));
    assertEquals("error finding systemctl version: cannot parse version: \"udev 252\"", e.getMessage());
  }

  @Test
  void parseSystemctlVersionRejectsEmptyOutput() {
    assertThrows(PodInspectionException.class, () -> Stage1Detector.parseSystemctlVersion(""));
  }

  @Test
  void parseSystemctlVersionRejectsVersionZero() {
    assertThrows(PodInspectionException.class, () -> Stage1Detector.parseSystemctlVersion("systemd 0"));
  }

  @Test
  void parseSystemctlVersionRejectsNumberBeyondAnInt() {
    assertThrows(PodInspectionException.class,
        () -> Stage1Detector.parseSystemctlVersion("systemd 99999999999"));
  }

  @Test
  void detectOnThisHostMatchesSystemctlWhenPresent() throws IOException {
    flavor("host");
    Stage1 stage1;
    try {
      stage1 = Stage1Detector.detect(podRoot);
    } catch (PodInspectionException e) {
      Assumptions.abort("systemctl --version is not usable on this machine: " + e.getMessage());
      return;
    }
    assertEquals(Stage1.Flavor.HOST, stage1.flavor());
    assertTrue(stage1.systemdVersion() > 200, "systemd release " + stage1.systemdVersion());
  }
}
