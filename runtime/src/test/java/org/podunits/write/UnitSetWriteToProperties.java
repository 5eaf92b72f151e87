package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * Whatever a plan holds and wherever it fails, {@code writeTo} leaves the tree as it found it. The
 * plan is drawn from a pool of entries that replace files, create files, links and directories
 * (some nested in directories the plan itself creates), in any order; one failing entry goes in
 * at any position.
 */
class UnitSetWriteToProperties {

  private static final UnitFile UNIT = UnitFile.of(UnitOption.of("Unit", "Description", "New"));

  /** Entries that succeed on the tree {@link #oldTree} makes. */
  private static final List<UnitSet.Entry> POOL = List.of(
      new UnitSet.UnitEntry(Path.of("a/x"), UNIT, "replace a/x"),
      new UnitSet.FileEntry(Path.of("a/y"), "new".getBytes(UTF_8), 0640, "create a/y"),
      new UnitSet.UnitEntry(Path.of("a/b/x"), UNIT, "create a/b/x"),
      new UnitSet.FileEntry(Path.of("c/x"), new byte[0], 0600, "create c/x"),
      new UnitSet.UnitEntry(Path.of("c/d/y"), UNIT, "create c/d/y"),
      new UnitSet.FileEntry(Path.of("x"), "new x".getBytes(UTF_8), 0755, "replace x"),
      new UnitSet.UnitEntry(Path.of("y"), UNIT, "create y"),
      new UnitSet.LinkEntry(Path.of("a/l"), "../x", "keep a/l"),
      new UnitSet.LinkEntry(Path.of("c/l"), "../x", "create c/l"),
      new UnitSet.LinkEntry(Path.of("c/d/e/l"), "../../x", "create c/d/e/l"),
      new UnitSet.UnitEntry(Path.of("old/z"), UNIT, "replace old/z"));

  /** Entries that fail on that tree, each in its own way. */
  private static final List<UnitSet.Entry> FAILING = List.of(
      new UnitSet.FileEntry(Path.of("blocker/f"), new byte[] {1}, 0644, "parent is a file"),
      new UnitSet.UnitEntry(Path.of("a/full"), UNIT, "target is a directory"),
      new UnitSet.LinkEntry(Path.of("blocker"), "x", "link over a file"),
      new UnitSet.UnitEntry(Path.of("out/f"), UNIT, "symlink leads outside"));

  @Property(tries = 80, seed = "20261129")
  void writeToPutsTheTreeBackWhereverAnEntryFails(
      @ForAll @Size(max = 11) @UniqueElements List<@IntRange(max = 10) Integer> picks,
      @ForAll @IntRange(max = 11) int failAt,
      @ForAll @IntRange(max = 3) int failure,
      @ForAll boolean durable) throws IOException {
    Path temp = Files.createTempDirectory("podunits-writeto");
    try {
      Path root = Files.createDirectory(temp.resolve("pod"));
      Files.createDirectory(temp.resolve("outside"));
      oldTree(root);
      UnitSet.Builder plan = UnitSet.builder();
      int position = Math.min(failAt, picks.size());
      for (int i = 0; i < picks.size(); i++) {
        if (i == position) {
          plan.add(FAILING.get(failure));
        }
        plan.add(POOL.get(picks.get(i)));
      }
      if (position == picks.size()) {
        plan.add(FAILING.get(failure));
      }
      SortedMap<String, String> before = Trees.snapshot(temp);

      UnitWriteException thrown = assertThrows(UnitWriteException.class,
          () -> plan.build().writeTo(root, WriteOptions.DEFAULT.withDurability(durable)));

      assertEquals(FAILING.get(failure).failure(), thrown.failure());
      assertEquals(before, Trees.snapshot(temp));
    } finally {
      Trees.delete(temp);
    }
  }

  private static void oldTree(Path root) throws IOException {
    Files.createDirectories(root.resolve("a/full/inner"));
    Files.writeString(root.resolve("a/x"), "old a/x");
    Files.setPosixFilePermissions(root.resolve("a/x"), PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(root.resolve("a/l"), Path.of("somewhere"));
    Files.writeString(root.resolve("x"), "old x");
    Files.writeString(root.resolve("blocker"), "a regular file");
    Files.createDirectory(root.resolve("old"));
    Files.createSymbolicLink(root.resolve("old/z"), Path.of("/dangling"));
    Files.createSymbolicLink(root.resolve("out"), Path.of("../outside"));
  }
}
