package org.podunits.unit;

import java.util.ArrayList;
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
   *     {@code $} or a control character, or starts with a command prefix character ({@code - @ :
   *     + !}), which systemd would read as a prefix even inside the quotes
   */
  public static String quote(List<String> argv) {
    Objects.requireNonNull(argv, "argv");
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("exec argv is empty; it needs at least the executable");
    }
    String executable = Objects.requireNonNull(argv.get(0), "argv[0]");
    int dollar = executable.indexOf('$');
    if (dollar >= 0) {
      throw new IllegalArgumentException("exec argv[0] \"" + SystemdText.printable(executable)
          + "\" contains '$' at index " + dollar
          + "; systemd does not expand variables in the executable path, so it cannot be escaped there");
    }
    if (!executable.isEmpty() && "-@:+!".indexOf(executable.charAt(0)) >= 0) {
      throw new IllegalArgumentException("exec argv[0] \"" + SystemdText.printable(executable) + "\" starts with '"
          + executable.charAt(0) + "', which systemd reads as a command prefix even inside quotes;"
          + " the executable must be a path");
    }
    for (int i = 0; i < executable.length(); i++) {
      char c = executable.charAt(i);
      if (c != 0 && (c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException("exec argv[0] \"" + SystemdText.printable(executable)
            + "\" contains control character " + String.format("U+%04X", (int) c) + " at index " + i
            + ", which systemd refuses in the executable path");
      }
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
   * and outside quotes, and a whole word {@code \;} is a literal {@code ;}. Specifiers ({@code %%})
   * and variables ({@code $$}) are left as they are, and so are command prefixes and bare {@code ;}
   * separators, which come back as words.
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
    SystemdWords reader = new SystemdWords(value, true);
    while (reader.skipSeparators()) {
      if (reader.atToken("\\;")) {
        // systemd reads a whole word \; as a literal ";" argument, unlike a bare ";" separator.
        reader.skip(2);
        words.add(";");
        continue;
      }
      String word = reader.next();
      if (word == null) {
        throw new IllegalArgumentException(
            SystemdText.printable("exec value \"" + value + "\" cannot be split: " + reader.error()));
      }
      words.add(word);
    }
    return words;
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
      if (!SystemdText.isValidCodePoint(codePoint)) {
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
    return new IllegalArgumentException(
        "exec " + list + "[" + index + "] \"" + SystemdText.printable(word) + "\" " + reason);
  }
}
