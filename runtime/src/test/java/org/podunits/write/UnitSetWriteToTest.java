package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

class UnitSetWriteToTest {

  private static final Path UNITS = Path.of("stage1/rootfs/usr/lib/systemd/system");
  private static final Path WANTS = UNITS.resolve("default.target.wants");
  private static final UnitFile HALT = UnitFile.of(
      UnitOption.of("Unit", "Description", "Halt"),
      UnitOption.of("Unit", "DefaultDependencies", "false"),
      UnitOption.of("Unit", "AllowIsolate", "true"));
  private static final UnitFile SHUTDOWN = UnitFile.of(
      UnitOption.of("Unit", "Description", "Pod shutdown"),
      UnitOption.of("Service", "ExecStop", "/usr/bin/systemctl --force exit"));

  @TempDir Path root;

  /** The stage1 image: the units directory exists, with an old halt.target in it. */
  @BeforeEach
  void makeStage1Image() throws IOException {
    Path units = Files.createDirectories(root.resolve(UNITS));
    Path halt = Files.writeString(units.resolve("halt.target"), "[Unit]\nDescription=old\n");
    Files.setPosixFilePermissions(halt, PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void writeToAppliesEveryEntry() throws IOException {
    onePodPlan().build().writeTo(root);

    assertEquals(HALT.serialize(), Files.readString(root.resolve(UNITS.resolve("halt.target"))));
    assertEquals(0644, Trees.mode(root.resolve(UNITS.resolve("halt.target"))));
    assertEquals(SHUTDOWN.serialize(),
        Files.readString(root.resolve(UNITS.resolve("shutdown.service"))));
    assertEquals("AC_APP_NAME=hello\n",
        Files.readString(root.resolve("stage1/rootfs/rkt/env/hello")));
    assertEquals(0640, Trees.mode(root.resolve("stage1/rootfs/usr/lib/sysusers.d/hello.conf")));
    assertEquals(Path.of("../shutdown.service"),
        Files.readSymbolicLink(root.resolve(WANTS.resolve("shutdown.service"))));
    for (String directory : new String[] {"stage1/rootfs/rkt", "stage1/rootfs/rkt/env",
        "stage1/rootfs/usr/lib/sysusers.d", WANTS.toString()}) {
      assertEquals(0755, Trees.mode(root.resolve(directory)), directory);
    }
  }

  @Test
  void writeToLeavesNoTemporaryOrBackupFilesAfterSuccess() throws IOException {
    onePodPlan().build().writeTo(root);

    try (Stream<Path> paths = Files.walk(root)) {
      assertFalse(paths.anyMatch(Trees::isLeftover));
    }
  }

  @Test
  void writeToPutsTheTreeBackByteForByteWhenAnEntryFails() throws IOException {
    Files.writeString(root.resolve("stage1/rootfs/opt"), "a file where a directory is needed");
    SortedMap<String, String> before = Trees.snapshot(root);

    UnitSet plan = onePodPlan()
        .file(Path.of("stage1/rootfs/opt/stage2/hello/env"), new byte[] {1}, 0644,
            "unable to write app file")
        .unit(UNITS.resolve("after.service"), HALT, "never written")
        .build();

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void writeToThrowsTheFailingEntrysFailureWithItsCause() throws IOException {
    Files.writeString(root.resolve("stage1/rootfs/opt"), "a file where a directory is needed");
    UnitSet plan = onePodPlan()
        .file(Path.of("stage1/rootfs/opt/stage2/hello/env"), new byte[] {1}, 0644,
            "unable to write app file")
        .build();

    UnitWriteException thrown = assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals("unable to write app file", thrown.failure());
    assertInstanceOf(FileSystemException.class, thrown.getCause());
    assertTrue(thrown.getMessage().endsWith("is not a directory"), thrown.getMessage());
  }

  @Test
  void writeToRestoresAReplacedFilesBytesAndMode() throws IOException {
    Path halt = root.resolve(UNITS.resolve("halt.target"));
    UnitSet plan = UnitSet.builder()
        .unit(UNITS.resolve("halt.target"), HALT, "failed to write halt.target")
        .unit(UNITS.resolve("halt.target.wants"), SHUTDOWN, "fails")
        .build();
    Files.createDirectory(root.resolve(UNITS.resolve("halt.target.wants")));

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals("[Unit]\nDescription=old\n", Files.readString(halt));
    assertEquals(0600, Trees.mode(halt));
  }

  @Test
  void writeToRestoresReplacedFilesWhenALaterDirectoryRefusesWrites()
      throws IOException, InterruptedException {
    Path locked = Files.createDirectories(root.resolve("stage1/rootfs/rkt/env"));
    Files.writeString(locked.resolve("hello"), "OLD=1\n");
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitSet plan = onePodPlan().build();
    assumeTrue(Trees.chattr("+i", locked),
        "needs chattr and a file system with the immutable flag to make a write fail as root");
    UnitWriteException thrown;
    try {
      thrown = assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    } finally {
      Trees.chattr("-i", locked);
    }

    assertEquals("unable to write environment file", thrown.failure());
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void writeToRestoresALinkThatAFileReplaced() throws IOException {
    Path service = root.resolve(UNITS.resolve("shutdown.service"));
    Files.createSymbolicLink(service, Path.of("/lib/systemd/system/shutdown.service"));
    Files.writeString(root.resolve("stage1/rootfs/opt"), "blocks");
    UnitSet plan = UnitSet.builder()
        .unit(UNITS.resolve("shutdown.service"), SHUTDOWN, "failed to create shutdown service")
        .file(Path.of("stage1/rootfs/opt/x"), new byte[0], 0644, "fails")
        .build();

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals(Path.of("/lib/systemd/system/shutdown.service"), Files.readSymbolicLink(service));
  }

  @Test
  void writeToRemovesCreatedDirectoriesButKeepsExistingOnes() throws IOException {
    Files.writeString(root.resolve("stage1/rootfs/opt"), "blocks");
    UnitSet plan = UnitSet.builder()
        .file(Path.of("stage1/rootfs/rkt/env/hello"), new byte[] {1}, 0644, "env")
        .link(WANTS.resolve("hello.service"), "../hello.service", "want")
        .file(Path.of("stage1/rootfs/opt/x"), new byte[0], 0644, "fails")
        .build();

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertFalse(Files.exists(root.resolve("stage1/rootfs/rkt")));
    assertFalse(Files.exists(root.resolve(WANTS)));
    assertTrue(Files.isDirectory(root.resolve(UNITS)));
  }

  @Test
  void writeToKeepsAnExistingLinkAndDoesNotRemoveItOnRollback() throws IOException {
    Path wants = Files.createDirectory(root.resolve(WANTS));
    Files.createSymbolicLink(wants.resolve("hello.service"), Path.of("/elsewhere"));
    Files.writeString(root.resolve("stage1/rootfs/opt"), "blocks");
    UnitSet plan = UnitSet.builder()
        .link(WANTS.resolve("hello.service"), "../hello.service", "failed to link service want")
        .file(Path.of("stage1/rootfs/opt/x"), new byte[0], 0644, "fails")
        .build();

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals(Path.of("/elsewhere"), Files.readSymbolicLink(wants.resolve("hello.service")));
  }

  @Test
  void writeToLeavesNoTemporaryOrBackupFilesAfterFailure() throws IOException {
    Files.createDirectory(root.resolve(UNITS.resolve("zz.service")));
    UnitSet plan = onePodPlan().unit(UNITS.resolve("zz.service"), HALT, "fails").build();

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    try (Stream<Path> paths = Files.walk(root)) {
      assertFalse(paths.anyMatch(Trees::isLeftover));
    }
  }

  @Test
  void writeToWithUidShiftPutsOwnersBackOnRollback() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root can change owners");
    Files.writeString(root.resolve("stage1/rootfs/opt"), "blocks");
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitSet plan = onePodPlan()
        .file(Path.of("stage1/rootfs/opt/x"), new byte[0], 0644, "fails")
        .build();

    assertThrows(UnitWriteException.class,
        () -> plan.writeTo(root, WriteOptions.DEFAULT.withUidRange(100000, 65536)));
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void writeToWithUidShiftOwnsWhatItWrites() throws IOException {
    assumeTrue("root".equals(System.getProperty("user.name")), "only root can change owners");
    onePodPlan().build().writeTo(root, WriteOptions.DEFAULT.withUidRange(100000, 65536));

    assertEquals(100000, Trees.uid(root.resolve(UNITS.resolve("halt.target"))));
    assertEquals(100000, Trees.gid(root.resolve("stage1/rootfs/rkt/env")));
  }

  @Test
  void writeToSucceedsAgainOverItsOwnOutput() throws IOException {
    UnitSet plan = onePodPlan().build();
    plan.writeTo(root);
    SortedMap<String, String> first = Trees.snapshot(root);

    plan.writeTo(root, WriteOptions.DEFAULT.withDurability(true));

    assertEquals(first, Trees.snapshot(root));
  }

  /**
   * Sixteen units into the pre-existing units directory: more than the writer's estimate of what
   * listing a one-block directory costs (ext4 reports 4096 bytes, tmpfs less), so the run lists
   * the directory instead of probing each file, and these tests cover that path. One unit
   * replaces the old halt.target, one a dangling link.
   */
  @Test
  void writeToPutsBackFilesItReplacedInAListedDirectoryWithTheirInodes() throws IOException {
    Path halt = root.resolve(UNITS.resolve("halt.target"));
    Files.createSymbolicLink(root.resolve(UNITS.resolve("old.service")), Path.of("/dangling"));
    Object inode = Files.getAttribute(halt, "unix:ino");
    Files.writeString(root.resolve("stage1/rootfs/opt"), "blocks");
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitSet plan = manyUnits()
        .file(Path.of("stage1/rootfs/opt/x"), new byte[0], 0644, "fails")
        .build();

    assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals(before, Trees.snapshot(root));
    assertEquals(inode, Files.getAttribute(halt, "unix:ino"));
  }

  @Test
  void writeToReplacesFilesAndLinksInAListedDirectory() throws IOException {
    Files.createSymbolicLink(root.resolve(UNITS.resolve("old.service")), Path.of("/dangling"));

    manyUnits().build().writeTo(root);

    assertEquals(HALT.serialize(), Files.readString(root.resolve(UNITS.resolve("halt.target"))));
    assertEquals(0644, Trees.mode(root.resolve(UNITS.resolve("halt.target"))));
    assertFalse(Files.isSymbolicLink(root.resolve(UNITS.resolve("old.service"))));
    assertEquals(SHUTDOWN.serialize(),
        Files.readString(root.resolve(UNITS.resolve("old.service"))));
    try (Stream<Path> paths = Files.walk(root)) {
      assertFalse(paths.anyMatch(Trees::isLeftover));
    }
  }

  @Test
  void writeToLeavesNoTemporaryFilesWhenATargetInAListedDirectoryIsADirectory()
      throws IOException {
    Files.createDirectory(root.resolve(UNITS.resolve("zz.service")));
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitSet plan = manyUnits().unit(UNITS.resolve("zz.service"), HALT, "fails").build();

    UnitWriteException thrown = assertThrows(UnitWriteException.class, () -> plan.writeTo(root));
    assertEquals("fails", thrown.failure());
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void writeToRefusesASubdirectoryOfAListedDirectoryThatLeadsOutsideTheRoot(@TempDir Path outside)
      throws IOException {
    Files.createSymbolicLink(root.resolve(WANTS), outside);
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitSet plan = manyUnits()
        .link(WANTS.resolve("halt.target"), "../halt.target", "failed to link halt.target")
        .build();

    UnitWriteException thrown = assertThrows(UnitWriteException.class, () -> plan.writeTo(root));

    assertEquals("failed to link halt.target", thrown.failure());
    assertTrue(thrown.getMessage().contains("symbolic link leads outside the pod root"),
        thrown.getMessage());
    assertEquals(before, Trees.snapshot(root));
    assertEquals(Set.of(""), Trees.snapshot(outside).keySet());
  }

  @Test
  void writeToCreatesASubdirectoryItsListedParentLacks() throws IOException {
    manyUnits()
        .link(WANTS.resolve("halt.target"), "../halt.target", "failed to link halt.target")
        .build().writeTo(root);

    assertEquals(Path.of("../halt.target"),
        Files.readSymbolicLink(root.resolve(WANTS.resolve("halt.target"))));
    assertEquals(0755, Trees.mode(root.resolve(WANTS)));
  }

  @Test
  void writeToDurableWritesEveryFileOfAListedDirectory() throws IOException {
    UnitSet plan = manyUnits().build();

    plan.writeTo(root, WriteOptions.DEFAULT.withDurability(true));

    for (UnitSet.Entry entry : plan.entries()) {
      assertEquals(((UnitSet.UnitEntry) entry).unit().serialize(),
          Files.readString(root.resolve(entry.path())));
    }
  }

  private static UnitSet.Builder manyUnits() {
    UnitSet.Builder plan = UnitSet.builder()
        .unit(UNITS.resolve("halt.target"), HALT, "failed to write halt.target")
        .unit(UNITS.resolve("old.service"), SHUTDOWN, "failed to write old.service");
    for (int i = 0; i < 14; i++) {
      plan.unit(UNITS.resolve("app-" + i + ".service"), SHUTDOWN, "failed to write app " + i);
    }
    return plan;
  }

  @Test
  void aRunThatFindsAnotherRunsLockedJournalFailsAndChangesNothing() throws IOException {
    onePodPlan().build().writeTo(root);
    Path journal = root.resolve(".podunits-journal");
    Files.write(journal, "a live run's journal\n".getBytes(UTF_8));
    SortedMap<String, String> written = Trees.snapshot(root);
    try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      UnitSet other = UnitSet.builder()
          .unit(UNITS.resolve("halt.target"), SHUTDOWN, "failed to write halt.target").build();
      UnitWriteException refused = assertThrows(UnitWriteException.class, () -> other.writeTo(root));
      assertTrue(refused.getMessage().startsWith("another writeTo is writing in " + root
          + "; two runs must not write in one pod root at once"), refused.getMessage());
      UnitWriteException recovery = assertThrows(UnitWriteException.class, () -> UnitSet.recover(root));
      assertEquals(refused.getMessage(), recovery.getMessage());
      assertTrue(held.isValid(), "the live run's lock was kept");
      assertEquals(written, Trees.snapshot(root));
    }
    // Its run gone (the kernel drops a dead process's lock), the journal is a leftover: recovered.
    Files.write(journal, new byte[0]);
    onePodPlan().build().writeTo(root);
    assertFalse(Files.exists(journal));
  }

  @Test
  void aRunOfAnotherProcessStillWritingMakesASecondRunFailAndChangeNothing() throws Exception {
    onePodPlan().build().writeTo(root);
    Path journal = root.resolve(".podunits-journal");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), JournalHolder.class.getName(), journal.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), UTF_8));
      assertEquals("locked", said.readLine());
      SortedMap<String, String> before = Trees.snapshot(root);
      UnitSet other = UnitSet.builder()
          .unit(UNITS.resolve("halt.target"), SHUTDOWN, "failed to write halt.target").build();
      UnitWriteException refused = assertThrows(UnitWriteException.class, () -> other.writeTo(root));
      assertTrue(refused.getMessage().startsWith("another writeTo is writing in " + root), refused.getMessage());
      assertEquals(before, Trees.snapshot(root));
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
    }
    // Its process gone, the kernel has dropped the lock: the journal is a leftover and is recovered.
    onePodPlan().build().writeTo(root);
    assertFalse(Files.exists(journal));
  }

  private static UnitSet.Builder onePodPlan() {
    return UnitSet.builder()
        .unit(UNITS.resolve("halt.target"), HALT, "failed to write halt.target")
        .unit(UNITS.resolve("shutdown.service"), SHUTDOWN, "failed to create shutdown service")
        .file(Path.of("stage1/rootfs/usr/lib/sysusers.d/hello.conf"),
            "g gen0 0\n".getBytes(UTF_8), 0640, "unable to write sysusers file")
        .file(Path.of("stage1/rootfs/rkt/env/hello"), "AC_APP_NAME=hello\n".getBytes(UTF_8), 0644,
            "unable to write environment file")
        .link(WANTS.resolve("shutdown.service"), "../shutdown.service",
            "failed to link service want");
  }
}
