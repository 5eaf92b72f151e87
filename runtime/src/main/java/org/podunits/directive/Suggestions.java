package org.podunits.directive;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" by optimal-string-alignment distance (Damerau-Levenshtein), ignoring case: one
 * rule for every suggestion podunits makes, directive names here and model names (capabilities,
 * syscalls) in {@code org.podunits.pod}.
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code typed}, or null when none is close: a candidate must be at
   * most a third of the typed length away (at least 1, at most 3 edits). Ties go to the first.
   *
   * @param typed what the user wrote
   * @param candidates the names that exist
   * @return the closest candidate, or null
   */
  public static String closest(String typed, Collection<String> candidates) {
    String lower = typed.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, typed.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - typed.length()) > limit) {
        continue;
      }
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
