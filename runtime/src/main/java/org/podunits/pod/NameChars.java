package org.podunits.pod;

/**
 * The character class the pod's names share (appc names and identifiers, seccomp names): lower
 * case letters and digits plus a few separators. A loop rather than a regular expression, which
 * would load the regex engine into a fresh JVM's first pod.
 */
final class NameChars {

  private NameChars() {}

  /** Whether {@code text[from, to)} is non-empty and only a-z, 0-9 and {@code others}. */
  static boolean lowerAlnumRun(String text, int from, int to, String others) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && others.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
