package org.podunits.examples;

/**
 * Padded fields for the command line's listings. Plain padding rather than {@code String.format}:
 * a format's first {@code %d} brings up the JDK's locale providers and their resource bundles, a
 * noticeable part of a short command's start, to print digits that are ASCII here anyway.
 */
final class Columns {

  private Columns() {}

  /** The number right-aligned in {@code width} characters, as {@code %<width>d} does. */
  static String right(long number, int width) {
    return pad(Long.toString(number), width, ' ', true);
  }

  /** The text left-aligned in {@code width} characters, as {@code %-<width>s} does. */
  static String left(String text, int width) {
    return pad(text, width, ' ', false);
  }

  /** A file mode in octal, zero-padded to 4 digits, as {@code %04o} does. */
  static String mode(int mode) {
    return pad(Integer.toOctalString(mode), 4, '0', true);
  }

  private static String pad(String text, int width, char fill, boolean before) {
    if (text.length() >= width) {
      return text;
    }
    StringBuilder padded = new StringBuilder(width);
    if (!before) {
      padded.append(text);
    }
    for (int i = text.length(); i < width; i++) {
      padded.append(fill);
    }
    if (before) {
      padded.append(text);
    }
    return padded.toString();
  }
}
