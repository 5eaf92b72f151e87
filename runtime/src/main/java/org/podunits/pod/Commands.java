package org.podunits.pod;

import java.util.List;
import org.podunits.unit.ExecCommand;

/** Checks on the executable word of a command line, the one systemd treats specially. */
final class Commands {

  private Commands() {}

  /**
   * Returns the word if systemd can run it as argv[0]: non-empty, no control characters, and no
   * {@code $}, which systemd keeps literally in the executable path (so {@code $$} cannot escape
   * it).
   */
  static String requireExecutable(String what, String word) {
    Texts.requireNoControl(what, word);
    if (word.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (word.indexOf('$') >= 0) {
      throw new IllegalArgumentException(what + " \"" + word
          + "\" must not contain '$': systemd does not expand variables in the executable path"
          + " and cannot be told a literal '$' there");
    }
    return word;
  }

  /** Checks that systemd can be given the command line, as {@link ExecCommand#quote} decides. */
  static void requireQuotable(String what, List<String> argv) {
    try {
      ExecCommand.quote(argv);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }
}
