package org.podunits.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.podunits.write.UnitSet;

/** Compares one entry of a plan with what is on disk, line by line. */
final class PlanDiff {

  private PlanDiff() {}

  /**
   * What writing {@code entry} at {@code path} would change, as text ending in a newline, or null
   * when the disk already holds it.
   */
  static String describe(UnitSet.Entry entry, Path path) throws IOException {
    if (entry instanceof UnitSet.LinkEntry link) {
      if (Files.isSymbolicLink(path)) {
        String target = Files.readSymbolicLink(path).toString();
        return target.equals(link.target()) ? null
            : "~ " + entry.path() + ": link -> " + target + " would become -> " + link.target() + "\n";
      }
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? "~ " + entry.path() + ": not a link, would become -> " + link.target() + "\n"
          : "+ " + entry.path() + " -> " + link.target() + "\n";
    }
    String wanted = entry instanceof UnitSet.UnitEntry unit
        ? unit.unit().serialize()
        : new String(((UnitSet.FileEntry) entry).content(), StandardCharsets.UTF_8);
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          ? "~ " + entry.path() + ": not a regular file, would be replaced\n"
          : "+ " + entry.path() + " (" + lines(wanted).size() + " lines)\n";
    }
    String present = Files.readString(path, StandardCharsets.UTF_8);
    if (present.equals(wanted)) {
      return null;
    }
    return "~ " + entry.path() + "\n" + lineDiff(lines(present), lines(wanted));
  }

  /** A minimal line diff (longest common subsequence), lines prefixed "-" and "+". */
  static String lineDiff(List<String> before, List<String> after) {
    int[][] common = new int[before.size() + 1][after.size() + 1];
    for (int i = before.size() - 1; i >= 0; i--) {
      for (int j = after.size() - 1; j >= 0; j--) {
        common[i][j] = before.get(i).equals(after.get(j))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    while (i < before.size() || j < after.size()) {
      if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
        i++;
        j++;
      } else if (i < before.size() && (j == after.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.append("    -").append(before.get(i++)).append('\n');
      } else {
        out.append("    +").append(after.get(j++)).append('\n');
      }
    }
    return out.toString();
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }
}
