package org.podunits.fuzz;

import java.nio.charset.StandardCharsets;

/** Turns a fuzzer's bytes into text, reaching every Java string, unpaired surrogates included. */
final class FuzzInput {

  /** A first byte that switches decoding from UTF-8 to UTF-16BE. */
  private static final int UTF16_MARK = 0xff;

  private FuzzInput() {}

  /**
   * The bytes as text: UTF-8 (malformed bytes become U+FFFD, as a reader of a file would see
   * them), or, when the first byte is 0xFF, the rest as UTF-16BE taken char by char, so unpaired
   * surrogates and any other char can be written in a seed.
   */
  static String text(byte[] data) {
    if (data.length > 0 && (data[0] & 0xff) == UTF16_MARK) {
      char[] chars = new char[(data.length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((data[1 + 2 * i] & 0xff) << 8) | (data[2 + 2 * i] & 0xff));
      }
      return new String(chars);
    }
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Whether a message is one line a terminal shows as it is: no control character, no unpaired surrogate. */
  static boolean isPrintable(String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= message.length() || !Character.isLowSurrogate(message.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
