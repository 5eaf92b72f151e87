package org.podunits.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a plan to a pod root all or nothing, across a crash too: see {@link UnitSet#writeTo(Path,
 * WriteOptions)} for the guarantee and {@link WriteJournal} for how it is kept. A run has four
 * phases: it finishes or undoes any run cut short before it; it looks at the tree without changing
 * it and decides each item's fate; it writes the journal and stages every change under temporary
 * names; it marks the journal committed and puts everything in place.
 */
final class PlanWrite {

  /** An item's mark until staging finds out whether something is there. */
  private static final char UNKNOWN = '?';

  private final Path root;
  private final WriteOptions options;
  private final String scope;
  private final List<UnitSet.Entry> entries;
  private final PodTree tree;
  private final List<Manifest.Item> items = new ArrayList<>();
  /** For each item: its entry (null for another scope's), and its content when it is a file. */
  private final List<UnitSet.Entry> itemEntries = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  /** For each item: {@link WriteJournal#SAME}, {@code NEW}, {@code REPLACED}, or unknown yet. */
  private char[] marks;

  private PlanWrite(Path root, WriteOptions options, String scope, List<UnitSet.Entry> entries) {
    this.root = root;
    this.options = options;
    this.scope = scope;
    this.entries = entries;
    this.tree = new PodTree(root, options, plannedNames(entries));
  }

  /**
   * Applies a plan, after finishing or undoing a run that was cut short in the pod root.
   *
   * <p>Such a run left its journal. Nearly every run finds none, so a run does not look for one
   * first: looking at the tree changes nothing, and a run only looks for a journal where one would
   * change its outcome. It creates its own journal only where none exists, and before it reports
   * a failure or that nothing needs writing, it checks that no journal is there. Where one is, it
   * recovers and starts again, once.
   */
  static void apply(Path root, WriteOptions options, String scope, List<UnitSet.Entry> entries)
      throws UnitWriteException {
    if (attempt(root, options, scope, entries)) {
      return;
    }
    WriteJournal.recover(root);
    if (!attempt(root, options, scope, entries)) {
      throw UnitWriteException.of("failed to start writing in " + root, new FileSystemException(
          root.resolve(WriteJournal.NAME).toString(), null,
          "is in the way of this run's journal and is not a journal that recovery could read"));
    }
  }

  /**
   * Fails, having changed nothing, if the manifest this run read is no longer the pod root's:
   * another run wrote there and finished after this one had read it and before this one's journal
   * existed (a run still writing holds its journal, so this one could not have made its own). What
   * this run found in the tree may be out of date, and writing on it would leave that run's entries
   * behind, unknown to any manifest.
   */
  private void replacedMeanwhile(WriteJournal journal, Manifest.Stamp stamp) throws UnitWriteException {
    UnitWriteException failure;
    try {
      if (Manifest.Stamp.stillIn(root, stamp)) {
        return;
      }
      failure = WriteJournal.anotherRunWrote(root);
    } catch (IOException e) {
      failure = UnitWriteException.of("failed to start writing in " + root, e);
    }
    journal.rollBackStaged(failure);
    throw failure;
  }

  /**
   * The failure of looking at the tree: that another run wrote in the pod root meanwhile, where it
   * did (what this run found missing may be what that run removed), else {@code failure} with its
   * cause.
   */
  private UnitWriteException lookFailure(String failure, IOException cause, Manifest.Stamp stamp) {
    try {
      if (!Manifest.Stamp.stillIn(root, stamp)) {
        UnitWriteException meanwhile = WriteJournal.anotherRunWrote(root);
        meanwhile.addSuppressed(cause);
        return meanwhile;
      }
    } catch (IOException unreadable) {
      cause.addSuppressed(unreadable);
    }
    return UnitWriteException.of(failure, cause);
  }

  /** One run; false when it found the journal of a run that was cut short, having done nothing. */
  private static boolean attempt(Path root, WriteOptions options, String scope,
      List<UnitSet.Entry> entries) throws UnitWriteException {
    PlanWrite write = new PlanWrite(root, options, scope, entries);
    try {
      return write.run();
    } finally {
      write.tree.close();
    }
  }

  private boolean run() throws UnitWriteException {
    Manifest.Stamp stamp;
    byte[] beforeText;
    Manifest before;
    try {
      stamp = Manifest.Stamp.of(root);
      beforeText = Manifest.readText(root, stamp);
      before = Manifest.of(root, beforeText);
    } catch (IOException e) {
      if (WriteJournal.foundIn(root)) {
        return false;
      }
      throw UnitWriteException.of("failed to read what podunits wrote in " + root, e);
    }
    List<Character> found = new ArrayList<>();
    Map<Path, Manifest.Item> previous = new HashMap<>();
    for (Manifest.Item item : before.items()) {
      previous.put(item.path(), item);
    }
    // Other scopes' items stay in the manifest, in their place, as they are: only the items of
    // this plan's scope that it lacks are stale. A pod root written for the first time has none.
    Manifest.Others others =
        before.items().isEmpty() ? null : before.othersThan(scope, plannedPaths());
    if (others != null) {
      for (Manifest.Item item : others.before()) {
        add(null, item, null, WriteJournal.SAME, found);
      }
    }
    for (UnitSet.Entry entry : entries) {
      try {
        look(entry, previous.get(entry.path()), found);
      } catch (IOException e) {
        if (WriteJournal.foundIn(root)) {
          return false;
        }
        throw lookFailure(entry.failure(), e, stamp);
      }
    }
    if (others != null) {
      for (Manifest.Item item : others.after()) {
        add(null, item, null, WriteJournal.SAME, found);
      }
    }
    marks = new char[found.size()];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = found.get(i);
    }
    Manifest after = new Manifest(List.copyOf(items), directories(before));
    WriteJournal journal = new WriteJournal(root, before, after, options.durable());
    if (!before.isEmpty() && journal.changesNothing(marks, beforeText)) {
      return !WriteJournal.foundIn(root);
    }
    try {
      journal.begin();
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnitWriteException anotherRun) {
      throw anotherRun;
    } catch (IOException e) {
      throw UnitWriteException.of("failed to start writing in " + root, e);
    }
    replacedMeanwhile(journal, stamp);
    stage(journal);
    try {
      journal.markComplete();
    } catch (IOException e) {
      UnitWriteException failure = UnitWriteException.of("failed to commit the write in " + root, e);
      journal.rollBackStaged(failure);
      throw failure;
    }
    String[] failures = new String[items.size()];
    for (int i = 0; i < failures.length; i++) {
      failures[i] = itemEntries.get(i) == null ? null : itemEntries.get(i).failure();
    }
    try {
      journal.commit(marks, failures, tree);
    } catch (UnitWriteException | RuntimeException | Error e) {
      try {
        journal.markAborting(marks);
      } catch (IOException unmarked) {
        e.addSuppressed(unmarked);
      }
      journal.rollBackCommitted(marks, e);
      throw e;
    }
    try {
      journal.finish(marks);
    } catch (IOException e) {
      throw UnitWriteException.of("failed to finish the write in " + root
          + " (everything is in place; the next write or recovery completes it)", e);
    }
    return true;
  }

  /** Decides an entry's fate without changing anything, and adds it as an item unless kept. */
  private void look(UnitSet.Entry entry, Manifest.Item previous, List<Character> found)
      throws IOException {
    // An entry's path was checked when the entry was made: relative, normalized, no NUL.
    Path target = root.resolve(entry.path());
    PodTree.State parent = tree.find(entry.path().getParent());
    if (entry instanceof UnitSet.LinkEntry link) {
      Character mark = parent == PodTree.State.FOUND
          ? lookAtLink(link, target, previous) : Character.valueOf(WriteJournal.NEW);
      if (mark != null) {
        add(entry, new Manifest.Item(entry.path(), link.target(), scope), null, mark, found);
      }
      return;
    }
    byte[] content = entry instanceof UnitSet.UnitEntry unit
        ? unit.unit().serialize().getBytes(StandardCharsets.UTF_8)
        : ((UnitSet.FileEntry) entry).sharedContent();
    int mode = modeOf(entry);
    char mark;
    Boolean exists = tree.exists(entry.path());
    if (previous != null && !previous.isLink() && parent == PodTree.State.FOUND
        && holds(target, content, mode)) {
      mark = WriteJournal.SAME;
    } else if (exists == null) {
      mark = UNKNOWN;
    } else {
      mark = exists ? WriteJournal.REPLACED : WriteJournal.NEW;
    }
    add(entry, new Manifest.Item(entry.path(), null, scope), content, mark, found);
  }

  /**
   * A link's fate where its directory exists: {@code NEW} when nothing is there, {@code SAME} for
   * podunits's link with this target, {@code REPLACED} for podunits's link or file with other
   * content, and null for someone else's symbolic link, which is kept, as rkt keeps it. Anything
   * else there is a failure.
   */
  private Character lookAtLink(UnitSet.LinkEntry link, Path target, Manifest.Item previous)
      throws IOException {
    if (tree.exists(link.path()) == Boolean.FALSE) {
      return WriteJournal.NEW;
    }
    BasicFileAttributes found;
    try {
      found = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException nothingThere) {
      return WriteJournal.NEW;
    }
    if (found.isSymbolicLink()) {
      if (previous == null) {
        return null;
      }
      String present = Files.readSymbolicLink(target).toString();
      return present.equals(root.getFileSystem().getPath(link.target()).toString())
          ? WriteJournal.SAME : WriteJournal.REPLACED;
    }
    if (previous != null && !previous.isLink() && found.isRegularFile()) {
      return WriteJournal.REPLACED;
    }
    throw UnitWriter.notALink(target);
  }

  /** Whether a regular file already holds exactly these bytes, with this mode and owner. */
  private boolean holds(Path target, byte[] content, int mode) throws IOException {
    Map<String, Object> attributes;
    try {
      attributes = Files.readAttributes(target, "unix:mode,uid,gid,size", LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    return ((Integer) attributes.get("mode") & 0170000) == 0100000
        && (Long) attributes.get("size") == content.length
        && FileModes.matches(attributes, mode, options)
        && Arrays.equals(FileBytes.read(target, content.length), content);
  }

  private void add(UnitSet.Entry entry, Manifest.Item item, byte[] content, Character mark,
      List<Character> found) {
    items.add(item);
    itemEntries.add(entry);
    contents.add(content);
    found.add(mark);
  }

  /**
   * The directories podunits owns after this run, sorted: those it created before that the plan
   * or another scope's items still need, and those this run creates.
   */
  private List<Path> directories(Manifest before) {
    List<Path> owned = new ArrayList<>(tree.missing());
    if (!before.directories().isEmpty()) {
      Set<Path> needed = new HashSet<>();
      List<Path> paths = new ArrayList<>(plannedPaths());
      for (Manifest.Item item : items) {
        paths.add(item.path());
      }
      for (Path path : paths) {
        for (Path parent = path.getParent(); parent != null && needed.add(parent);
            parent = parent.getParent()) {
          // Each ancestor once; the loop stops at one already seen.
        }
      }
      Set<Path> missing = new HashSet<>(owned);
      for (Path directory : before.directories()) {
        if (needed.contains(directory) && !missing.contains(directory)) {
          owned.add(directory);
        }
      }
    }
    return sorted(owned);
  }

  /**
   * The paths in order, sorted by insertion: a pod's directories are a handful, mostly in order
   * already (parents first). Not {@code List.sort} nor a {@code TreeSet}: either loads sorting
   * classes of its own into the first write of every JVM, and runs their code in the
   * interpreter.
   */
  private static List<Path> sorted(List<Path> paths) {
    Path[] sorted = paths.toArray(new Path[0]);
    for (int i = 1; i < sorted.length; i++) {
      Path next = sorted[i];
      int at = i;
      for (; at > 0 && sorted[at - 1].compareTo(next) > 0; at--) {
        sorted[at] = sorted[at - 1];
      }
      sorted[at] = next;
    }
    return List.of(sorted);
  }

  /**
   * Creates the missing directories and stages every change: new content under its temporary
   * name, and a second name for each inode it replaces. A failure undoes it all.
   */
  private void stage(WriteJournal journal) throws UnitWriteException {
    int i = -1;
    Path directory = null;
    try {
      for (Path created : journal.createdDirectories()) {
        directory = created;
        tree.create(created);
      }
      Set<Path> staged = options.durable() ? new HashSet<>() : null;
      for (i = 0; i < items.size(); i++) {
        char mark = marks[i];
        if (mark == WriteJournal.SAME) {
          continue;
        }
        Manifest.Item item = items.get(i);
        if (!item.isLink()) {
          TempFiles.write(journal.staged(i), tree.openDirectoryOf(item.path()),
              journal.stagedName(i), contents.get(i), modeOf(itemEntries.get(i)), options);
        } else if (mark == WriteJournal.REPLACED) {
          Files.createSymbolicLink(journal.staged(i),
              root.getFileSystem().getPath(item.linkTarget()));
        }
        if (mark != WriteJournal.NEW) {
          marks[i] = keep(journal.target(i), journal.backup(i));
        }
        if (staged != null) {
          staged.add(journal.target(i).getParent());
        }
      }
      if (staged != null) {
        for (Path parent : staged) {
          TempFiles.syncDirectory(parent);
        }
      }
    } catch (IOException e) {
      UnitWriteException failure = UnitWriteException.of(i >= 0 && i < items.size()
          ? itemEntries.get(i).failure() : firstFailureUnder(directory), e);
      journal.rollBackStaged(failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      journal.rollBackStaged(e);
      throw e;
    }
  }

  /**
   * Gives the inode at {@code target} a second name, {@code backup}, so that going back is one
   * rename: {@code REPLACED}, or {@code NEW} when nothing is there.
   */
  private static char keep(Path target, Path backup) throws IOException {
    try {
      Files.createLink(backup, target);
      return WriteJournal.REPLACED;
    } catch (NoSuchFileException nothingThere) {
      return WriteJournal.NEW;
    } catch (IOException e) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileSystemException(target.toString(), null, "is a directory, not a file");
      }
      throw e;
    }
  }

  /** The failure of the first entry that needs a directory, which could not be created. */
  private String firstFailureUnder(Path directory) {
    for (UnitSet.Entry entry : entries) {
      if (directory != null && entry.path().startsWith(directory)) {
        return entry.failure();
      }
    }
    return "failed to create a directory in " + root;
  }

  private static int modeOf(UnitSet.Entry entry) {
    return entry instanceof UnitSet.FileEntry file ? file.mode() : FileModes.UNIT_MODE;
  }

  /** The paths of the plan's entries. */
  private Set<Path> plannedPaths() {
    Set<Path> paths = new HashSet<>();
    for (UnitSet.Entry entry : entries) {
      paths.add(entry.path());
    }
    return paths;
  }

  /**
   * The names each directory gets from a plan, by directory: its entries' files and links and the
   * directories on their way.
   */
  private static Map<Path, Set<Path>> plannedNames(List<UnitSet.Entry> entries) {
    Map<Path, Set<Path>> names = new HashMap<>();
    for (UnitSet.Entry entry : entries) {
      Path path = entry.path();
      for (Path directory = path.getParent(); directory != null;
          path = directory, directory = directory.getParent()) {
        Set<Path> known = names.get(directory);
        boolean seen = known != null;
        if (!seen) {
          known = new HashSet<>();
          names.put(directory, known);
        }
        known.add(path.getFileName());
        if (seen) {
          break; // the way above a directory seen before is in already
        }
      }
    }
    return names;
  }
}
