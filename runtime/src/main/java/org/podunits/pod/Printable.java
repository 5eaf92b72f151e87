package org.podunits.pod;

/** How free text is shown in a message: control characters as escapes, so it stays one line. */
final class Printable {

  private Printable() {}

  /** The text with every control character (newline, tab, NUL, DEL...) written as {@code \xNN}. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        b.append(String.format("\\x%02x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
