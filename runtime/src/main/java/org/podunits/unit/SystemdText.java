package org.podunits.unit;

/**
 * Facts about text in unit files, and the one way the runtime shows untrusted text in a message.
 */
public final class SystemdText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SystemdText() {}

  /**
   * Whether systemd accepts the code point in a unit file at all, raw or escaped: not a surrogate,
   * not beyond U+10FFFF, and not a noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF).
   *
   * @param codePoint a Unicode code point, or any int
   * @return true if systemd's {@code unichar_is_valid} accepts it
   */
  public static boolean isValidCodePoint(int codePoint) {
    return codePoint >= 0
        && codePoint < 0x110000
        && (codePoint & 0xFFFFF800) != 0xD800
        && (codePoint < 0xFDD0 || codePoint > 0xFDEF)
        && (codePoint & 0xFFFE) != 0xFFFE;
  }

  /**
   * Shows text from a unit file or a user so that a message stays one honest line: every control
   * character (C0, DEL and C1) becomes {@code \xHH}; line and paragraph separators, the
   * bidirectional controls that reorder what a terminal shows, and unpaired surrogates become
   * <code>&#92;uHHHH</code>. Everything else, backslashes included, is kept, so a message can
   * neither move the cursor, erase a line, nor pretend to be another line of output.
   *
   * @param text any text
   * @return the text with those characters escaped; the same string when there are none
   */
  public static String printable(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !needsEscape(text, i)) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i)) {
        b.append(c);
      } else if (c <= 0xff) {
        b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    if (c < 0x2028) {
      return false;
    }
    if (c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
