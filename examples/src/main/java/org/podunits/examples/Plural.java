package org.podunits.examples;

/** Counts in messages: {@code 1 error}, {@code 2 errors}. */
final class Plural {

  private Plural() {}

  /** The count and the noun, with an {@code s} unless the count is one. */
  static String of(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
