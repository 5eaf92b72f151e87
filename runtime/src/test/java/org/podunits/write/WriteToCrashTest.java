package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} at random instants of {@code writeTo}: after recovery each pod root is exactly
 * one of the two plans' trees (paths, bytes, modes, owners, link targets), with the files of a
 * plan of another scope written before them intact, and holds no temporary name. Each child JVM ({@link CrashPlans#main}) writes two pod roots at once, one durably, so
 * every kill tests both modes. Children start ahead of need, so a kill does not wait for a JVM to
 * start. One kill in four leaves recovery to the next child, so kills also land in recovery; those
 * roots are checked after the next kill. The journal exists for a small part of each write (the
 * rest is looking at the tree), so every other kill is aimed at it: it waits for the first root's
 * journal to appear, then lands at a random instant of the next milliseconds.
 */
class WriteToCrashTest {

  private static final int KILLS = 200;
  private static final long SEED = 0x9c7a5e11L;
  private static final int MAX_DELAY_MICROS = 15_000;
  private static final int MAX_DELAY_AFTER_JOURNAL_MICROS = 3_000;
  private static final long JOURNAL_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);
  private static final int STANDBY = 2;

  private Path base;
  private final Deque<Process> standby = new ArrayDeque<>();
  private int started;

  @BeforeEach
  void makeBase() throws IOException {
    Path shm = Path.of("/dev/shm");
    base = Files.createTempDirectory(Files.isDirectory(shm) ? shm : Path.of("/tmp"),
        "podunits-crash");
  }

  @AfterEach
  void deleteBase() throws Exception {
    for (Process child : standby) {
      child.destroyForcibly().waitFor();
    }
    Trees.delete(base);
  }

  @Test
  void afterAKillAtAnyInstantRecoveryLeavesOneOfTheTwoTreesExactly() throws Exception {
    Path reference = base.resolve("reference");
    CrashPlans.prepare(reference);
    CrashPlans.app().writeTo(reference);
    CrashPlans.first().writeTo(reference);
    CrashPlans.second().writeTo(reference);
    SortedMap<String, String> second = Trees.snapshot(reference);
    CrashPlans.first().writeTo(reference);
    SortedMap<String, String> first = Trees.snapshot(reference);
    for (UnitSet.Entry kept : CrashPlans.app().entries()) {
      assertTrue(first.containsKey(kept.path().toString())
          && second.containsKey(kept.path().toString()), kept.path() + " of app/extra is gone");
    }
    List<Path> roots = List.of(base.resolve("plain"), base.resolve("durable"));
    for (Path root : roots) {
      CrashPlans.prepare(root);
      CrashPlans.app().writeTo(root);
      CrashPlans.first().writeTo(root);
    }
    Random random = new Random(SEED);
    int[] seen = new int[2];
    SortedMap<String, Integer> journals = new TreeMap<>();
    for (int i = 0; i < STANDBY; i++) {
      standby.add(startChild());
    }
    for (int kill = 1; kill <= KILLS; kill++) {
      Process child = standby.removeFirst();
      standby.addLast(startChild());
      awaitReady(child);
      child.getOutputStream().write((roots.get(0) + " " + roots.get(1) + "\n").getBytes(UTF_8));
      child.getOutputStream().flush();
      if (kill % 2 == 0) {
        awaitJournal(roots.get(0));
        LockSupport.parkNanos(
            TimeUnit.MICROSECONDS.toNanos(random.nextInt(MAX_DELAY_AFTER_JOURNAL_MICROS)));
      } else {
        LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(MAX_DELAY_MICROS)));
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(10, TimeUnit.SECONDS), "child did not die");
      if (kill % 4 == 0 && kill < KILLS) {
        continue;
      }
      for (Path root : roots) {
        journals.merge(journalState(root), 1, Integer::sum);
        UnitSet.recover(root);
        SortedMap<String, String> tree = Trees.snapshot(root);
        if (tree.equals(first)) {
          seen[0]++;
        } else if (tree.equals(second)) {
          seen[1]++;
        } else {
          fail("after kill " + kill + " " + root.getFileName() + " is neither plan's tree;"
              + " against the first:\n" + changes(first, tree)
              + "against the second:\n" + changes(second, tree));
        }
        assertEquals(List.of(), leftovers(root), "after kill " + kill);
      }
    }
    assertTrue(seen[0] > 0 && seen[1] > 0,
        "kills should leave both trees: " + seen[0] + " and " + seen[1]);
    assertTrue(journals.containsKey(WriteJournal.PREPARED)
        && journals.containsKey(WriteJournal.COMPLETE),
        "kills should land before and after commit points: " + journals);
  }

  private Process startChild() throws IOException {
    Path scratch = base.resolve("scratch-" + started++);
    // Interpreted: the child writes for milliseconds before it is killed, and compiling would
    // cost more processor time than it saves.
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xint", "-XX:+UseSerialGC", "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), CrashPlans.class.getName(),
        scratch.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Waits until a write in {@code root} has its journal, or for at most two seconds. */
  private static void awaitJournal(Path root) {
    Path journal = root.resolve(WriteJournal.NAME);
    long deadline = System.nanoTime() + JOURNAL_WAIT_NANOS;
    while (!Files.exists(journal) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  private static void awaitReady(Process child) throws IOException {
    String line = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))
        .readLine();
    assertEquals("ready", line, "the child did not start");
  }

  /** The state of the journal a killed run left, {@code none} or {@code partial}. */
  private static String journalState(Path root) throws IOException {
    Path journal = root.resolve(WriteJournal.NAME);
    if (!Files.exists(journal)) {
      return "none";
    }
    Manifest.Read read = Manifest.parse(root, Files.readAllBytes(journal));
    return read == null ? "partial" : read.state();
  }

  private static String changes(SortedMap<String, String> expected,
      SortedMap<String, String> tree) {
    StringBuilder out = new StringBuilder();
    SortedMap<String, String> all = new TreeMap<>(expected);
    all.putAll(tree);
    for (String path : all.keySet()) {
      if (!Objects.equals(expected.get(path), tree.get(path))) {
        out.append("  ").append(path).append(": ").append(expected.get(path)).append(" -> ")
            .append(tree.get(path)).append('\n');
      }
    }
    return out.toString();
  }

  private static List<Path> leftovers(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Trees::isLeftover).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
