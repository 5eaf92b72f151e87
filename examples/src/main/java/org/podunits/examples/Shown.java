package org.podunits.examples;

import java.nio.file.Path;

/**
 * Text from outside podunits (file names, values, messages quoting them) as the command line
 * prints it: control characters become {@code \xHH}, so a file name cannot break an output line
 * or move the terminal's cursor.
 */
final class Shown {

  private Shown() {}

  /** The path as given, with control characters escaped. */
  static String path(Path path) {
    return text(path.toString());
  }

  /** The text with control characters (C0, DEL, C1) escaped as {@code \xHH}. */
  static String text(String text) {
    StringBuilder shown = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && shown == null) {
        shown = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (control) {
        shown.append(String.format("\\x%02x", (int) c));
      } else if (shown != null) {
        shown.append(c);
      }
    }
    return shown == null ? text : shown.toString();
  }
}
