package org.podunits.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.podunits.write.UnitSet;

/**
 * The baseline the writers are measured against: a plan rendered once, then written with plain
 * {@code Files.createDirectories} (once per distinct parent directory: like the writer, it does not
 * know which exist), {@code Files.write} and {@code Files.createSymbolicLink}. No atomicity, no
 * confinement, modes as the umask makes them.
 */
final class PlainWrites {

  private final List<Path> directories = new ArrayList<>();
  private final List<Path> paths = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private final List<String> linkTargets = new ArrayList<>();

  /** Renders every entry of the plan to the bytes or link target it puts on disk. */
  PlainWrites(UnitSet plan) {
    Set<Path> seen = new LinkedHashSet<>();
    for (UnitSet.Entry entry : plan.entries()) {
      Path directory = entry.path().getParent();
      if (seen.add(directory)) {
        directories.add(directory);
      }
      paths.add(entry.path());
      if (entry instanceof UnitSet.UnitEntry unit) {
        contents.add(unit.unit().serialize().getBytes(StandardCharsets.UTF_8));
        linkTargets.add(null);
      } else if (entry instanceof UnitSet.FileEntry file) {
        contents.add(file.content());
        linkTargets.add(null);
      } else {
        contents.add(null);
        linkTargets.add(((UnitSet.LinkEntry) entry).target());
      }
    }
  }

  /** Writes the rendered plan under {@code root}. */
  Path writeInto(Path root) throws IOException {
    for (Path directory : directories) {
      Files.createDirectories(root.resolve(directory));
    }
    for (int i = 0; i < paths.size(); i++) {
      Path path = root.resolve(paths.get(i));
      if (contents.get(i) != null) {
        Files.write(path, contents.get(i));
      } else {
        Files.createSymbolicLink(path, Path.of(linkTargets.get(i)));
      }
    }
    return root;
  }

  /**
   * The baseline as a writer of a {@code UnitSet} would use it: the same plain writes, rendering
   * each unit on the way, as anything that writes a plan must.
   */
  Path renderAndWriteInto(UnitSet plan, Path root) throws IOException {
    return renderAndWrite(plan, root, false);
  }

  /**
   * The cheapest JDK writer that keeps what the design requires of every writer: each file is
   * written under a temporary name beside it ({@code CREATE_NEW}) and renamed into place ({@code
   * ATOMIC_MOVE}), so a path never holds a partial file; rendering each unit on the way. No
   * confinement, no journal, no manifest, modes as the umask makes them.
   */
  Path renderAndWriteAtomicallyInto(UnitSet plan, Path root) throws IOException {
    return renderAndWrite(plan, root, true);
  }

  private Path renderAndWrite(UnitSet plan, Path root, boolean atomic) throws IOException {
    for (Path directory : directories) {
      Files.createDirectories(root.resolve(directory));
    }
    for (UnitSet.Entry entry : plan.entries()) {
      Path path = root.resolve(entry.path());
      if (entry instanceof UnitSet.LinkEntry link) {
        Files.createSymbolicLink(path, Path.of(link.target()));
        continue;
      }
      byte[] bytes = entry instanceof UnitSet.UnitEntry unit
          ? unit.unit().serialize().getBytes(StandardCharsets.UTF_8)
          : ((UnitSet.FileEntry) entry).content();
      if (atomic) {
        Path temporary = path.resolveSibling("." + path.getFileName() + ".tmp");
        Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.write(path, bytes);
      }
    }
    return root;
  }

  /** The distinct parent directories of the plan's entries, in first-seen order. */
  List<Path> directories() {
    return directories;
  }

  /** Deletes a tree made by a benchmark, deepest paths first; a missing tree is fine. */
  static void deleteTree(Path top) throws IOException {
    if (top == null || !Files.exists(top)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(top)) {
      all = walk.toList();
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      Files.delete(all.get(i));
    }
  }
}
