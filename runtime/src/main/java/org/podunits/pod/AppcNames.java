package org.podunits.pod;

import org.podunits.unit.SystemdText;

/**
 * The appc naming rules rkt enforces: ACName for app, volume and port names, ACIdentifier for image,
 * annotation and isolator names. The messages are appc's own, prefixed with what was being named.
 */
final class AppcNames {

  private AppcNames() {}

  /** Whether {@code value} is an ACName ({@code ^[a-z0-9]+([-][a-z0-9]+)*$}); records why not. */
  static boolean acName(DiagnosticList out, String path, String what, String value) {
    if (!out.notNull(path, what, value)) {
      return false;
    }
    String problem = null;
    if (value.isEmpty()) {
      problem = "ACName cannot be empty";
    } else if (!NameChars.lowerAlnumRun(value, 0, value.length(), "-")) {
      problem = "ACName must contain only lower case alphanumeric characters plus \"-\"";
    } else if (!wellDelimited(value, "-")) {
      problem = "ACName must start and end with only lower case alphanumeric characters";
    }
    if (problem != null) {
      out.error(DiagnosticCode.NAME_INVALID, path, what + " \"" + SystemdText.printable(value) + "\": " + problem);
      return false;
    }
    return true;
  }

  /** Whether {@code value} is an ACIdentifier ({@code ^[a-z0-9]+([-._~/][a-z0-9]+)*$}); records why not. */
  static boolean acIdentifier(DiagnosticList out, String path, String what, String value) {
    if (!out.notNull(path, what, value)) {
      return false;
    }
    String problem = null;
    if (value.isEmpty()) {
      problem = "ACIdentifier cannot be empty";
    } else if (!NameChars.lowerAlnumRun(value, 0, value.length(), "-._~/")) {
      problem = "ACIdentifier must contain only lower case alphanumeric characters plus \"-._~/\"";
    } else if (!wellDelimited(value, "-._~/")) {
      problem = "ACIdentifier must start and end with only lower case alphanumeric characters";
    }
    if (problem != null) {
      out.error(DiagnosticCode.IDENTIFIER_INVALID, path, what + " \"" + SystemdText.printable(value) + "\": " + problem);
      return false;
    }
    return true;
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
}
