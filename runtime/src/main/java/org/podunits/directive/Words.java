package org.podunits.directive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.podunits.unit.SystemdWords;

/**
 * The checks' view of systemd's word splitting ({@link SystemdWords}, read as systemd 252 reads
 * it): split a value into words, or check each word, with the reason when the value cannot be
 * split.
 */
final class Words {

  private Words() {}

  /**
   * Splits {@code text} into words and checks each: the first problem {@code check} finds, or a
   * problem naming {@code what} the words should be when the text cannot be split; null when every
   * word passes.
   */
  static String eachWord(String text, String what, Function<String, String> check) {
    String[] reason = new String[1];
    List<String> words = split(text, reason);
    if (words == null) {
      return cannotSplit(what, reason[0]);
    }
    for (String word : words) {
      String problem = check.apply(word);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** The problem of a value that cannot be split into words, naming what the words should be. */
  static String cannotSplit(String what, String reason) {
    return "the value cannot be split into " + what + ": " + reason;
  }

  /** Splits all of {@code text}; on a malformed word returns null and leaves the reason in {@code reasons[0]}. */
  static List<String> split(String text, String[] reasons) {
    if (SystemdWords.isPlainWord(text)) {
      return List.of(text);
    }
    SystemdWords words = reader(text);
    List<String> list = new ArrayList<>();
    String word;
    while ((word = words.next()) != null) {
      list.add(word);
    }
    if (words.error() != null) {
      reasons[0] = words.error();
      return null;
    }
    return list;
  }

  /** A reader that takes quotes anywhere in a word, as systemd 252 does. */
  static SystemdWords reader(String text) {
    return new SystemdWords(text, false);
  }

  static boolean isPlainWord(String text) {
    return SystemdWords.isPlainWord(text);
  }

  static boolean isSpace(char c) {
    return SystemdWords.isSeparator(c);
  }
}
