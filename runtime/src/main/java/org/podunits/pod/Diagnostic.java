package org.podunits.pod;

import java.util.Objects;
import org.podunits.directive.Severity;
import org.podunits.unit.SystemdText;

/**
 * One problem of a pod definition: where it is, what is wrong and how to fix it. A generator or a
 * user interface places it by its {@link #path()} and groups or filters it by its {@link #code()},
 * without reading the message.
 *
 * <p>A path is a chain of segments joined by {@code .}; a segment is a field name, optionally
 * followed by a key in brackets: a 0-based index for ordered lists ({@code apps[web].exec[0]},
 * {@code hostPorts[1]}), or the name of a named thing (apps, volumes, environment variables,
 * annotations): {@code apps[web].environment[PATH]}, {@code volumes[site].source}. A key is written
 * raw if it matches {@code [A-Za-z0-9._/-]+}, otherwise in double quotes with Java escapes.
 *
 * @param severity {@link Severity#ERROR} when the pod cannot be built or planned as given, {@link
 *     Severity#WARNING} when it can but probably does not do what its author meant
 * @param code a stable identifier of the kind of problem, one of {@link DiagnosticCode}'s ids
 * @param path the field path of the offending input
 * @param message one line that names the input, says what is wrong and how to fix it
 */
public record Diagnostic(Severity severity, String code, String path, String message) {

  /** Validates the parts; a message's control characters are shown as escapes, so it is one line. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    message = SystemdText.printable(message);
  }

  /** An error of kind {@code code} at {@code path}. */
  static Diagnostic error(DiagnosticCode code, String path, String message) {
    return new Diagnostic(Severity.ERROR, code.id(), path, message);
  }

  /** A warning of kind {@code code} at {@code path}. */
  static Diagnostic warning(DiagnosticCode code, String path, String message) {
    return new Diagnostic(Severity.WARNING, code.id(), path, message);
  }

  /** Whether this is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** This diagnostic with its path put under {@code prefix}: a part's problem placed in its whole. */
  Diagnostic under(String prefix) {
    return new Diagnostic(severity, code, FieldPath.join(prefix, path), message);
  }

  /** {@code <path>: <severity in lower case>: <message>}. */
  @Override
  public String toString() {
    return path + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + message;
  }
}
