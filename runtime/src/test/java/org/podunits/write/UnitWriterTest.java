package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

class UnitWriterTest {

  private static final Path UNITS = Path.of("stage1/rootfs/usr/lib/systemd/system");
  private static final UnitOption DESCRIPTION = UnitOption.of("Unit", "Description", "Halt");
  private static final UnitOption ISOLATE = UnitOption.of("Unit", "AllowIsolate", "true");

  @TempDir Path temp;
  private Path root;
  private Path outside;

  @BeforeEach
  void makeRootBesideAnOutsideDirectory() throws IOException {
    root = Files.createDirectory(temp.resolve("pod"));
    outside = Files.createDirectory(temp.resolve("outside"));
  }

  @Test
  void writeUnitWritesSerializedTextWithMode0644() throws IOException {
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("halt.target"), "failed to write halt.target", DESCRIPTION, ISOLATE);

    Path written = root.resolve("halt.target");
    assertEquals("[Unit]\nDescription=Halt\nAllowIsolate=true\n", Files.readString(written));
    assertEquals(0644, Trees.mode(written));
    assertTrue(writer.error().isEmpty());
  }

  @Test
  void writeUnitWithoutOptionsWritesEmptyFile() throws IOException {
    new UnitWriter(root).writeUnit(Path.of("empty.service"), "failed", UnitFile.of(List.of()));

    assertEquals(0, Files.size(root.resolve("empty.service")));
  }

  @ParameterizedTest
  @ValueSource(ints = {0600, 0640, 0644, 0755, 0444, 0})
  void writeFileWritesExactBytesWithTheGivenMode(int mode) throws IOException {
    byte[] content = "g gen0 0\n\nu gen0 0 \"gen0\"\n".getBytes(UTF_8);
    new UnitWriter(root).writeFile(Path.of("conf"), content, mode, "failed to write conf");

    assertArrayEquals(content, Files.readAllBytes(root.resolve("conf")));
    assertEquals(mode, Trees.mode(root.resolve("conf")));
  }

  @Test
  void writeFileSetsSetIdAndStickyBits() {
    new UnitWriter(root).writeFile(Path.of("tool"), new byte[] {1}, 06755, "failed");

    assertEquals(06755, Trees.mode(root.resolve("tool")));
  }

  @Test
  void missingParentDirectoriesAreCreatedWithMode0755() {
    new UnitWriter(root).writeFile(Path.of("stage1/rootfs/rkt/env/hello"), new byte[0], 0644, "f");

    for (String directory : List.of("stage1", "stage1/rootfs", "stage1/rootfs/rkt",
        "stage1/rootfs/rkt/env")) {
      assertEquals(0755, Trees.mode(root.resolve(directory)), directory);
    }
  }

  @Test
  void existingDirectoriesKeepTheirMode() throws IOException {
    Path units = Files.createDirectories(root.resolve(UNITS));
    Files.setPosixFilePermissions(units, PosixFilePermissions.fromString("rwx------"));

    new UnitWriter(root).writeUnit(UNITS.resolve("halt.target"), "failed", DESCRIPTION);

    assertEquals(0700, Trees.mode(units));
  }

  @Test
  void writeUnitReplacesExistingFileAndItsMode() throws IOException {
    Path target = root.resolve("halt.target");
    Files.writeString(target, "old text that is longer than the new one\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));

    new UnitWriter(root).writeUnit(Path.of("halt.target"), "failed", DESCRIPTION);

    assertEquals("[Unit]\nDescription=Halt\n", Files.readString(target));
    assertEquals(0644, Trees.mode(target));
  }

  @Test
  void writerIgnoresCallsAfterFirstError() {
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("../escape.service"), "failed to write escape.service", DESCRIPTION);
    UnitWriteException first = writer.error().orElseThrow();

    writer.writeUnit(Path.of("a.service"), "second failure", DESCRIPTION);
    writer.writeUnit(Path.of("b.service"), "second failure", UnitFile.of(DESCRIPTION));
    writer.writeFile(Path.of("c"), new byte[] {1}, 0644, "second failure");
    writer.activate("d.service", Path.of("d.service"));
    writer.link(Path.of("e"), "target", "second failure");
    writer.writeUnit(Path.of("/absolute"), "third failure", DESCRIPTION);

    assertSame(first, writer.error().orElseThrow());
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void errorIsEmptyAndThrowIfFailedReturnsWhileNothingFailed() throws UnitWriteException {
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("halt.target"), "failed", DESCRIPTION);

    writer.throwIfFailed();
    assertTrue(writer.error().isEmpty());
  }

  @Test
  void throwIfFailedThrowsTheFirstError() {
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("/etc/first"), "first failure", DESCRIPTION);
    writer.writeUnit(Path.of("/etc/second"), "second failure", DESCRIPTION);

    UnitWriteException thrown = assertThrows(UnitWriteException.class, writer::throwIfFailed);
    assertEquals("first failure", thrown.failure());
    assertSame(writer.error().orElseThrow(), thrown);
  }

  @Test
  void errorMessageIsFailureThenCauseWithCauseChained() throws IOException {
    Files.createDirectory(root.resolve("halt.target"));
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("halt.target"), "failed to write halt.target", DESCRIPTION);

    UnitWriteException error = writer.error().orElseThrow();
    assertInstanceOf(FileSystemException.class, error.getCause());
    assertEquals("failed to write halt.target", error.failure());
    assertEquals("failed to write halt.target: " + error.getCause().getMessage(),
        error.getMessage());
    assertTrue(error.getCause().getMessage().contains(root.resolve("halt.target").toString()),
        error.getCause().getMessage());
  }

  @Test
  void missingFileCauseSaysWhatIsMissing() throws IOException {
    Files.delete(root);
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("halt.target"), "failed to write halt.target", DESCRIPTION);

    assertTrue(writer.error().orElseThrow().getMessage().endsWith(": no such file or directory"),
        writer.error().orElseThrow().getMessage());
  }

  @Test
  void absolutePathIsRecordedAndNothingIsWritten() {
    Path absolute = outside.resolve("escape.service");
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(absolute, "failed to write escape.service", DESCRIPTION);

    assertTrue(writer.error().orElseThrow().getMessage().contains("is absolute"));
    assertFalse(Files.exists(absolute));
    assertEquals(1, Trees.snapshot(root).size());
  }

  @Test
  void dotDotComponentIsRecordedAndNothingIsWritten() {
    UnitWriter writer = new UnitWriter(root);
    writer.writeFile(Path.of("stage1/../../outside/escape"), new byte[] {1}, 0644, "failed");

    assertTrue(writer.error().orElseThrow().getMessage().contains("'..'"));
    assertEquals(1, Trees.snapshot(outside).size());
    assertEquals(1, Trees.snapshot(root).size());
  }

  @Test
  void emptyPathIsRecorded() {
    UnitWriter writer = new UnitWriter(root);
    writer.writeFile(Path.of(""), new byte[] {1}, 0644, "failed");

    assertTrue(writer.error().orElseThrow().getMessage().contains("is empty"));
  }

  @Test
  void symlinkedDirectoryLeadingOutsideIsRecordedAndNothingIsWrittenThere() throws IOException {
    Files.createSymbolicLink(root.resolve("stage1"), outside);
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("stage1/rootfs/halt.target"), "failed to write halt.target",
        DESCRIPTION);

    assertTrue(writer.error().orElseThrow().getMessage().contains("outside the pod root"));
    assertEquals(1, Trees.snapshot(outside).size());
  }

  @Test
  void relativeSymlinkClimbingOutOfTheRootIsRecorded() throws IOException {
    Files.createDirectory(root.resolve("stage1"));
    Files.createSymbolicLink(root.resolve("stage1/rootfs"), Path.of("../../outside"));
    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("stage1/rootfs/halt.target"), "failed", DESCRIPTION);

    assertTrue(writer.error().isPresent());
    assertEquals(1, Trees.snapshot(outside).size());
  }

  @Test
  void symlinkedDirectoryInsideTheRootIsFollowed() throws IOException {
    Files.createDirectories(root.resolve("stage1/rootfs/usr/lib"));
    Files.createSymbolicLink(root.resolve("stage1/rootfs/lib"), Path.of("usr/lib"));
    UnitWriter writer = new UnitWriter(root);
    writer.writeFile(Path.of("stage1/rootfs/lib/sysusers.d/hello.conf"), new byte[] {1}, 0644, "f");

    assertTrue(writer.error().isEmpty());
    assertTrue(Files.isRegularFile(root.resolve("stage1/rootfs/usr/lib/sysusers.d/hello.conf"),
        LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void symlinkAtTheLastComponentIsReplacedNotWrittenThrough() throws IOException {
    Path victim = Files.writeString(outside.resolve("passwd"), "root:x:0:0\n");
    Files.createSymbolicLink(root.resolve("halt.target"), victim);

    new UnitWriter(root).writeUnit(Path.of("halt.target"), "failed", DESCRIPTION);

    assertEquals("root:x:0:0\n", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(root.resolve("halt.target")));
    assertEquals("[Unit]\nDescription=Halt\n", Files.readString(root.resolve("halt.target")));
  }

  @Test
  void failedWriteOverDirectoryKeepsItAndLeavesNoTemporaryFile() throws IOException {
    Files.createDirectory(root.resolve("halt.target"));
    Files.writeString(root.resolve("halt.target/keep"), "kept");
    SortedMap<String, String> before = Trees.snapshot(root);

    UnitWriter writer = new UnitWriter(root);
    writer.writeUnit(Path.of("halt.target"), "failed", DESCRIPTION);

    assertTrue(writer.error().isPresent());
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void failedWriteUnderRegularFileKeepsItAndCreatesNothing() throws IOException {
    Files.writeString(root.resolve("rkt"), "not a directory");
    SortedMap<String, String> before = Trees.snapshot(root);

    UnitWriter writer = new UnitWriter(root);
    writer.writeFile(Path.of("rkt/env/hello"), new byte[] {1}, 0644, "unable to write env file");

    assertTrue(writer.error().orElseThrow().getMessage().contains("is not a directory"));
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void failedWriteInReadOnlyDirectoryKeepsOldContent() throws IOException {
    assumeTrue(!"root".equals(System.getProperty("user.name")),
        "root ignores directory permissions, so a read-only directory cannot make a write fail");
    Path units = Files.createDirectory(root.resolve("units"));
    Files.writeString(units.resolve("halt.target"), "old\n");
    Files.setPosixFilePermissions(units, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      UnitWriter writer = new UnitWriter(root);
      writer.writeUnit(Path.of("units/halt.target"), "failed", DESCRIPTION);

      assertTrue(writer.error().isPresent());
      assertEquals("old\n", Files.readString(units.resolve("halt.target")));
      try (Stream<Path> files = Files.list(units)) {
        assertEquals(1, files.count());
      }
    } finally {
      Files.setPosixFilePermissions(units, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void activateCreatesRelativeLinkToTheUnit() throws IOException {
    new UnitWriter(root).activate("hello.service", Path.of("default.target.wants/hello.service"));

    assertEquals(Path.of("../hello.service"),
        Files.readSymbolicLink(root.resolve("default.target.wants/hello.service")));
  }

  @Test
  void activateKeepsAnExistingLinkWhateverItPointsTo() throws IOException {
    Path wants = Files.createDirectory(root.resolve("default.target.wants"));
    Files.createSymbolicLink(wants.resolve("hello.service"), Path.of("/nowhere/else"));

    UnitWriter writer = new UnitWriter(root);
    writer.activate("hello.service", Path.of("default.target.wants/hello.service"));

    assertTrue(writer.error().isEmpty());
    assertEquals(Path.of("/nowhere/else"), Files.readSymbolicLink(wants.resolve("hello.service")));
  }

  @Test
  void activateTwiceInANewDirectoryIsFine() {
    UnitWriter writer = new UnitWriter(root);
    writer.activate("hello.service", Path.of("wants/hello.service"));
    writer.activate("hello.service", Path.of("wants/hello.service"));

    assertTrue(writer.error().isEmpty());
  }

  @Test
  void activateRecordsARegularFileInTheLinksPlace() throws IOException {
    Files.writeString(root.resolve("hello.service"), "a file, not a link");
    UnitWriter writer = new UnitWriter(root);
    writer.activate("hello.service", Path.of("hello.service"));

    UnitWriteException error = writer.error().orElseThrow();
    assertEquals("failed to link service want", error.failure());
    assertTrue(error.getMessage().contains("not a symbolic link"), error.getMessage());
  }

  @Test
  void linkCreatesLinkWithTheGivenTarget() throws IOException {
    new UnitWriter(root).link(Path.of("rkt/volumes/conf"), "/opt/stage2/full/rootfs/etc/conf",
        "failed to link volume");

    assertEquals(Path.of("/opt/stage2/full/rootfs/etc/conf"),
        Files.readSymbolicLink(root.resolve("rkt/volumes/conf")));
  }

  @Test
  void uidShiftChownsFilesAndCreatedDirectoriesButNotExistingOnes() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root can change owners");
    WriteOptions shifted = WriteOptions.DEFAULT.withUidRange(100000, 65536);
    UnitWriter writer = new UnitWriter(root, shifted);
    writer.writeFile(Path.of("rkt/env/hello"), new byte[] {1}, 04755, "f");
    writer.activate("hello.service", Path.of("rkt/hello.service"));

    for (String path : List.of("rkt", "rkt/env", "rkt/env/hello")) {
      assertEquals(100000, Trees.uid(root.resolve(path)), path);
      assertEquals(100000, Trees.gid(root.resolve(path)), path);
    }
    assertEquals(04755, Trees.mode(root.resolve("rkt/env/hello")));
    assertEquals(0, Trees.uid(root.resolve("rkt/hello.service")));
    assertEquals(0, Trees.uid(root));
  }

  @Test
  void uidShiftWithZeroCountChangesNoOwner() throws IOException {
    int owner = Trees.uid(root);
    new UnitWriter(root, WriteOptions.DEFAULT.withUidRange(100000, 0))
        .writeUnit(Path.of("halt.target"), "f", DESCRIPTION);

    assertEquals(owner, Trees.uid(root.resolve("halt.target")));
  }

  @Test
  void durableWriterWritesTheSameTree() throws IOException {
    Path plain = Files.createDirectory(temp.resolve("plain"));
    for (UnitWriter writer : List.of(new UnitWriter(plain),
        new UnitWriter(root, WriteOptions.DEFAULT.withDurability(true)))) {
      writer.writeUnit(UNITS.resolve("halt.target"), "f", DESCRIPTION);
      writer.writeFile(Path.of("stage1/rootfs/rkt/env/hello"), new byte[] {1, 2}, 0644, "f");
      writer.activate("halt.target", UNITS.resolve("default.target.wants/halt.target"));
      writer.throwIfFailed();
    }

    assertEquals(Trees.snapshot(plain), Trees.snapshot(root));
  }

  @Test
  void temporaryNamesFitForTheLongestFileName() throws IOException {
    String longest = "u".repeat(247) + ".service";
    new UnitWriter(root).writeUnit(Path.of(longest), "f", DESCRIPTION);

    assertTrue(Files.isRegularFile(root.resolve(longest)));
  }

  @Test
  void writeFileRefusesAModeOutsidePermissionBits() {
    UnitWriter writer = new UnitWriter(root);
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> writer.writeFile(Path.of("conf"), new byte[0], 010000, "f"));

    assertEquals("file conf: mode 10000 is not a permission mode between 0 and 7777 (octal)",
        thrown.getMessage());
  }

  @Test
  void stepsRefuseAnEmptyFailureMessage() {
    UnitWriter writer = new UnitWriter(root);

    assertThrows(IllegalArgumentException.class,
        () -> writer.writeUnit(Path.of("a.service"), "", DESCRIPTION));
  }

  @Test
  void activateRefusesAUnitNameWithASlash() {
    UnitWriter writer = new UnitWriter(root);

    assertThrows(IllegalArgumentException.class,
        () -> writer.activate("../etc/passwd", Path.of("wants/x")));
  }
}
