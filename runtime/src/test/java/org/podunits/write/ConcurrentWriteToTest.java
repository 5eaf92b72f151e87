package org.podunits.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code writeTo} runs in one pod root at once, which the Javadoc forbids: each run either
 * applies its whole plan or fails having changed nothing, and the tree is always one plan's.
 */
class ConcurrentWriteToTest {

  @TempDir Path root;

  @Test
  void aFreshRootHasNoStampUntilAPlanIsWritten() throws Exception {
    CrashPlans.prepare(root);

    assertNull(Manifest.Stamp.of(root));
    assertTrue(Manifest.Stamp.stillIn(root, null));

    CrashPlans.first().writeTo(root);

    assertNotNull(Manifest.Stamp.of(root));
    assertEquals(false, Manifest.Stamp.stillIn(root, null));
  }

  @Test
  void aStampHoldsWhileNothingIsWrittenAndNotOnceAnotherPlanIs() throws Exception {
    CrashPlans.prepare(root);
    CrashPlans.first().writeTo(root);
    Manifest.Stamp stamp = Manifest.Stamp.of(root);

    CrashPlans.first().writeTo(root);
    assertTrue(Manifest.Stamp.stillIn(root, stamp), "writing the same plan again leaves the manifest alone");

    CrashPlans.second().writeTo(root);
    assertEquals(false, Manifest.Stamp.stillIn(root, stamp));
  }

  @Test
  void anEmptyManifestIsNoneAsTheReaderSeesIt() throws Exception {
    Files.createFile(root.resolve(Manifest.NAME));

    assertNull(Manifest.Stamp.of(root));
    assertNull(Manifest.readText(root));
  }

  @Test
  void twoRunsStartedTogetherLeaveTheTreeOfOnePlanEveryTime(@TempDir Path alone) throws Exception {
    SortedMap<String, String> first = treeOf(CrashPlans.first(), alone.resolve("first"));
    SortedMap<String, String> second = treeOf(CrashPlans.second(), alone.resolve("second"));
    CrashPlans.prepare(root);
    SortedMap<String, String> before = below(root);
    CyclicBarrier start = new CyclicBarrier(2);
    for (int round = 0; round < 300; round++) {
      List<Throwable> failures = new ArrayList<>();
      Thread other = new Thread(() -> failures.add(writeAfter(start, CrashPlans.second())));
      other.start();
      Throwable mine = writeAfter(start, CrashPlans.first());
      other.join();
      for (Throwable failure : new Throwable[] {mine, failures.get(0)}) {
        // Which of its checks a run meets first depends on where the other run is; each failure
        // is a UnitWriteException, and the tree says whether the failed run changed anything.
        assertTrue(failure == null || failure instanceof UnitWriteException, () -> "not a write failure: " + failure);
      }
      // The tree is the plan of a run that wrote, or as it was if neither did.
      List<SortedMap<String, String>> allowed = new ArrayList<>();
      if (mine == null) {
        allowed.add(first);
      }
      if (failures.get(0) == null) {
        allowed.add(second);
      }
      if (allowed.isEmpty()) {
        allowed.add(before);
      }
      SortedMap<String, String> tree = below(root);
      int at = round;
      assertTrue(allowed.contains(tree), () -> "round " + at + " left a tree of no run that wrote: " + tree);
      before = tree;
    }
  }

  private static SortedMap<String, String> treeOf(UnitSet plan, Path root) throws Exception {
    CrashPlans.prepare(root);
    plan.writeTo(root);
    return below(root);
  }

  /** What is below a pod root: the roots made here and by {@code @TempDir} differ in mode. */
  private static SortedMap<String, String> below(Path root) {
    SortedMap<String, String> tree = Trees.snapshot(root);
    tree.remove("");
    return tree;
  }

  /** The failure of a run started once both threads are at the barrier, or null if it wrote. */
  private Throwable writeAfter(CyclicBarrier start, UnitSet plan) {
    try {
      start.await();
      plan.writeTo(root);
      return null;
    } catch (Exception e) {
      return e;
    }
  }
}
