package org.podunits.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podunits.write.PlanDifference;
import org.podunits.write.UnitSet;

/**
 * What writing a plan into a pod root would change, as text for the {@code diff} command: the
 * runtime's {@link UnitSet#differences(Path)}, one line or block per difference, with a line diff
 * for a file whose bytes differ.
 */
final class PlanDiff {

  private final List<PlanDifference> differences;
  private final int entries;
  private final Set<Path> links = new HashSet<>();

  private PlanDiff(UnitSet plan, List<PlanDifference> differences) {
    this.differences = differences;
    this.entries = plan.entries().size();
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.LinkEntry) {
        links.add(entry.path());
      }
    }
  }

  /** Compares a plan with a pod root. */
  static PlanDiff of(UnitSet plan, Path podRoot) throws IOException {
    return new PlanDiff(plan, plan.differences(podRoot));
  }

  /** Whether the pod root holds the plan. */
  boolean isEmpty() {
    return differences.isEmpty();
  }

  /** Every difference, each ending in a newline. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (PlanDifference difference : differences) {
      out.append(describe(difference, links.contains(difference.path())));
    }
    return out.toString();
  }

  /** How many entries would change, and how many stale ones would go. */
  String summary() {
    Set<Path> changed = new HashSet<>();
    int stale = 0;
    for (PlanDifference difference : differences) {
      if (difference.kind() == PlanDifference.Kind.STALE) {
        stale++;
      } else {
        changed.add(difference.path());
      }
    }
    String summary = changed.size() + " of " + entries + " entries would change";
    return stale == 0
        ? summary + "."
        : summary + "; " + stale + " left by an earlier plan would be removed.";
  }

  private static String describe(PlanDifference difference, boolean link) {
    String path = difference.path().toString();
    return switch (difference.kind()) {
      case MISSING -> link
          ? "+ " + path + " -> " + difference.wanted() + "\n"
          : "+ " + path + " (" + difference.wanted().lines().count() + " lines)\n";
      case CONTENT -> "~ " + path + "\n"
          + lineDiff(difference.present().lines().toList(), difference.wanted().lines().toList());
      case MODE -> "~ " + path + ": mode " + difference.present() + " would become "
          + difference.wanted() + "\n";
      case LINK_TARGET -> "~ " + path + ": link -> " + difference.present() + " would become -> "
          + difference.wanted() + "\n";
      case TYPE -> "~ " + path + ": a " + difference.present() + " where a " + difference.wanted()
          + " belongs\n";
      case STALE -> "- " + path + " (" + difference.present() + ", written for an earlier plan)\n";
    };
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
}
