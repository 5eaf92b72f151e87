package org.podunits.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers that look at a directory tree on disk without following links. */
final class Trees {

  private Trees() {}

  /**
   * Everything under {@code root}, by relative path: type, mode, owner, and a file's bytes or a
   * link's target. Two equal snapshots mean the trees are the same byte for byte.
   */
  static SortedMap<String, String> snapshot(Path root) {
    SortedMap<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.forEach(path -> tree.put(root.relativize(path).toString(), describe(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree;
  }

  /**
   * Whether a path is something a podunits writer leaves only while it works: a temporary name or
   * a journal.
   */
  static boolean isLeftover(Path path) {
    String name = path.getFileName().toString();
    return TempFiles.isTemporary(name) || name.equals(WriteJournal.NAME);
  }

  /** The permission bits (with set-id and sticky bits) of a path, not following a link. */
  static int mode(Path path) {
    try {
      return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int uid(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
  }

  static int gid(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:gid", LinkOption.NOFOLLOW_LINKS);
  }

  /** Deletes a tree, links included but never what they point to. */
  static void delete(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * Sets or clears a file attribute with {@code chattr} (such as {@code +i}, immutable, which
   * makes even root's writes in a directory fail); false where that is not possible here.
   */
  static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("chattr", flag, path.toString())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException noChattr) {
      return false;
    }
    return process.waitFor() == 0;
  }

  private static String describe(Path path) {
    try {
      String owner = uid(path) + ":" + gid(path);
      if (Files.isSymbolicLink(path)) {
        return "link -> " + Files.readSymbolicLink(path) + " " + owner;
      }
      String mode = Integer.toOctalString(mode(path));
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        return "dir " + mode + " " + owner;
      }
      return "file " + mode + " " + owner + " " + HexFormat.of().formatHex(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
