package org.podunits.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@link UnitSet#writeTo} run changed, so that a failure can put every path back.
 *
 * <p>A path the run created is removed on rollback (files and links first, then their directories,
 * because steps are undone in reverse order). A path the run replaced was first given a second
 * name, a hard link called a backup, in the same directory; rollback renames the backup over the
 * path, so the path never goes missing and gets back its very inode: bytes, mode and owner.
 */
final class WriteJournal {

  /** One change: {@code backup} is null when the run created {@code path}. */
  private record Step(Path path, Path backup) {}

  private final List<Step> steps = new ArrayList<>();
  private final boolean durable;

  WriteJournal(boolean durable) {
    this.durable = durable;
  }

  void created(Path path) {
    steps.add(new Step(path, null));
  }

  void replaced(Path path, Path backup) {
    steps.add(new Step(path, backup));
  }

  /**
   * Undoes every step, newest first, and keeps going past a step that cannot be undone so that as
   * much as possible is restored. Each such problem is added to {@code failure} as suppressed.
   */
  void rollback(Throwable failure) {
    Set<Path> changedDirectories = new LinkedHashSet<>();
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step step = steps.get(i);
      try {
        if (step.backup() == null) {
          Files.delete(step.path());
        } else {
          Files.move(step.backup(), step.path(), StandardCopyOption.ATOMIC_MOVE);
        }
        changedDirectories.add(step.path().getParent());
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    if (durable) {
      for (Path directory : changedDirectories) {
        try {
          UnitWriter.syncDirectory(directory);
        } catch (IOException e) {
          failure.addSuppressed(e);
        }
      }
    }
  }

  /**
   * Drops the backups of a run that succeeded. A backup that cannot be removed is left where it
   * is: the plan is fully applied by then, and a leftover carries the recognisable name {@code
   * .<name>.podunits-old-<hex>}, so failing the whole run for it would report a success as an
   * error.
   */
  void commit() {
    for (Step step : steps) {
      if (step.backup() != null) {
        try {
          Files.delete(step.backup());
        } catch (IOException leftOver) {
          // Harmless and recognisable by its name; see above.
        }
      }
    }
  }
}
