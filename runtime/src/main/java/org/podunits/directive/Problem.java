package org.podunits.directive;

import java.util.Objects;
import org.podunits.unit.SystemdText;

/**
 * One finding of a directive check: a sentence that names the directive as {@code [Section]
 * Name=}, the value, what is wrong and how to fix it.
 *
 * @param severity whether the unit is wrong or merely dated
 * @param message the finding, one line; control characters, line separators, bidirectional
 *     controls and unpaired surrogates in it are shown escaped ({@link SystemdText#printable}), so
 *     that text quoted from a unit file cannot break the line or rewrite a terminal
 */
public record Problem(Severity severity, String message) {
  /**
   * Validates that both parts are present and the message is not empty, and escapes what a
   * terminal would act on.
   */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (message.isEmpty()) {
      throw new IllegalArgumentException("a problem message must not be empty");
    }
    message = SystemdText.printable(message);
  }

  /** This problem with {@code prefix: } in front of its message, such as the unit's path. */
  public Problem in(String prefix) {
    return new Problem(severity, prefix + ": " + message);
  }
}
