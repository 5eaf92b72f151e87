package org.podunits.pod;

/**
 * The appc naming rules rkt enforces: ACName for app, volume and port names, ACIdentifier for image,
 * annotation and isolator names. The messages are appc's own, prefixed with what was being named.
 */
final class AppcNames {

  private AppcNames() {}

  /** Returns {@code value} if it is an ACName ({@code ^[a-z0-9]+([-][a-z0-9]+)*$}). */
  static String requireAcName(String what, String value) {
    requireNonNull(what, value);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " \"\": ACName cannot be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLowerAlnum(c) && c != '-') {
        throw new IllegalArgumentException(what + " \"" + Texts.printable(value)
            + "\": ACName must contain only lower case alphanumeric characters plus \"-\"");
      }
    }
    if (!wellDelimited(value, "-")) {
      throw new IllegalArgumentException(what + " \"" + value
          + "\": ACName must start and end with only lower case alphanumeric characters");
    }
    return value;
  }

  /** Returns {@code value} if it is an ACIdentifier ({@code ^[a-z0-9]+([-._~/][a-z0-9]+)*$}). */
  static String requireAcIdentifier(String what, String value) {
    requireNonNull(what, value);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " \"\": ACIdentifier cannot be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLowerAlnum(c) && "-._~/".indexOf(c) < 0) {
        throw new IllegalArgumentException(what + " \"" + Texts.printable(value)
            + "\": ACIdentifier must contain only lower case alphanumeric characters plus \"-._~/\"");
      }
    }
    if (!wellDelimited(value, "-._~/")) {
      throw new IllegalArgumentException(what + " \"" + value
          + "\": ACIdentifier must start and end with only lower case alphanumeric characters");
    }
    return value;
  }

  private static void requireNonNull(String what, String value) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
  }

  /** Whether separators only ever stand alone between runs of alphanumerics. */
  private static boolean wellDelimited(String value, String separators) {
    boolean previousSeparator = true;
    for (int i = 0; i < value.length(); i++) {
      boolean separator = separators.indexOf(value.charAt(i)) >= 0;
      if (separator && previousSeparator) {
        return false;
      }
      previousSeparator = separator;
    }
    return !previousSeparator;
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
