package org.podunits.unit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a value word by word the way systemd's {@code extract_first_word} does with unquoting and C
 * unescaping: words are separated by spaces and TABs, {@code "…"} and {@code '…'} quote, and
 * the C escapes of systemd.syntax(7) (<code>\a \b \f \n \r \t \v \\ \" \' \s \xHH \nnn
 * &#92;uNNNN \UNNNNNNNN</code>) are decoded inside and outside quotes. Escapes that give single bytes,
 * such as {@code \xc3\xa9}, are collected as UTF-8. This is the one splitter of the runtime: {@link
 * ExecCommand#split} and the directive checks both read values through it.
 *
 * <p>A word that cannot be read stops the reading: {@link #next()} answers null and {@link
 * #error()} says why. Nothing here throws for any input.
 */
public final class SystemdWords {

  private final String text;
  private final boolean quotesWrapWords;
  private final WordBuffer word;
  private int position;
  private String error;

  /**
   * Starts reading {@code text}.
   *
   * @param text the value, such as what follows {@code ExecStart=}
   * @param quotesWrapWords true to refuse a quote inside a word ({@code a"b c"d}), which systemd
   *     252 reads as {@code ab cd} but older releases (219) did not; false to read it as systemd
   *     252 does
   */
  public SystemdWords(String text, boolean quotesWrapWords) {
    this.text = Objects.requireNonNull(text, "text");
    this.quotesWrapWords = quotesWrapWords;
    this.word = new WordBuffer(Math.min(text.length(), 256));
  }

  /** Why the last {@link #next()} failed, or null if it did not. */
  public String error() {
    return error;
  }

  /** Skips separators; true if any text is left. */
  public boolean skipSeparators() {
    while (position < text.length() && isSeparator(text.charAt(position))) {
      position++;
    }
    return position < text.length();
  }

  /** Whether the unread text starts with {@code token} followed by a separator or the end. */
  public boolean atToken(String token) {
    if (!text.startsWith(token, position)) {
      return false;
    }
    int end = position + token.length();
    return end == text.length() || isSeparator(text.charAt(end));
  }

  /** Consumes {@code count} characters, after {@link #atToken} found them. */
  public void skip(int count) {
    position = Math.min(text.length(), position + count);
  }

  /**
   * The next word, unquoted and unescaped.
   *
   * @return the word; null at the end of the text or when the word cannot be read (then {@link
   *     #error()} says why)
   */
  public String next() {
    if (error != null || !skipSeparators()) {
      return null;
    }
    word.clear();
    int n = text.length();
    char quote = 0;
    int opening = -1;
    while (position < n) {
      char c = text.charAt(position);
      if (quote == 0 && isSeparator(c)) {
        break;
      }
      if (c == '\\') {
        if (!unescape()) {
          return null;
        }
      } else if (quote != 0 && c == quote) {
        quote = 0;
        position++;
        if (quotesWrapWords && position < n && !isSeparator(text.charAt(position))) {
          return fail("text follows the closing quote at index " + (position - 1) + "; quotes must wrap a whole word");
        }
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        if (quotesWrapWords && position > 0 && !isSeparator(text.charAt(position - 1))) {
          return fail("quote " + c + " at index " + position + " is inside a word; quotes must wrap a whole word");
        }
        quote = c;
        opening = position++;
      } else if (!appendChar()) {
        return null;
      }
    }
    if (quote != 0) {
      return fail("the quote " + quote + " opened at index " + opening + " is never closed");
    }
    String decoded = word.decode();
    if (decoded == null) {
      return fail("its escapes decode to bytes that are not valid UTF-8");
    }
    return decoded;
  }

  /** A non-empty word with nothing to split, unquote or unescape: most values are one. */
  public static boolean isPlainWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** systemd's word separators that a unit-file value can hold: space and TAB. */
  public static boolean isSeparator(char c) {
    return c == ' ' || c == '\t';
  }

  private String fail(String reason) {
    error = reason;
    return null;
  }

  private boolean appendChar() {
    int codePoint = text.codePointAt(position);
    if (!SystemdText.isValidCodePoint(codePoint)) {
      fail(String.format("U+%04X", codePoint) + " at index " + position
          + " is an unpaired surrogate or a noncharacter, which systemd refuses");
      return false;
    }
    word.appendCodePoint(codePoint);
    position += Character.charCount(codePoint);
    return true;
  }

  /** Decodes the escape whose backslash is at {@link #position}; false (with the error set) if it cannot. */
  private boolean unescape() {
    int at = position;
    if (at + 1 == text.length()) {
      fail("it ends with a lone '\\'");
      return false;
    }
    char c = text.charAt(at + 1);
    int simple = simpleEscape(c);
    if (simple >= 0) {
      word.appendByte(simple);
      position = at + 2;
      return true;
    }
    if (c == 'x') {
      long b = digits(at, at + 2, 2, 16);
      if (b == 0) {
        fail("the escape \\x00 at index " + at + " is a NUL, which systemd refuses");
      } else if (b > 0) {
        word.appendByte((int) b);
        position = at + 4;
      }
      return b > 0;
    }
    if (c == 'u' || c == 'U') {
      int length = c == 'u' ? 4 : 8;
      long codePoint = digits(at, at + 2, length, 16);
      if (codePoint < 0) {
        return false;
      }
      if (codePoint == 0 || !SystemdText.isValidCodePoint((int) Math.min(codePoint, Integer.MAX_VALUE))) {
        fail("the escape " + text.substring(at, at + 2 + length) + " at index " + at
            + " is not a valid Unicode character for systemd");
        return false;
      }
      word.appendCodePoint((int) codePoint);
      position = at + 2 + length;
      return true;
    }
    if (c >= '0' && c <= '7') {
      long b = digits(at, at + 1, 3, 8);
      if (b < 0) {
        return false;
      }
      if (b == 0 || b > 0xff) {
        fail("the octal escape " + text.substring(at, at + 4) + " at index " + at + " must be between \\001 and \\377");
        return false;
      }
      word.appendByte((int) b);
      position = at + 4;
      return true;
    }
    fail("the escape \\" + describe(text.codePointAt(at + 1)) + " at index " + at + " is not one of systemd's"
        + " (\\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\' \\s \\xHH \\nnn \\uNNNN \\UNNNNNNNN); write \\\\ for a backslash");
    return false;
  }

  private static int simpleEscape(char c) {
    switch (c) {
      case 'a': return 0x07;
      case 'b': return 0x08;
      case 'f': return 0x0c;
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return 0x0b;
      case 's': return ' ';
      case '\\': case '"': case '\'': return c;
      default: return -1;
    }
  }

  /** The character as itself when a message can show it so, else as {@code U+} and four hex digits. */
  private static String describe(int codePoint) {
    String text = new String(Character.toChars(codePoint));
    return SystemdText.printable(text).equals(text) ? text : String.format("U+%04X", codePoint);
  }

  /** The value of {@code count} digits in {@code radix} at {@code start}, or -1 (error set). */
  private long digits(int at, int start, int count, int radix) {
    if (start + count > text.length()) {
      fail("the escape at index " + at + " needs " + count + " digits");
      return -1;
    }
    long result = 0;
    for (int k = start; k < start + count; k++) {
      char c = text.charAt(k);
      int d = c > 0x7f ? -1 : Character.digit(c, radix);
      if (d < 0) {
        fail("the escape at index " + at + " needs " + count + " digits in base " + radix + ", found '"
            + describe(text.codePointAt(k)) + "'");
        return -1;
      }
      result = result * radix + d;
    }
    return result;
  }

  /** A word being decoded: escapes like {@code \xc3\xa9} add single bytes, so it collects UTF-8. */
  private static final class WordBuffer {
    private byte[] bytes;
    private int size;
    private boolean ascii = true;

    WordBuffer(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void clear() {
      size = 0;
      ascii = true;
    }

    void appendByte(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, size * 2);
      }
      if (b >= 0x80) {
        ascii = false;
      }
      bytes[size++] = (byte) b;
    }

    void appendCodePoint(int codePoint) {
      if (codePoint < 0x80) {
        appendByte(codePoint);
      } else if (codePoint < 0x800) {
        appendByte(0xc0 | (codePoint >> 6));
        appendByte(0x80 | (codePoint & 0x3f));
      } else if (codePoint < 0x10000) {
        appendByte(0xe0 | (codePoint >> 12));
        appendByte(0x80 | ((codePoint >> 6) & 0x3f));
        appendByte(0x80 | (codePoint & 0x3f));
      } else {
        appendByte(0xf0 | (codePoint >> 18));
        appendByte(0x80 | ((codePoint >> 12) & 0x3f));
        appendByte(0x80 | ((codePoint >> 6) & 0x3f));
        appendByte(0x80 | (codePoint & 0x3f));
      }
    }

    /** The word as text, or null if its bytes are not UTF-8. */
    String decode() {
      if (ascii) {
        return new String(bytes, 0, size, StandardCharsets.US_ASCII);
      }
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 0, size))
            .toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
  }
}
