package org.podunits.directive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a value into words the way systemd's {@code extract_first_word} does with unquoting and C
 * unescaping: words are separated by spaces or TABs, {@code "..."} and {@code '...'} quote,
 * and backslash escapes are the C escapes systemd knows. A word that cannot be read stops the
 * split and {@link #error()} says why.
 */
final class Words {

  private final String text;
  private int position;
  private String error;

  Words(String text) {
    this.text = text;
  }

  /**
   * Splits {@code text} into words and checks each: the first problem {@code check} finds, or a
   * problem naming {@code what} the words should be when the text cannot be split; null when every
   * word passes.
   */
  static String eachWord(String text, String what, Function<String, String> check) {
    String[] reason = new String[1];
    List<String> words = split(text, reason);
    if (words == null) {
      return "the value cannot be split into " + what + ": " + reason[0];
    }
    for (String word : words) {
      String problem = check.apply(word);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** Splits all of {@code text}; on a malformed word returns null and leaves the reason in {@code reasons[0]}. */
  static List<String> split(String text, String[] reasons) {
    if (isPlainWord(text)) {
      return List.of(text);
    }
    Words words = new Words(text);
    List<String> list = new ArrayList<>();
    String word;
    while ((word = words.next()) != null) {
      list.add(word);
    }
    if (words.error != null) {
      reasons[0] = words.error;
      return null;
    }
    return list;
  }

  /** Why the last {@link #next()} failed, or null. */
  String error() {
    return error;
  }

  /** Skips separators; true if any text is left. */
  boolean skipSpace() {
    while (position < text.length() && isSpace(text.charAt(position))) {
      position++;
    }
    return position < text.length();
  }

  /** Whether the unread text starts with {@code token} followed by a separator or the end. */
  boolean atToken(String token) {
    if (!text.startsWith(token, position)) {
      return false;
    }
    int end = position + token.length();
    return end == text.length() || isSpace(text.charAt(end));
  }

  /** Consumes {@code length} characters, used after {@link #atToken}. */
  void skip(int length) {
    position += length;
  }

  /** The next unquoted, unescaped word; null at the end or on an error. */
  String next() {
    if (!skipSpace()) {
      return null;
    }
    StringBuilder word = new StringBuilder();
    char quote = 0;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (quote == 0 && isSpace(c)) {
        break;
      }
      position++;
      if (c == '\\') {
        if (position >= text.length()) {
          error = "it ends with a lone backslash";
          return null;
        }
        int consumed = unescape(text, position, word);
        if (consumed < 0) {
          error = "\\" + text.charAt(position) + " is not an escape systemd knows; write \\\\ for a backslash";
          return null;
        }
        position += consumed;
      } else if (quote != 0 && c == quote) {
        quote = 0;
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else {
        word.append(c);
      }
    }
    if (quote != 0) {
      error = "its quoting is unbalanced: a " + quote + " is never closed";
      return null;
    }
    return word.toString();
  }

  /** A non-empty word with nothing to split, unquote or unescape: most values are one. */
  static boolean isPlainWord(String text) {
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

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Decodes the escape after a backslash at {@code at} into {@code out}; returns how many
   * characters it used, or -1 if systemd does not know the escape. {@code \x00} and other NULs
   * are refused, as systemd refuses them.
   */
  private static int unescape(String s, int at, StringBuilder out) {
    char c = s.charAt(at);
    switch (c) {
      case 'a': out.append('\u0007'); return 1;
      case 'b': out.append('\b'); return 1;
      case 'f': out.append('\f'); return 1;
      case 'n': out.append('\n'); return 1;
      case 'r': out.append('\r'); return 1;
      case 't': out.append('\t'); return 1;
      case 'v': out.append('\u000b'); return 1;
      case 's': out.append(' '); return 1;
      case '\\': case '"': case '\'': out.append(c); return 1;
      case 'x': return code(s, at + 1, 2, 16, out);
      case 'u': return code(s, at + 1, 4, 16, out);
      case 'U': return code(s, at + 1, 8, 16, out);
      default:
        if (c >= '0' && c <= '7') {
          int used = code(s, at, 3, 8, out);
          return used < 0 ? -1 : used - 1;
        }
        return -1;
    }
  }

  private static int code(String s, int from, int digits, int radix, StringBuilder out) {
    if (from + digits > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + digits; i++) {
      int digit = Character.digit(s.charAt(i), radix);
      if (digit < 0) {
        return -1;
      }
      value = value * radix + digit;
    }
    if (value == 0 || value > Character.MAX_CODE_POINT) {
      return -1;
    }
    out.appendCodePoint(value);
    return digits + 1;
  }
}
