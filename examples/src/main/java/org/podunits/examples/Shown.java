package org.podunits.examples;

import java.nio.file.Path;
import org.podunits.unit.SystemdText;

/**
 * Text from outside podunits (file names, values, messages quoting them) as the command line
 * prints it: control characters become {@code \xHH} (and line separators, bidi controls and lone
 * surrogates an escape too), so a file name cannot break an output line or move the terminal's
 * cursor.
 */
final class Shown {

  private Shown() {}

  /** The path as given, with control characters escaped. */
  static String path(Path path) {
    return text(path.toString());
  }

  /**
   * The text with every character that could break a line or steer the terminal escaped, by the
   * runtime's one rule for messages ({@link SystemdText#printable}).
   */
  static String text(String text) {
    return SystemdText.printable(text);
  }
}
