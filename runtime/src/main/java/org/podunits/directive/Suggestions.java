package org.podunits.directive;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" by optimal-string-alignment distance (Damerau-Levenshtein), ignoring case: one
 * rule for every suggestion podunits makes, directive names here and model names (capabilities,
 * syscalls) in {@code org.podunits.pod}.
 *
 * <p>A candidate list is prepared once (lower-cased, with the set of characters each candidate
 * uses), so that asking costs little even over the whole catalogue: candidates whose length, whose
 * set of characters, or whose character counts already differ by more than the allowed edits are
 * skipped without computing a distance, and the distance itself stops as soon as two rows exceed
 * the limit. A unit of thousands of misspelt directives is then checked in time linear in its size.
 */
public final class Suggestions {

  private final String[] names;
  private final String[] lower;
  private final long[] characters;
  /** The indexes of the candidates of each length, in candidate order. */
  private final int[][] byLength;

  /** Prepares {@code candidates}, in order; ties go to the first. */
  Suggestions(Collection<String> candidates) {
    int n = candidates.size();
    names = candidates.toArray(new String[0]);
    lower = new String[n];
    characters = new long[n];
    int longest = 0;
    for (int i = 0; i < n; i++) {
      lower[i] = names[i].toLowerCase(Locale.ROOT);
      characters[i] = characterSet(lower[i]);
      longest = Math.max(longest, lower[i].length());
    }
    int[] sizes = new int[longest + 1];
    for (String name : lower) {
      sizes[name.length()]++;
    }
    byLength = new int[longest + 1][];
    for (int length = 0; length <= longest; length++) {
      byLength[length] = new int[sizes[length]];
      sizes[length] = 0;
    }
    for (int i = 0; i < n; i++) {
      int length = lower[i].length();
      byLength[length][sizes[length]++] = i;
    }
  }

  /**
   * The candidate closest to {@code typed}, or null when none is close: a candidate must be at
   * most a third of the typed length away (at least 1, at most 3 edits). Ties go to the first.
   *
   * @param typed what the user wrote
   * @param candidates the names that exist
   * @return the closest candidate, or null
   */
  public static String closest(String typed, Collection<String> candidates) {
    return new Suggestions(candidates).closest(typed);
  }

  /** As {@link #closest(String, Collection)}, over the prepared candidates. */
  String closest(String typed) {
    String typedLower = typed.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, typed.length() / 3));
    long typedCharacters = characterSet(typedLower);
    int[][] rows = new int[3][typedLower.length() + 1];
    int[] counts = new int[COUNT_BUCKETS];
    for (int k = 0; k < typedLower.length(); k++) {
      counts[bucket(typedLower.charAt(k))]++;
    }
    // Only lengths within the limit can be close enough; the best is the smallest distance, and of
    // equal distances the first candidate, whatever order the lengths are visited in.
    int best = -1;
    int bestDistance = limit;
    int typedLength = typedLower.length();
    for (int length = Math.max(0, typedLength - limit); length <= typedLength + limit && length < byLength.length; length++) {
      int lengthGap = Math.abs(length - typedLength);
      for (int i : byLength[length]) {
        if (lengthGap > bestDistance || (lengthGap == bestDistance && i > best && best >= 0)) {
          break;
        }
        String candidate = lower[i];
        // Each character one side uses and the other lacks costs at least one edit.
        int bound = Math.max(lengthGap, Math.max(Long.bitCount(typedCharacters & ~characters[i]),
            Long.bitCount(characters[i] & ~typedCharacters)));
        if (!worthTrying(bound, i, best, bestDistance)) {
          continue;
        }
        // A substitution changes the character counts by 2, an insertion or deletion by 1.
        if (!worthTrying((countDifference(typedLower, candidate, counts) + 1) / 2, i, best, bestDistance)) {
          continue;
        }
        int d = boundedDistance(typedLower, candidate, bestDistance, rows);
        if (d < bestDistance || (d == bestDistance && (best < 0 || i < best))) {
          best = i;
          bestDistance = d;
        }
      }
    }
    return best < 0 ? null : names[best];
  }

  /** Whether a candidate whose distance is at least {@code bound} could still beat the best so far. */
  private static boolean worthTrying(int bound, int index, int best, int bestDistance) {
    return bound < bestDistance || (bound == bestDistance && (best < 0 || index < best));
  }

  private static final int COUNT_BUCKETS = 128;

  private static int bucket(char c) {
    return c < COUNT_BUCKETS ? c : COUNT_BUCKETS - 1;
  }

  /**
   * The L1 distance of the character counts of {@code typed} (already in {@code counts}) and
   * {@code candidate}; leaves {@code counts} as it found it.
   */
  private static int countDifference(String typed, String candidate, int[] counts) {
    for (int k = 0; k < candidate.length(); k++) {
      counts[bucket(candidate.charAt(k))]--;
    }
    int difference = 0;
    for (int k = 0; k < typed.length(); k++) {
      int b = bucket(typed.charAt(k));
      difference += Math.abs(counts[b]);
      counts[b] = 0;
    }
    for (int k = 0; k < candidate.length(); k++) {
      int b = bucket(candidate.charAt(k));
      difference += Math.abs(counts[b]);
      counts[b] = 0;
    }
    for (int k = 0; k < typed.length(); k++) {
      counts[bucket(typed.charAt(k))]++;
    }
    return difference;
  }

  /** The distance between two strings, computed in full; for tests and small inputs. */
  static int distance(String a, String b) {
    return boundedDistance(a, b, Integer.MAX_VALUE - 1, new int[3][a.length() + 1]);
  }

  /**
   * The optimal-string-alignment distance of {@code a} and {@code b} if it is at most {@code
   * limit}, else some value above {@code limit}. {@code rows} are three rows of {@code a.length() +
   * 1} ints to reuse.
   */
  private static int boundedDistance(String a, String b, int limit, int[][] rows) {
    int[] beforePrevious = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    for (int i = 0; i <= a.length(); i++) {
      previous[i] = i;
    }
    int previousMinimum = 0;
    for (int j = 1; j <= b.length(); j++) {
      current[0] = j;
      int rowMinimum = j;
      char bj = b.charAt(j - 1);
      for (int i = 1; i <= a.length(); i++) {
        char ai = a.charAt(i - 1);
        int cost = ai == bj ? 0 : 1;
        int best = Math.min(Math.min(previous[i] + 1, current[i - 1] + 1), previous[i - 1] + cost);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          best = Math.min(best, beforePrevious[i - 2] + 1);
        }
        current[i] = best;
        rowMinimum = Math.min(rowMinimum, best);
      }
      // A cell draws on the two rows above it at most, so two rows over the limit end the search.
      if (rowMinimum > limit && previousMinimum > limit) {
        return limit + 1;
      }
      previousMinimum = rowMinimum;
      int[] spare = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = spare;
    }
    return previous[a.length()];
  }

  /** The characters of a lower-cased name as a bit set: letters, digits, and one bit for the rest. */
  private static long characterSet(String lower) {
    long set = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        set |= 1L << (c - 'a');
      } else if (c >= '0' && c <= '9') {
        set |= 1L << (26 + c - '0');
      } else {
        set |= 1L << 36 + (c % 27);
      }
    }
    return set;
  }
}
