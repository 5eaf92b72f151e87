package org.podunits.unit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Command lines for {@code ExecStart=} and the other {@code Exec*=} settings.
 *
 * <p>{@link #quote(List)} writes each word in double quotes with systemd's C escapes, the way rkt's
 * {@code quoteExec} does (Go's {@code %q} plus {@code '} → {@code \'}), and also escapes what
 * systemd would otherwise expand: {@code %} → {@code %%} in every word and {@code $} → {@code $$}
 * in every argument after argv[0]. {@link #split(String)} reads such a value back into words.
 */
public final class ExecCommand {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ExecCommand() {}

  /**
   * Turns an argv into an {@code Exec*=} value: every word double-quoted, {@code \}, {@code "}
   * and {@code '} backslash-escaped, control characters as {@code \a \b \f \n \r \t \v} or
   * {@code \xHH}, other non-printable characters as <code>&#92;uNNNN</code> or {@code \UNNNNNNNN},
   * printable Unicode kept; {@code %} → {@code %%} in every word, {@code $} → {@code $$} in every
   * word after argv[0].
   *
   * @param argv the executable and its arguments; the executable must hold no {@code $}, because
   *     systemd keeps {@code $$} literally in the executable path
   * @return the words joined by single spaces
   * @throws IllegalArgumentException if argv is empty, or a word holds a NUL, an unpaired surrogate
   *     or a Unicode noncharacter (systemd refuses all three in any spelling), or argv[0] holds a
   *     {@code $}
   */
  public static String quote(List<String> argv) {
    Objects.requireNonNull(argv, "argv");
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("exec argv is empty; it needs at least the executable");
    }
    String executable = Objects.requireNonNull(argv.get(0), "argv[0]");
    int dollar = executable.indexOf('$');
    if (dollar >= 0) {
      throw new IllegalArgumentException("exec argv[0] \"" + printable(executable) + "\" contains '$' at index "
          + dollar + "; systemd does not expand variables in the executable path, so it cannot be escaped there");
    }
    StringBuilder out = new StringBuilder(estimate(argv));
    appendWord(out, executable, "argv", 0, false);
    for (int i = 1; i < argv.size(); i++) {
      out.append(' ');
      appendWord(out, argv.get(i), "argv", i, true);
    }
    return out.toString();
  }

  /**
   * Quotes words that follow an executable written by the caller, each as {@link #quote(List)}
   * quotes an argument after argv[0] ({@code $} → {@code $$} included), joined by single spaces.
   * rkt's reaper line is {@code "/reaper.sh " + quoteArguments(List.of(app, rootfs, binPath))}.
   *
   * @param args the arguments; may be empty, which gives the empty string
   * @throws IllegalArgumentException if an argument holds a NUL, an unpaired surrogate or a
   *     Unicode noncharacter
   */
  public static String quoteArguments(List<String> args) {
    Objects.requireNonNull(args, "args");
    StringBuilder out = new StringBuilder(estimate(args));
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      appendWord(out, args.get(i), "args", i, true);
    }
    return out.toString();
  }

  /**
   * Splits an {@code Exec*=} value into words by the quoting rules of systemd.syntax(7): words are
   * separated by spaces and TABs; a word may be wrapped whole in {@code "…"} or {@code '…'}; C
   * escapes (<code>\a \b \f \n \r \t \v \\ \" \' \s \xHH \nnn &#92;uNNNN \UNNNNNNNN</code>) are decoded in
   * and outside quotes. Specifiers ({@code %%}) and variables ({@code $$}) are left as they are,
   * and so are command prefixes and {@code ;} separators, which come back as words.
   *
   * @param value the text after {@code Exec*=}
   * @return the words, in order; empty for a blank value
   * @throws IllegalArgumentException naming the value if a quote is unbalanced or does not wrap a
   *     whole word, an escape is unknown or incomplete, an escape decodes to NUL or to an invalid
   *     code point, or a word is not valid UTF-8
   */
  public static List<String> split(String value) {
    Objects.requireNonNull(value, "value");
    List<String> words = new ArrayList<>();
    WordBuffer word = new WordBuffer(value.length());
    int n = value.length();
    int i = 0;
    while (true) {
      while (i < n && isSeparator(value.charAt(i))) {
        i++;
      }
      if (i == n) {
        return words;
      }
      word.clear();
      char first = value.charAt(i);
      if (first == '"' || first == '\'') {
        int opening = i++;
        while (true) {
          if (i == n) {
            throw badValue(value, "the quote " + first + " opened at index " + opening + " is never closed");
          }
          char c = value.charAt(i);
          if (c == first) {
            i++;
            break;
          }
          i = c == '\\' ? unescape(value, i, word) : word.appendChar(value, i);
        }
        if (i < n && !isSeparator(value.charAt(i))) {
          throw badValue(value, "text follows the closing quote at index " + (i - 1)
              + "; quotes must wrap a whole word");
        }
      } else {
        while (i < n && !isSeparator(value.charAt(i))) {
          char c = value.charAt(i);
          if (c == '"' || c == '\'') {
            throw badValue(value, "quote " + c + " at index " + i + " is inside a word; quotes must wrap a whole word");
          }
          i = c == '\\' ? unescape(value, i, word) : word.appendChar(value, i);
        }
      }
      words.add(word.decode(value));
    }
  }

  /** systemd's {@code WHITESPACE}; a unit-file value can only hold the first two. */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Decodes the escape starting with the backslash at {@code at}; returns the index after it. */
  private static int unescape(String value, int at, WordBuffer word) {
    int n = value.length();
    if (at + 1 == n) {
      throw badValue(value, "it ends with a lone '\\'");
    }
    char c = value.charAt(at + 1);
    switch (c) {
      case 'a':
        word.appendByte(0x07);
        return at + 2;
      case 'b':
        word.appendByte(0x08);
        return at + 2;
      case 'f':
        word.appendByte(0x0c);
        return at + 2;
      case 'n':
        word.appendByte('\n');
        return at + 2;
      case 'r':
        word.appendByte('\r');
        return at + 2;
      case 't':
        word.appendByte('\t');
        return at + 2;
      case 'v':
        word.appendByte(0x0b);
        return at + 2;
      case 's':
        word.appendByte(' ');
        return at + 2;
      case '\\':
      case '"':
      case '\'':
        word.appendByte(c);
        return at + 2;
      case 'x': {
        int b = digits(value, at, at + 2, 2, 16);
        if (b == 0) {
          throw badValue(value, "the escape \\x00 at index " + at + " is a NUL, which systemd refuses");
        }
        word.appendByte(b);
        return at + 4;
      }
      case 'u':
      case 'U': {
        int length = c == 'u' ? 4 : 8;
        int codePoint = digits(value, at, at + 2, length, 16);
        if (codePoint == 0 || !isValidCodePoint(codePoint)) {
          throw badValue(value, "the escape " + value.substring(at, at + 2 + length) + " at index " + at
              + " is not a valid Unicode character for systemd");
        }
        word.appendCodePoint(codePoint);
        return at + 2 + length;
      }
      default:
        if (c >= '0' && c <= '7') {
          int b = digits(value, at, at + 1, 3, 8);
          if (b == 0 || b > 0xff) {
            throw badValue(value, "the octal escape " + value.substring(at, at + 4) + " at index " + at
                + " must be between \\001 and \\377");
          }
          word.appendByte(b);
          return at + 4;
        }
        throw badValue(value, "the escape \\" + c + " at index " + at
            + " is not one of systemd's (\\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\' \\s \\xHH \\nnn \\uNNNN \\UNNNNNNNN)");
    }
  }

  /** Reads the {@code count} digits in {@code radix} at {@code start} of the escape at {@code at}. */
  private static int digits(String value, int at, int start, int count, int radix) {
    if (start + count > value.length()) {
      throw badValue(value, "the escape at index " + at + " needs " + count + " digits");
    }
    int result = 0;
    for (int k = start; k < start + count; k++) {
      int d = value.charAt(k) > 0x7f ? -1 : Character.digit(value.charAt(k), radix);
      if (d < 0) {
        throw badValue(value, "the escape at index " + at + " needs " + count + " digits in base " + radix
            + ", found '" + value.charAt(k) + "'");
      }
      result = result * radix + d;
    }
    return result;
  }

  private static IllegalArgumentException badValue(String value, String reason) {
    return new IllegalArgumentException("exec value \"" + printable(value) + "\" cannot be split: " + reason);
  }

  /** A word being decoded: escapes like {@code \xc3\xbc} add single bytes, so it collects UTF-8. */
  private static final class WordBuffer {
    private byte[] bytes;
    private int size;

    WordBuffer(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void clear() {
      size = 0;
    }

    void appendByte(int b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = (byte) b;
    }

    /** Appends the character at {@code i} (a surrogate pair as one); returns the next index. */
    int appendChar(String value, int i) {
      int codePoint = value.codePointAt(i);
      if (!isValidCodePoint(codePoint)) {
        throw badValue(value, String.format("U+%04X", codePoint) + " at index " + i
            + " is an unpaired surrogate or a noncharacter, which systemd refuses");
      }
      appendCodePoint(codePoint);
      return i + Character.charCount(codePoint);
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

    String decode(String value) {
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, 0, size))
            .toString();
      } catch (CharacterCodingException e) {
        throw badValue(value, "its escapes decode to bytes that are not valid UTF-8");
      }
    }
  }

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

  private static int estimate(List<String> words) {
    int chars = 0;
    for (String word : words) {
      chars += word == null ? 0 : word.length() + 3;
    }
    return chars + 8;
  }

  private static void appendWord(StringBuilder out, String word, String list, int index, boolean escapeDollar) {
    if (word == null) {
      throw new NullPointerException("exec " + list + "[" + index + "] is null");
    }
    out.append('"');
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        switch (c) {
          case '"':
          case '\\':
          case '\'':
            out.append('\\').append(c);
            break;
          case '%':
            out.append("%%");
            break;
          case '$':
            out.append(escapeDollar ? "$$" : "$");
            break;
          default:
            out.append(c);
        }
        continue;
      }
      int codePoint = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(word.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, word.charAt(i + 1));
      } else if (Character.isSurrogate(c)) {
        throw badWord(word, list, index, "has an unpaired surrogate at index " + i);
      }
      if (c == 0) {
        throw badWord(word, list, index, "contains a NUL at index " + i + ", which systemd refuses");
      }
      if (!isValidCodePoint(codePoint)) {
        throw badWord(word, list, index, "contains the noncharacter " + String.format("U+%04X", codePoint)
            + " at index " + i + ", which systemd refuses");
      }
      appendCharacter(out, codePoint);
      i += Character.charCount(codePoint) - 1;
    }
    out.append('"');
  }

  /** Appends a character outside printable ASCII as Go's {@code strconv.Quote} writes it. */
  private static void appendCharacter(StringBuilder out, int codePoint) {
    switch (codePoint) {
      case 0x07:
        out.append("\\a");
        return;
      case '\b':
        out.append("\\b");
        return;
      case '\f':
        out.append("\\f");
        return;
      case '\n':
        out.append("\\n");
        return;
      case '\r':
        out.append("\\r");
        return;
      case '\t':
        out.append("\\t");
        return;
      case 0x0b:
        out.append("\\v");
        return;
      default:
        break;
    }
    if (codePoint < 0x20 || codePoint == 0x7f) {
      out.append("\\x").append(HEX[codePoint >> 4]).append(HEX[codePoint & 0xf]);
    } else if (isPrintable(codePoint)) {
      out.appendCodePoint(codePoint);
    } else if (codePoint < 0x10000) {
      out.append("\\u");
      appendHex(out, codePoint, 4);
    } else {
      out.append("\\U");
      appendHex(out, codePoint, 8);
    }
  }

  private static void appendHex(StringBuilder out, int value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      out.append(HEX[(value >> shift) & 0xf]);
    }
  }

  /**
   * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation and symbols; no spaces
   * besides ASCII space, no format, control, private-use or unassigned characters.
   */
  static boolean isPrintable(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.MATH_SYMBOL:
      case Character.CURRENCY_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
        return true;
      default:
        return codePoint == ' ';
    }
  }

  private static IllegalArgumentException badWord(String word, String list, int index, String reason) {
    return new IllegalArgumentException("exec " + list + "[" + index + "] \"" + printable(word) + "\" " + reason);
  }

  /** Shows a word with its control characters escaped, so a message stays on one line. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
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
