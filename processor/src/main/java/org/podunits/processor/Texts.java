package org.podunits.processor;

/** Text helpers for messages. */
final class Texts {
  private Texts() {}

  /** {@code text} with control characters as Java escapes, so a message stays on one line. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
