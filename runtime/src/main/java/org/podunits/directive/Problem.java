package org.podunits.directive;

import java.util.Objects;

/**
 * One finding of a directive check: a sentence that names the directive as {@code [Section]
 * Name=}, the value, what is wrong and how to fix it.
 *
 * @param severity whether the unit is wrong or merely dated
 * @param message the finding, one line
 */
public record Problem(Severity severity, String message) {
  /** Validates that both parts are present and the message is one non-empty line. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (message.isEmpty() || message.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("problem message \"" + message + "\" must be one non-empty line");
    }
  }

  /** This problem with {@code prefix: } in front of its message, such as the unit's path. */
  public Problem in(String prefix) {
    return new Problem(severity, prefix + ": " + message);
  }
}
