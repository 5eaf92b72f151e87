package org.podunits.pod;

import java.util.List;
import java.util.Objects;

/**
 * A pod, an app or one of their parts that cannot be built or planned as given. It carries every
 * problem found, errors and warnings, in the order they were found; its message lists them, one
 * per line.
 */
public class InvalidPodException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems; a {@code List.copyOf}, which is serializable. */
  private final List<Diagnostic> diagnostics;

  /**
   * An exception carrying {@code diagnostics}.
   *
   * @param diagnostics the problems, at least one
   */
  public InvalidPodException(List<Diagnostic> diagnostics) {
    super(message(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  private static String message(List<Diagnostic> diagnostics) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("an InvalidPodException needs at least one diagnostic");
    }
    StringBuilder message = new StringBuilder();
    for (Diagnostic diagnostic : diagnostics) {
      if (message.length() > 0) {
        message.append('\n');
      }
      message.append(diagnostic);
    }
    return message.toString();
  }

  /** Every problem found, errors and warnings, in the order found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
