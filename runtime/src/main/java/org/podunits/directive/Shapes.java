package org.podunits.directive;

/**
 * The shapes of the small tokens the value checks look for, checked char by char. A regular
 * expression would say the same, but in a fresh JVM each one is compiled by the interpreter the
 * first time its class is used, and the command line checks one plan per process; {@code
 * ShapesTest} holds each method to the expression written in its comment.
 */
final class Shapes {

  private Shapes() {}

  /** {@code [0-9]+}. */
  static boolean isDigits(String s) {
    return !s.isEmpty() && digitsEnd(s, 0) == s.length();
  }

  /** {@code [0-9]{1,2}}. */
  static boolean isSmallNumber(String s) {
    return (s.length() == 1 || s.length() == 2) && isDigits(s);
  }

  /** {@code [0-9]+(\.[0-9]+)?}. */
  static boolean isDecimal(String s) {
    int end = digitsEnd(s, 0);
    if (end == 0) {
      return false;
    }
    if (end == s.length()) {
      return true;
    }
    return s.charAt(end) == '.' && end + 1 < s.length() && digitsEnd(s, end + 1) == s.length();
  }

  /** {@code [-+]?[0-9]+}. */
  static boolean isInteger(String s) {
    int start = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    return s.length() > start && digitsEnd(s, start) == s.length();
  }

  /** {@code 0*[0-7]{1,4}}: an octal mode, any number of leading zeros, then at most 07777. */
  static boolean isOctalMode(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '7') {
        return false;
      }
    }
    int zeros = 0;
    while (zeros < n && s.charAt(zeros) == '0') {
      zeros++;
    }
    // All zeros is fine (the last one or more are the {1,4} part); otherwise at most 4 after them.
    return zeros == n || n - zeros <= 4;
  }

  /** {@code RTMIN(\+[0-9]{1,2})?|RTMAX(-[0-9]{1,2})?}. */
  static boolean isRealtimeSignal(String s) {
    if (!s.startsWith("RTMIN") && !s.startsWith("RTMAX")) {
      return false;
    }
    if (s.length() == 5) {
      return true;
    }
    char sign = s.startsWith("RTMIN") ? '+' : '-';
    return s.charAt(5) == sign && isSmallNumber(s.substring(6));
  }

  /** {@code [A-Z][A-Z0-9]*|[0-9]{1,4}|kill}: an errno name or number after a system call. */
  static boolean isErrno(String s) {
    if (s.isEmpty()) {
      return false;
    }
    if (s.charAt(0) >= 'A' && s.charAt(0) <= 'Z') {
      for (int i = 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!(c >= 'A' && c <= 'Z') && !ValueSyntax.isDigit(c)) {
          return false;
        }
      }
      return true;
    }
    return s.length() <= 4 && isDigits(s) || s.equals("kill");
  }

  /** {@code [A-Za-z_][A-Za-z0-9_]*}. */
  static boolean isEnvironmentName(String s) {
    if (s.isEmpty() || ValueSyntax.isDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && c != '_' && !ValueSyntax.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code [^\s:/,]+}, where {@code \s} is the ASCII white space {@code [ \t\n\x0B\f\r]}. */
  static boolean isUserName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case ' ', '\t', '\n', '\u000b', '\f', '\r', ':', '/', ',' -> {
          return false;
        }
        default -> { }
      }
    }
    return true;
  }

  /** Where the run of ASCII digits that starts at {@code from} ends. */
  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && ValueSyntax.isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
