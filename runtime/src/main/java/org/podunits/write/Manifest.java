package org.podunits.write;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What podunits wrote under a pod root, kept in the file {@value #NAME} there: for each scope
 * ({@link UnitSet#scope()}), the files and links of the last plan of that scope written, and the
 * directories podunits created for them. A file is listed even when it was left as it was; a
 * symbolic link found in place of a link entry is not podunits's and is not listed. A path is
 * listed once, in the scope that wrote it last. The next {@link UnitSet#writeTo} removes what this
 * lists in its plan's scope and its plan lacks, and nothing else.
 *
 * <p>The same text, in another state, is the journal of a write in progress ({@link
 * WriteJournal}). It is UTF-8, one item a line, each field escaped so that it holds no space or
 * line break ({@code \\}, {@code \s}, {@code \n}):
 *
 * <pre>
 * podunits-manifest 1 complete
 * dir stage1/rootfs/rkt
 * scope pod
 * file stage1/rootfs/usr/lib/systemd/system/default.target
 * scope app/hello
 * file stage1/rootfs/usr/lib/systemd/system/hello.service
 * link stage1/rootfs/usr/lib/systemd/system/default.target.wants/hello.service ../hello.service
 * end
 * </pre>
 *
 * <p>A {@code scope} line puts the items after it, up to the next one, in that scope. Items before
 * any {@code scope} line are in {@value UnitSet#POD_SCOPE}: a manifest written before scopes
 * existed has none, and reads as the whole pod's. Each scope's items are one run of lines, in
 * plan order; a write keeps the other scopes' runs where they were, so that writing an unchanged
 * plan again gives the same text.
 *
 * @param items the files and links, each scope's in plan order
 * @param directories the directories podunits created, sorted by path (parents first)
 */
record Manifest(List<Item> items, List<Path> directories) {

  /** The manifest's file name in the pod root. */
  static final String NAME = ".podunits-manifest";

  /** A manifest of nothing: what a pod root without one holds. */
  static final Manifest EMPTY = new Manifest(List.of(), List.of());

  private static final String HEADER = "podunits-manifest 1 ";

  /** Where the state word starts, in bytes: every state has {@value #STATE_LENGTH} letters. */
  static final int STATE_OFFSET = HEADER.length();

  static final int STATE_LENGTH = 8;

  /**
   * A file or a link podunits wrote for a plan of {@code scope}; {@code linkTarget} is null for a
   * file.
   */
  record Item(Path path, String linkTarget, String scope) {
    boolean isLink() {
      return linkTarget != null;
    }
  }

  /** The text and its state, as read back. */
  record Read(Manifest manifest, String state, String abortMarks) {}

  /**
   * The items a write of one scope keeps as they are, in order: those before the place of that
   * scope's items and those after it.
   */
  record Others(List<Item> before, List<Item> after) {}

  /**
   * The items of other scopes that a plan of {@code scope} does not take over, split where that
   * scope's items are: at its first item, or at the end when it has none. A path the plan has
   * becomes the plan's, whichever scope wrote it; the items of {@code scope} itself are the ones
   * the plan replaces.
   *
   * @param planned the paths of the plan's entries
   */
  Others othersThan(String scope, Set<Path> planned) {
    List<Item> before = new ArrayList<>();
    List<Item> after = new ArrayList<>();
    List<Item> into = before;
    for (Item item : items) {
      if (item.scope().equals(scope)) {
        into = after;
      } else if (!planned.contains(item.path())) {
        into.add(item);
      }
    }
    return new Others(before, after);
  }

  /**
   * The manifest of a pod root; {@link #EMPTY} when there is none.
   *
   * @throws IOException it cannot be read, or it is damaged
   */
  static Manifest read(Path root) throws IOException {
    return of(root, readText(root));
  }

  /** The text of a pod root's manifest, or null when there is none. */
  static byte[] readText(Path root) throws IOException {
    return readText(root, Stamp.of(root));
  }

  /** The text of the manifest {@code stamp} was taken of, or null when there was none. */
  static byte[] readText(Path root, Stamp stamp) throws IOException {
    return stamp == null ? null : FileBytes.read(root.resolve(NAME), stamp.size());
  }

  /**
   * Which manifest a pod root holds, taken before its text is read: null when there is none (as
   * {@link #readText} sees it). A run that finishes puts its journal in the manifest's place by a
   * rename, so the manifest it leaves is another file; its size and time guard against a file
   * number the file system has given out again.
   */
  record Stamp(Object fileKey, long size, FileTime modified) {

    /** The stamp of the manifest in {@code root} now. */
    static Stamp of(Path root) throws IOException {
      Path path = root.resolve(NAME);
      // A length, not an lstat that fails: a fresh pod root has no manifest, and a failed lstat
      // costs an exception where a stat does not.
      if (new File(path.toString()).length() == 0) {
        return null;
      }
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Stamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
      } catch (NoSuchFileException gone) {
        return null;
      }
    }

    /** Whether {@code root} holds the manifest {@code stamp} was taken of, or none as then. */
    static boolean stillIn(Path root, Stamp stamp) throws IOException {
      return Objects.equals(stamp, of(root));
    }
  }

  /**
   * The manifest of a pod root read as {@code text} by {@link #readText}; {@link #EMPTY} for null.
   *
   * @throws IOException it is damaged
   */
  static Manifest of(Path root, byte[] text) throws IOException {
    if (text == null) {
      return EMPTY;
    }
    Read read = parse(root, text);
    if (read == null) {
      throw new IOException(root.resolve(NAME) + ": damaged podunits manifest; delete it and write"
          + " the pod again (then files of the earlier plan that the new one lacks stay)");
    }
    return read.manifest();
  }

  /** Whether it lists nothing: no item and no directory. */
  boolean isEmpty() {
    return items.isEmpty() && directories.isEmpty();
  }

  /** The text in a state, such as {@code complete}. */
  byte[] serialize(String state) {
    StringBuilder text = new StringBuilder(64 + 80 * items.size());
    text.append(HEADER).append(state).append('\n');
    for (Path directory : directories) {
      text.append("dir ").append(escape(directory.toString())).append('\n');
    }
    String scope = null;
    for (Item item : items) {
      if (!item.scope().equals(scope)) {
        scope = item.scope();
        text.append("scope ").append(escape(scope)).append('\n');
      }
      if (item.isLink()) {
        text.append("link ").append(escape(item.path().toString())).append(' ')
            .append(escape(item.linkTarget())).append('\n');
      } else {
        text.append("file ").append(escape(item.path().toString())).append('\n');
      }
    }
    return text.append("end\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads the text back, or null when it is incomplete or damaged. After the {@code end} line, a
   * journal may hold one {@code abort} line. Items before any {@code scope} line are in {@value
   * UnitSet#POD_SCOPE}.
   */
  static Read parse(Path root, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.startsWith(HEADER) || text.length() < STATE_OFFSET + STATE_LENGTH + 1) {
      return null;
    }
    String state = text.substring(STATE_OFFSET, STATE_OFFSET + STATE_LENGTH);
    List<Item> items = new ArrayList<>();
    List<Path> directories = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int line = 1;
    String scope = UnitSet.POD_SCOPE;
    try {
      for (; line < lines.length && !lines[line].equals("end"); line++) {
      String[] fields = lines[line].split(" ", -1);
      if (fields.length == 2 && fields[0].equals("dir")) {
        directories.add(root.getFileSystem().getPath(unescape(fields[1])));
      } else if (fields.length == 2 && fields[0].equals("scope")) {
        scope = unescape(fields[1]);
      } else if (fields.length == 2 && fields[0].equals("file")) {
        items.add(new Item(root.getFileSystem().getPath(unescape(fields[1])), null, scope));
      } else if (fields.length == 3 && fields[0].equals("link")) {
        items.add(new Item(root.getFileSystem().getPath(unescape(fields[1])), unescape(fields[2]),
            scope));
      } else {
        return null;
      }
      }
    } catch (InvalidPathException e) {
      return null;
    }
    if (line + 1 >= lines.length) {
      return null; // no "end\n": cut short
    }
    String abortMarks = line + 1 < lines.length && lines[line + 1].startsWith("abort ")
        ? lines[line + 1].substring("abort ".length())
        : null;
    return new Read(new Manifest(List.copyOf(items), List.copyOf(directories)), state,
        abortMarks);
  }

  private static String escape(String field) {
    if (field.indexOf('\\') < 0 && field.indexOf(' ') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return field.replace("\\", "\\\\").replace(" ", "\\s").replace("\n", "\\n");
  }

  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 's' ? ' ' : next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
