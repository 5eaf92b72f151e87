package org.podunits.unit;

/** Facts about text in unit files that several classes of this package check. */
final class SystemdText {

  private SystemdText() {}

  /**
   * Whether systemd accepts the code point in a unit file at all, raw or escaped: not a surrogate,
   * not beyond U+10FFFF, and not a noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF).
   */
  static boolean isValidCodePoint(int codePoint) {
    return codePoint >= 0
        && codePoint < 0x110000
        && (codePoint & 0xFFFFF800) != 0xD800
        && (codePoint < 0xFDD0 || codePoint > 0xFDEF)
        && (codePoint & 0xFFFE) != 0xFFFE;
  }

  /** Shows a word with its control characters escaped, so a message stays on one line. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\x%02x", (int) c));
      } else if (Character.isSurrogate(c) && (i + 1 >= s.length() || !Character.isSurrogatePair(c, s.charAt(i + 1)))
          && !(i > 0 && Character.isSurrogatePair(s.charAt(i - 1), c))) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
