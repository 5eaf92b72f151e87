package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a plan over an earlier one: the manifest, stale entries, unchanged files, diffs. */
class UnitSetReconcileTest {

  private static final Path UNITS = CrashPlans.UNITS;
  private static final Path WANTS = CrashPlans.WANTS;

  @TempDir Path root;

  @BeforeEach
  void makeStage1Image() throws Exception {
    CrashPlans.prepare(root);
  }

  @Test
  void writingAnotherPlanRemovesWhatTheEarlierPlanWroteAndTheNewOneLacks() throws IOException {
    CrashPlans.first().writeTo(root);
    CrashPlans.second().writeTo(root);

    assertFalse(Files.exists(root.resolve(UNITS.resolve("log.service"))));
    assertFalse(Files.exists(root.resolve(WANTS.resolve("log.service")),
        LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(root.resolve("stage1/rootfs/opt/first")));
    assertTrue(Files.isRegularFile(root.resolve(UNITS.resolve("batch.service"))));
  }

  @Test
  void writingAPlanOverAnotherGivesTheTreeOfThatPlanAlone() throws Exception {
    CrashPlans.first().writeTo(root);
    SortedMap<String, String> firstAlone = Trees.snapshot(root);

    CrashPlans.second().writeTo(root);
    CrashPlans.first().writeTo(root);

    assertEquals(firstAlone, Trees.snapshot(root));
  }

  @Test
  void filesPodunitsDidNotWriteAreNeverRemoved() throws IOException {
    CrashPlans.first().writeTo(root);
    Path foreign = Files.writeString(root.resolve("stage1/rootfs/opt/first/only/mine"), "x");

    CrashPlans.second().writeTo(root);

    assertEquals("x", Files.readString(foreign));
    assertTrue(Files.isRegularFile(root.resolve(UNITS.resolve("systemd-journald.service"))));
    assertFalse(Files.exists(root.resolve("stage1/rootfs/opt/first/only/tool")));
  }

  @Test
  void someoneElsesLinkIsKeptAndNeverRemoved() throws IOException {
    Path link = Files.createSymbolicLink(root.resolve(WANTS.resolve("log.service")),
        Path.of("../elsewhere.service"));

    CrashPlans.first().writeTo(root);
    CrashPlans.second().writeTo(root);

    assertEquals(Path.of("../elsewhere.service"), Files.readSymbolicLink(link));
  }

  @Test
  void aLinkPodunitsWroteFollowsThePlan() throws IOException {
    CrashPlans.first().writeTo(root);
    CrashPlans.second().writeTo(root);

    assertEquals(Path.of("../batch.service"),
        Files.readSymbolicLink(root.resolve(WANTS.resolve("web.service"))));
  }

  @Test
  void anUnchangedFileKeepsItsInodeAndModificationTime() throws IOException {
    CrashPlans.first().writeTo(root);
    Path env = root.resolve("stage1/rootfs/rkt/env/web");
    Files.setLastModifiedTime(env, FileTime.fromMillis(1_000_000_000L));
    Object inode = Files.getAttribute(env, "unix:ino");

    CrashPlans.second().writeTo(root);

    assertEquals(inode, Files.getAttribute(env, "unix:ino"));
    assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(env));
  }

  @Test
  void aFileWhoseModeChangedIsRewritten() throws IOException {
    CrashPlans.first().writeTo(root);
    CrashPlans.second().writeTo(root);

    assertEquals(0640, Trees.mode(root.resolve("stage1/rootfs/rkt/env/log")));
  }

  @Test
  void writingTheSamePlanAgainWritesNothing() throws IOException {
    CrashPlans.first().writeTo(root);
    Path manifest = root.resolve(Manifest.NAME);
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(1_000_000_000L));
    Object inode = Files.getAttribute(manifest, "unix:ino");

    CrashPlans.first().writeTo(root);

    assertEquals(inode, Files.getAttribute(manifest, "unix:ino"));
    assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(manifest));
  }

  @Test
  void theManifestListsWhatPodunitsWrote() throws IOException {
    CrashPlans.second().writeTo(root);

    assertEquals("""
        podunits-manifest 1 complete
        dir stage1/rootfs/opt
        dir stage1/rootfs/opt/second
        dir stage1/rootfs/opt/second/a
        dir stage1/rootfs/opt/second/a/b
        dir stage1/rootfs/rkt
        dir stage1/rootfs/rkt/env
        scope pod
        file stage1/rootfs/usr/lib/systemd/system/default.target
        file stage1/rootfs/usr/lib/systemd/system/web.service
        file stage1/rootfs/usr/lib/systemd/system/batch.service
        file stage1/rootfs/rkt/env/web
        file stage1/rootfs/rkt/env/log
        file stage1/rootfs/opt/second/a/b/data
        link stage1/rootfs/usr/lib/systemd/system/default.target.wants/web.service ../batch.service
        link stage1/rootfs/usr/lib/systemd/system/default.target.wants/batch.service ../batch.service
        end
        """, Files.readString(root.resolve(Manifest.NAME)));
  }

  @Test
  void theManifestEscapesSpacesBackslashesAndLineBreaks() {
    Manifest manifest = new Manifest(
        List.of(new Manifest.Item(Path.of("a b\\c\nd"), "x y\nz\\", "app/a b\\c\nd")),
        List.of(Path.of("a b")));

    Manifest.Read read = Manifest.parse(root, manifest.serialize(WriteJournal.COMPLETE));

    assertEquals(manifest, read.manifest());
    assertEquals(WriteJournal.COMPLETE, read.state());
  }

  @Test
  void anIncompleteManifestDoesNotParse() {
    byte[] whole = new Manifest(List.of(new Manifest.Item(Path.of("a/b"), null, "pod"),
        new Manifest.Item(Path.of("w/l"), "../b", "app/web")), List.of(Path.of("a")))
        .serialize(WriteJournal.PREPARED);
    for (int length = 0; length < whole.length; length++) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertEquals(null, Manifest.parse(root, cut), "cut at " + length);
    }
  }

  @Test
  void aDamagedManifestIsRefusedWithAWayOut() throws IOException {
    Files.writeString(root.resolve(Manifest.NAME), "something else\n");

    UnitWriteException thrown =
        assertThrows(UnitWriteException.class, () -> CrashPlans.first().writeTo(root));

    assertTrue(thrown.getMessage().contains("damaged podunits manifest; delete it"),
        thrown.getMessage());
  }

  @Test
  void aRemovalThatFailsAfterTheCommitPutsEverythingBack() throws Exception {
    CrashPlans.first().writeTo(root);
    SortedMap<String, String> before = Trees.snapshot(root);
    Path only = root.resolve("stage1/rootfs/opt/first/only");
    assumeTrue(Trees.chattr("+i", only), "chattr +i is not possible here (needs root and ext4 or tmpfs)");
    UnitWriteException thrown;
    try {
      thrown = assertThrows(UnitWriteException.class, () -> CrashPlans.second().writeTo(root));
    } finally {
      Trees.chattr("-i", only);
    }

    assertTrue(thrown.getMessage().startsWith("failed to remove stage1/rootfs/opt/first/only/tool"),
        thrown.getMessage());
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void aWriteFirstUndoesARunCutShortWhileStaging() throws Exception {
    CrashPlans.first().writeTo(root);
    SortedMap<String, String> first = Trees.snapshot(root);
    Path staged = cutShortWhileStaging(CrashPlans.second());

    CrashPlans.second().writeTo(root);

    assertFalse(Files.exists(staged));
    assertFalse(Files.exists(root.resolve(WriteJournal.NAME), LinkOption.NOFOLLOW_LINKS));
    assertEquals(List.of(), CrashPlans.second().differences(root));
    CrashPlans.first().writeTo(root);
    assertEquals(first, Trees.snapshot(root));
  }

  @Test
  void aWriteThatChangesNothingStillUndoesARunCutShort() throws Exception {
    CrashPlans.first().writeTo(root);
    SortedMap<String, String> first = Trees.snapshot(root);
    cutShortWhileStaging(CrashPlans.second());

    CrashPlans.first().writeTo(root);

    assertEquals(first, Trees.snapshot(root));
  }

  @Test
  void aWriteRefusesWhatIsInTheWayOfItsJournal() throws Exception {
    CrashPlans.first().writeTo(root);
    SortedMap<String, String> first = Trees.snapshot(root);
    Files.createSymbolicLink(root.resolve(WriteJournal.NAME), Path.of("nowhere"));

    UnitWriteException thrown =
        assertThrows(UnitWriteException.class, () -> CrashPlans.second().writeTo(root));

    assertTrue(thrown.getMessage().startsWith("failed to start writing in " + root),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains("is in the way of this run's journal"),
        thrown.getMessage());
    Files.delete(root.resolve(WriteJournal.NAME));
    assertEquals(first, Trees.snapshot(root));
  }

  /**
   * What a run of {@code plan} killed while staging leaves: its journal, still {@code prepared},
   * and the staged new content of its first item, cut short.
   */
  private Path cutShortWhileStaging(UnitSet plan) throws IOException {
    List<Manifest.Item> items = plan.entries().stream()
        .map(entry -> new Manifest.Item(entry.path(),
            entry instanceof UnitSet.LinkEntry link ? link.target() : null, plan.scope()))
        .toList();
    Files.write(root.resolve(WriteJournal.NAME),
        new Manifest(items, List.of()).serialize(WriteJournal.PREPARED));
    return Files.write(TempFiles.beside(root.resolve(items.get(0).path()), TempFiles.NEW_MARK, "0"),
        "[Un".getBytes(UTF_8));
  }

  @Test
  void recoverRemovesWhatAKilledUnitWriterLeft() throws IOException {
    CrashPlans.first().writeTo(root);
    Path leftover = Files.write(root.resolve(UNITS.resolve(".web.service.podunits-tmp-1f")),
        "partial".getBytes(UTF_8));

    UnitSet.recover(root);

    assertFalse(Files.exists(leftover));
    assertTrue(Files.exists(root.resolve(UNITS.resolve("web.service"))));
  }

  @Test
  void differencesListMissingChangedModeAndStaleEntries() throws IOException {
    CrashPlans.first().writeTo(root);
    Files.delete(root.resolve(UNITS.resolve("default.target")));

    List<PlanDifference> differences = CrashPlans.second().differences(root);

    assertEquals(List.of(
        new PlanDifference(PlanDifference.Kind.MISSING, UNITS.resolve("default.target"), null,
            "[Unit]\nWants=batch.service\n"),
        new PlanDifference(PlanDifference.Kind.CONTENT, UNITS.resolve("web.service"),
            "[Unit]\nDescription=web, first\n", "[Unit]\nDescription=web, second\n"),
        new PlanDifference(PlanDifference.Kind.MISSING, UNITS.resolve("batch.service"), null,
            "[Unit]\nDescription=batch\n"),
        new PlanDifference(PlanDifference.Kind.MODE, Path.of("stage1/rootfs/rkt/env/log"),
            "600", "640"),
        new PlanDifference(PlanDifference.Kind.MISSING,
            Path.of("stage1/rootfs/opt/second/a/b/data"), null, "\u0003"),
        new PlanDifference(PlanDifference.Kind.LINK_TARGET, WANTS.resolve("web.service"),
            "../web.service", "../batch.service"),
        new PlanDifference(PlanDifference.Kind.MISSING, WANTS.resolve("batch.service"), null,
            "../batch.service"),
        new PlanDifference(PlanDifference.Kind.STALE, UNITS.resolve("log.service"), "file", null),
        new PlanDifference(PlanDifference.Kind.STALE,
            Path.of("stage1/rootfs/opt/first/only/tool"), "file", null),
        new PlanDifference(PlanDifference.Kind.STALE, WANTS.resolve("log.service"),
            "link -> ../log.service", null)),
        differences);
  }

  @Test
  void aPodRootThatHoldsThePlanHasNoDifferences() throws IOException {
    CrashPlans.second().writeTo(root);

    assertEquals(List.of(), CrashPlans.second().differences(root));
  }
}
