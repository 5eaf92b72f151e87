package org.podunits.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.podunits.write.UnitSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podunits diff}: what rendering a pod into its root would change, without writing. */
@Command(
    name = "diff",
    header = "Show what rendering a pod into its root would change.",
    customSynopsis = {
      "podunits diff [NAME] [DIR]",
      "       podunits diff --class CLASS [--classpath PATH] [DIR]",
    },
    description = {
      "Compares the pod's plan with what is on disk under DIR and writes nothing. Each line starts "
          + "with '+' (the entry is missing and would be written), '~' (it differs: a line diff of the text, "
          + "a link target, or a permission mode) or '-' (a stale file or link in a directory the plan writes "
          + "to that the plan does not have; render leaves it in place). Exits 1 if anything differs.",
    })
final class DiffCommand implements Callable<Integer> {

  /** The mode {@code UnitSet.writeTo} gives every unit file. */
  private static final int UNIT_MODE = 0644;

  @Spec CommandSpec spec;

  @Mixin PodSelection selection;

  @Override
  public Integer call() throws IOException {
    PodSelection.Selected selected = selection.select();
    UnitSet units = selected.plan();
    Path root = selected.root();
    PrintWriter out = spec.commandLine().getOut();
    int changes = 0;
    for (UnitSet.Entry entry : units.entries()) {
      Path path = root.resolve(entry.path());
      String change = PlanDiff.describe(entry, path);
      String mode = modeChange(entry, path);
      if (change != null || mode != null) {
        changes++;
        out.print((change == null ? "" : change) + (mode == null ? "" : mode));
      }
    }
    List<Path> stale = stale(units, root);
    for (Path path : stale) {
      out.println("- " + Shown.path(path) + (Files.isSymbolicLink(root.resolve(path)) ? " (link)" : "")
          + ": not in the plan");
    }
    if (changes == 0 && stale.isEmpty()) {
      out.println("Pod " + selected.name() + " under " + Shown.path(root) + " is up to date.");
      return Main.CLEAN;
    }
    int size = units.entries().size();
    out.println(changes + " of " + size + (size == 1 ? " entry" : " entries")
        + " would change" + (stale.isEmpty() ? "" : "; " + Plural.of(stale.size(), "stale file") + " on disk") + ".");
    return Main.PROBLEMS;
  }

  /** How the permission bits on disk differ from the ones the plan writes, or null. */
  private static String modeChange(UnitSet.Entry entry, Path path) throws IOException {
    int wanted;
    if (entry instanceof UnitSet.FileEntry file) {
      wanted = file.mode();
    } else if (entry instanceof UnitSet.UnitEntry) {
      wanted = UNIT_MODE;
    } else {
      return null;
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    int present = mode(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    return present == wanted ? null
        : String.format("~ %s: mode %04o would become %04o%n", entry.path(), present, wanted);
  }

  private static int mode(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (PosixFilePermission permission : permissions) {
      // OWNER_READ is ordinal 0 and worth 0400; each following permission is worth half as much.
      mode |= 0400 >> permission.ordinal();
    }
    return mode;
  }

  /**
   * Files and links in the directories the plan writes to that the plan does not have, relative to
   * the root and sorted. Directories in them are left out: the plan never writes one directly.
   */
  private static List<Path> stale(UnitSet units, Path root) throws IOException {
    Set<Path> planned = new HashSet<>();
    Set<Path> directories = new TreeSet<>();
    for (UnitSet.Entry entry : units.entries()) {
      planned.add(entry.path());
      if (entry.path().getParent() != null) {
        directories.add(entry.path().getParent());
      }
    }
    List<Path> stale = new ArrayList<>();
    for (Path directory : directories) {
      Path onDisk = root.resolve(directory);
      if (!Files.isDirectory(onDisk, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try (DirectoryStream<Path> children = Files.newDirectoryStream(onDisk)) {
        for (Path child : children) {
          Path relative = directory.resolve(child.getFileName());
          if (!planned.contains(relative) && !Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
            stale.add(relative);
          }
        }
      } catch (NoSuchFileException e) {
        // Removed since it was looked at: nothing in it is stale.
      }
    }
    stale.sort(null);
    return stale;
  }
}
