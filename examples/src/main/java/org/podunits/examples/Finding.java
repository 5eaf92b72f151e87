package org.podunits.examples;

import java.nio.file.Path;
import java.util.Comparator;
import org.podunits.directive.Severity;

/**
 * One problem {@code check} reports: where (a file, and a line unless it concerns the whole file),
 * how bad, and what to do.
 *
 * @param file the file as the scan reached it (under the path the user gave)
 * @param line the 1-based line, or 0 for the whole file
 * @param severity an error (systemd ignores or refuses something, or the file could not be read)
 *     or a warning
 * @param message what is wrong and how to fix it, one line
 */
record Finding(Path file, int line, Severity severity, String message) {

  /** By file, then line; the order check prints findings in. */
  static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line);

  /** The severity as check prints it: {@code error} or {@code warning}. */
  String severityName() {
    return name(severity);
  }

  /** How the command line names a severity: {@code error} or {@code warning}. */
  static String name(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** {@code file:line: severity: message}, or {@code file: severity: message} for the whole file. */
  @Override
  public String toString() {
    return Shown.path(file) + (line > 0 ? ":" + line : "") + ": " + severityName() + ": " + Shown.text(message);
  }
}
