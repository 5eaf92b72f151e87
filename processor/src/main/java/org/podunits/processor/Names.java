package org.podunits.processor;

import java.util.Locale;

/** How the processor derives names: app names from method names, pod names from type names. */
final class Names {
  private Names() {}

  /**
   * The app or pod name for a Java name: lower-case words joined by {@code -}, a word starting at
   * each upper-case letter that follows a lower-case letter or digit, or that starts a lower-case
   * run after capitals; {@code _} also separates words. {@code logRotate} is {@code log-rotate},
   * {@code HTTPServer} is {@code http-server}, {@code WebPod} is {@code web-pod}.
   */
  static String kebab(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && startsWord(javaName, i)) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else if (c == '_') {
        out.append('-');
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean startsWord(String name, int i) {
    char previous = name.charAt(i - 1);
    if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
      return true;
    }
    boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    return Character.isUpperCase(previous) && nextLower;
  }

  /**
   * A Java identifier part for a port or volume name, an ACName: {@code http-alt} is {@code
   * httpAlt}. A {@code -} before a digit stays visible as {@code _} and a leading digit gets a
   * {@code _}, so that distinct names never give the same identifier.
   */
  static String camel(String acName) {
    StringBuilder out = new StringBuilder(acName.length() + 1);
    if (!acName.isEmpty() && Character.isDigit(acName.charAt(0))) {
      out.append('_');
    }
    boolean upper = false;
    for (int i = 0; i < acName.length(); i++) {
      char c = acName.charAt(i);
      if (c == '-') {
        upper = true;
      } else if (upper && Character.isDigit(c)) {
        out.append('_').append(c);
        upper = false;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
