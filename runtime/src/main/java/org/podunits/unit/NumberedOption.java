package org.podunits.unit;

import java.util.Objects;

/**
 * An option read from unit-file text, with the line it came from, so that a check can point a
 * user at the line to fix.
 *
 * @param option the option
 * @param line the 1-based number of the line the option starts on; for a value continued with a
 *     trailing {@code \}, the line of its key
 */
public record NumberedOption(UnitOption option, int line) {
  /** Validates that the option is present and the line number is positive. */
  public NumberedOption {
    Objects.requireNonNull(option, "option");
    if (line < 1) {
      throw new IllegalArgumentException("line number " + line + " of " + option + " must be 1 or more");
    }
  }
}
