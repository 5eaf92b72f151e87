package org.podunits.write;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The journal of one {@link UnitSet#writeTo} run, the file {@value #NAME} in the pod root, and the
 * steps that take a pod root from the manifest {@code before} to the manifest {@code after}, or
 * back.
 *
 * <p>The journal is the new {@link Manifest} in a state. It is written whole before anything else
 * is touched, so every name the run may create can be derived from it: new content of item {@code
 * i} is staged as {@code .<name>.podunits-new-<i>}, a replaced file or link keeps its old inode as
 * {@code .<name>.podunits-old-<i>} (a hard link), and a stale item {@code j} of the old manifest is
 * moved aside as {@code .<name>.podunits-gone-<j>}; directories to create are the new manifest's
 * that the old one lacks. Its state, a word of the first line rewritten in place, says which way a
 * run that was cut short goes:
 *
 * <ul>
 *   <li>{@value #PREPARED}: staging, no target touched yet. Going back removes the staged names and
 *       the created directories.
 *   <li>{@value #COMPLETE}: committed. Going forward renames what is still staged into place,
 *       creates missing links, moves stale items aside, then removes every kept name and renames
 *       the journal over the manifest: the run's last step.
 *   <li>{@value #ABORTING}: a step after the commit failed in the process; an {@code abort} line
 *       says for each item whether it was left alone ({@code -}), new ({@code 0}) or replaced
 *       ({@code 1}). Going back puts stale items back, restores each replaced inode and removes
 *       each new item and each created directory.
 * </ul>
 *
 * Every step is idempotent, so recovery can itself be cut short and run again. A journal that is
 * incomplete was cut short while being written, before anything else was created, and is removed.
 */
final class WriteJournal {

  /** The journal's file name in the pod root. */
  static final String NAME = ".podunits-journal";

  static final String PREPARED = "prepared";
  static final String COMPLETE = "complete";
  static final String ABORTING = "aborting";

  /** An item's mark: left as it was. */
  static final char SAME = '-';
  /** An item's mark: nothing was there. */
  static final char NEW = '0';
  /** An item's mark: something was there, kept as a backup until the run ends. */
  static final char REPLACED = '1';

  private final Path root;
  private final Manifest before;
  private final Manifest after;
  private final boolean durable;
  private final List<Integer> stale = new ArrayList<>();
  private final List<Path> createdDirectories = new ArrayList<>();
  private final List<Path> staleDirectories = new ArrayList<>();
  private final Path file;
  /**
   * Each item's path, staged path and staged file name alone, made when first asked for: every
   * step asks again, and until C1 has compiled the JDK's path code, each new path is parsed,
   * encoded and measured in the interpreter.
   */
  private final Path[] targets;
  private final Path[] stagedPaths;
  private final Path[] stagedNames;
  private FileChannel channel;

  WriteJournal(Path root, Manifest before, Manifest after, boolean durable) {
    this.root = root;
    this.before = before;
    this.after = after;
    this.durable = durable;
    this.file = root.resolve(NAME);
    this.targets = new Path[after.items().size()];
    this.stagedPaths = new Path[targets.length];
    this.stagedNames = new Path[targets.length];
    if (!before.items().isEmpty()) {
      Set<Path> kept = new HashSet<>();
      for (Manifest.Item item : after.items()) {
        kept.add(item.path());
      }
      for (int j = 0; j < before.items().size(); j++) {
        if (!kept.contains(before.items().get(j).path())) {
          stale.add(j);
        }
      }
    }
    Set<Path> old = new HashSet<>(before.directories());
    for (Path directory : after.directories()) {
      if (!old.contains(directory)) {
        createdDirectories.add(directory);
      }
    }
    Set<Path> next = new HashSet<>(after.directories());
    for (Path directory : before.directories()) {
      if (!next.contains(directory)) {
        staleDirectories.add(directory);
      }
    }
  }

  /**
   * Writes the journal in state {@value #PREPARED}; before this, nothing of the run exists. The
   * run holds a lock on its journal until the journal is gone, which is how a concurrent run or
   * {@link #recover} tells a live journal from one whose run died (the kernel drops a dead
   * process's locks).
   *
   * @throws FileAlreadyExistsException a journal is there already: a run was cut short
   * @throws UnitWriteException another run is writing in the pod root
   */
  void begin() throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    Object created = fileKey(file);
    if (created == null || !locked(channel) || !created.equals(fileKey(file))) {
      // Another run locked or removed the new journal before this one could lock it: it is
      // that run's now, and this one stops without touching it.
      channel.close();
      throw ConcurrentRunException.failure(root, file);
    }
    try {
      write(ByteBuffer.wrap(after.serialize(PREPARED)), 0);
      if (durable) {
        channel.force(true);
        TempFiles.syncDirectory(root);
      }
    } catch (IOException e) {
      channel.close();
      TempFiles.deleteAfterFailure(file, e);
      throw e;
    }
  }

  /** The commit point: from here on, a run cut short goes forward. */
  void markComplete() throws IOException {
    mark(COMPLETE);
  }

  /** Records that the run goes back, and how each item was found. */
  void markAborting(char[] marks) throws IOException {
    write(ByteBuffer.wrap(("abort " + new String(marks) + "\n").getBytes(StandardCharsets.UTF_8)),
        channel.size());
    mark(ABORTING);
  }

  /** The path of item {@code i}. */
  Path target(int i) {
    if (targets[i] == null) {
      targets[i] = root.resolve(after.items().get(i).path());
    }
    return targets[i];
  }

  /** Where item {@code i}'s new content is staged. */
  Path staged(int i) {
    if (stagedPaths[i] == null) {
      stagedPaths[i] = target(i).resolveSibling(stagedName(i));
    }
    return stagedPaths[i];
  }

  /**
   * The file name item {@code i}'s new content is staged under, alone: what the run creates and
   * renames it by in a directory it keeps open. Made from the text of the item's path, which the
   * journal's own text has asked for already, so no path is decoded to find the name.
   */
  Path stagedName(int i) {
    if (stagedNames[i] == null) {
      String path = after.items().get(i).path().toString();
      stagedNames[i] = root.getFileSystem().getPath(TempFiles.name(
          path.substring(path.lastIndexOf('/') + 1), TempFiles.NEW_MARK, Integer.toString(i)));
    }
    return stagedNames[i];
  }

  /** Where item {@code i}'s replaced inode is kept. */
  Path backup(int i) {
    return TempFiles.beside(target(i), TempFiles.OLD_MARK, Integer.toString(i));
  }

  /** The directories the run creates, parents first. */
  List<Path> createdDirectories() {
    return createdDirectories;
  }

  /** Whether the run changes nothing on disk, given each item's mark. */
  boolean changesNothing(char[] marks, byte[] beforeText) {
    for (char mark : marks) {
      if (mark != SAME) {
        return false;
      }
    }
    return stale.isEmpty() && createdDirectories.isEmpty() && staleDirectories.isEmpty()
        && Arrays.equals(after.serialize(COMPLETE), beforeText);
  }

  /**
   * Puts every item in place and moves stale items aside. With {@code marks} (in the process) each item is handled as marked; without (recovery)
   * what is still staged is found by trying.
   *
   * @param failures each item's failure message, or null in recovery
   * @param tree the run's view of the pod root, with directories kept open, or null in recovery
   */
  void commit(char[] marks, String[] failures, PodTree tree) throws UnitWriteException {
    for (int i = 0; i < after.items().size(); i++) {
      char mark = marks == null ? REPLACED : marks[i];
      if (mark == SAME) {
        continue;
      }
      Manifest.Item item = after.items().get(i);
      try {
        if (item.isLink() && mark == NEW && marks != null) {
          Files.createSymbolicLink(target(i), root.getFileSystem().getPath(item.linkTarget()));
        } else {
          moveStaged(i, item, tree);
        }
      } catch (IOException e) {
        throw UnitWriteException.of(failures == null ? recoveryFailure() : failures[i], e);
      }
    }
    for (int j : stale) {
      Path path = root.resolve(before.items().get(j).path());
      try {
        Files.move(path, gone(j), StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException alreadyGone) {
        // Removed by an earlier try, or by hand: either way it is not there.
      } catch (IOException e) {
        throw UnitWriteException.of("failed to remove " + before.items().get(j).path()
            + ", which the earlier plan wrote and this one lacks", e);
      }
    }
  }

  /**
   * Ends a committed run: removes the kept inodes and moved-aside items and the directories
   * podunits created that the plan no longer needs, when they are empty, then renames the journal
   * over the manifest. Until that rename, a run cut short goes forward again.
   */
  void finish(char[] marks) throws IOException {
    Set<Path> changed = durable ? new LinkedHashSet<>() : null;
    for (int i = 0; i < after.items().size(); i++) {
      if (marks == null || marks[i] == REPLACED) {
        Files.deleteIfExists(backup(i));
      }
      if (changed != null && (marks == null || marks[i] != SAME)) {
        changed.add(target(i).getParent());
      }
    }
    for (int j : stale) {
      Path gone = gone(j);
      Files.deleteIfExists(gone);
      if (changed != null) {
        changed.add(gone.getParent());
      }
    }
    for (int d = staleDirectories.size() - 1; d >= 0; d--) {
      try {
        Files.deleteIfExists(root.resolve(staleDirectories.get(d)));
      } catch (DirectoryNotEmptyException notOnlyOurs) {
        // Someone else's files are in it: it stays, and is no longer listed as podunits's.
      }
    }
    if (changed != null) {
      for (Path directory : changed) {
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
          TempFiles.syncDirectory(directory);
        }
      }
    }
    // Renamed before its lock goes, so that no other run can take it for a dead run's journal.
    Files.move(file, root.resolve(Manifest.NAME), StandardCopyOption.ATOMIC_MOVE);
    if (channel != null) {
      channel.close();
    }
    if (durable) {
      TempFiles.syncDirectory(root);
    }
  }

  /**
   * Undoes a run before its commit point: no target was touched, so removing the staged names,
   * the kept inodes and the created directories restores the tree. Problems are attached to
   * {@code failure}.
   */
  void rollBackStaged(Throwable failure) {
    for (int i = 0; i < after.items().size(); i++) {
      deleteQuietly(staged(i), failure);
      deleteQuietly(backup(i), failure);
    }
    removeCreatedDirectories(failure);
    syncItemDirectories(failure);
    end(failure);
  }

  /**
   * Undoes a run after its commit point, newest step first: puts stale items back, restores each replaced inode and removes each new item. Problems are
   * attached to {@code failure}.
   */
  void rollBackCommitted(char[] marks, Throwable failure) {
    for (int j : stale) {
      try {
        Files.move(gone(j), root.resolve(before.items().get(j).path()),
            StandardCopyOption.ATOMIC_MOVE);
      } catch (NoSuchFileException notMoved) {
        // Never moved aside, or already back.
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    for (int i = after.items().size() - 1; i >= 0; i--) {
      try {
        if (marks[i] == REPLACED) {
          Path backup = backup(i);
          if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
            // A rename between two names of one inode does nothing; the second name then goes.
            Files.move(backup, target(i), StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(backup);
          }
          Files.deleteIfExists(staged(i));
        } else if (marks[i] == NEW && !Files.deleteIfExists(staged(i))) {
          Files.deleteIfExists(target(i));
        }
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    removeCreatedDirectories(failure);
    syncItemDirectories(failure);
    end(failure);
  }

  /**
   * Finishes or undoes a run that was cut short, as its journal's state says, and removes the
   * journal. Nothing happens when there is none. Recovery always flushes what it changes.
   */
  static void recover(Path root) throws UnitWriteException {
    if (!foundIn(root)) {
      return;
    }
    Path file = root.resolve(NAME);
    FileChannel locked;
    try {
      locked = lockLeftover(root, file);
    } catch (UnitWriteException anotherRun) {
      throw anotherRun;
    } catch (IOException e) {
      throw UnitWriteException.of(recoveryFailure(root), e);
    }
    if (locked == null) {
      return;
    }
    try {
      Manifest.Read read = Manifest.parse(root, readAll(locked));
      if (read == null) {
        Files.delete(file);
        TempFiles.syncDirectory(root);
        return;
      }
      WriteJournal journal = new WriteJournal(root, Manifest.read(root), read.manifest(), true);
      journal.channel = locked;
      IOException problems = new IOException(file + ": some steps could not be undone; see the"
          + " suppressed exceptions");
      switch (read.state()) {
        case COMPLETE -> {
          journal.commit(null, null, null);
          journal.finish(null);
        }
        case ABORTING -> {
          String marks = read.abortMarks();
          if (marks == null || marks.length() != read.manifest().items().size()) {
            throw new IOException(file + ": damaged journal: its abort line is missing or does"
                + " not mark every item");
          }
          journal.rollBackCommitted(marks.toCharArray(), problems);
        }
        default -> journal.rollBackStaged(problems);
      }
      if (problems.getSuppressed().length > 0) {
        throw problems;
      }
    } catch (IOException e) {
      throw UnitWriteException.of(recoveryFailure(root), e);
    } finally {
      closeQuietly(locked);
    }
  }

  /**
   * The journal at {@code file} opened and locked, if its run has died; null if there is none
   * any more (its run has just finished).
   *
   * @throws UnitWriteException if a live run holds it, or replaced it while it was opened
   */
  private static FileChannel lockLeftover(Path root, Path file) throws IOException {
    Object key = fileKey(file);
    if (key == null) {
      return null;
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
    boolean locked = locked(channel);
    Object now = fileKey(file);
    if (locked && now == null) {
      channel.close();
      return null;
    }
    if (!locked || !key.equals(now)) {
      channel.close();
      throw ConcurrentRunException.failure(root, file);
    }
    return channel;
  }

  /** Whether this process now holds the lock of the whole file. */
  private static boolean locked(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException heldInThisProcess) {
      return false;
    }
  }

  /** The identity (device and inode) of what {@code file} names, not following a link; null if nothing. */
  private static Object fileKey(Path file) throws IOException {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    } catch (NoSuchFileException gone) {
      return null;
    }
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    // Through the locked channel: closing any other descriptor of the file would drop the lock.
    ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(channel.size()));
    while (bytes.hasRemaining()) {
      if (channel.read(bytes, bytes.position()) < 0) {
        break;
      }
    }
    return bytes.array();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Closing only drops the lock; the recovery's outcome is already decided.
      }
    }
  }

  /** How every failure of a run that met another in the pod root ends. */
  private static final String ONE_RUN_AT_A_TIME = "; two runs must not write in one pod root at once";

  /**
   * The journal belongs to a run that is still writing in the pod root. Only {@link #failure}
   * names this class: code that throws or catches it would load it into the first write of every
   * JVM, when the class is checked, though nearly no run meets another.
   */
  static final class ConcurrentRunException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    private ConcurrentRunException(Path file) {
      super(file.toString(), null, "is the journal of a writeTo that is still running");
    }

    /** The failure of a run, or a recovery, that found another run writing in the pod root. */
    static UnitWriteException failure(Path root, Path file) {
      return UnitWriteException.of("another writeTo is writing in " + root + ONE_RUN_AT_A_TIME,
          new ConcurrentRunException(file));
    }
  }

  /**
   * The failure of a run that found, holding its own journal, that another run replaced the
   * manifest after this one had read it.
   */
  static UnitWriteException anotherRunWrote(Path root) {
    return UnitWriteException.of("another writeTo wrote in " + root + " while this run looked at it"
        + ONE_RUN_AT_A_TIME, new FileSystemException(root.resolve(Manifest.NAME).toString(), null,
            "was replaced after this run read it"));
  }

  /** Whether a pod root holds a journal: a run there was cut short. */
  static boolean foundIn(Path root) {
    // A stat without an exception: nearly every pod root holds none.
    return new File(root.resolve(NAME).toString()).exists();
  }

  private String recoveryFailure() {
    return recoveryFailure(root);
  }

  private static String recoveryFailure(Path root) {
    return "failed to recover the interrupted write in " + root;
  }

  private void moveStaged(int i, Manifest.Item item, PodTree tree) throws IOException {
    try {
      SecureDirectoryStream<Path> in = tree == null ? null : tree.openDirectoryOf(item.path());
      if (in != null) {
        in.move(stagedName(i), in, target(i).getFileName());
      } else {
        Files.move(staged(i), target(i), StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (NoSuchFileException notStaged) {
      if (tree != null) {
        throw notStaged;
      }
      if (item.isLink() && !Files.exists(target(i), LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.createSymbolicLink(target(i), root.getFileSystem().getPath(item.linkTarget()));
        } catch (FileAlreadyExistsException created) {
          // There now: the link is in place.
        }
      }
    }
  }

  private Path gone(int j) {
    return TempFiles.beside(root.resolve(before.items().get(j).path()), TempFiles.GONE_MARK,
        Integer.toString(j));
  }

  private void removeCreatedDirectories(Throwable failure) {
    for (int d = createdDirectories.size() - 1; d >= 0; d--) {
      deleteQuietly(root.resolve(createdDirectories.get(d)), failure);
    }
  }

  /** In a durable run, flushes the directories of every item, so that what was undone stays so. */
  private void syncItemDirectories(Throwable failure) {
    if (!durable) {
      return;
    }
    Set<Path> directories = new LinkedHashSet<>();
    for (int i = 0; i < after.items().size(); i++) {
      directories.add(target(i).getParent());
    }
    for (int j : stale) {
      directories.add(gone(j).getParent());
    }
    for (Path directory : directories) {
      try {
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
          TempFiles.syncDirectory(directory);
        }
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** Removes the journal: the run is over, one way or the other. */
  private void end(Throwable failure) {
    try {
      // Removed before its lock goes, as in finish.
      Files.deleteIfExists(file);
      if (channel != null) {
        channel.close();
      }
      if (durable) {
        TempFiles.syncDirectory(root);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private void mark(String state) throws IOException {
    write(ByteBuffer.wrap(state.getBytes(StandardCharsets.US_ASCII)), Manifest.STATE_OFFSET);
    if (durable) {
      channel.force(true);
    }
  }

  private void write(ByteBuffer buffer, long position) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      at += channel.write(buffer, at);
    }
  }

  private static void deleteQuietly(Path path, Throwable failure) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
