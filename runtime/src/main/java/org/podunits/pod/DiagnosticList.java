package org.podunits.pod;

import java.util.ArrayList;
import java.util.List;
import org.podunits.directive.Severity;
import org.podunits.unit.ExecCommand;
import org.podunits.unit.SystemdText;

/**
 * Collects the diagnostics of one validation, with the checks on free text that enter the model
 * (paths, command lines and their executables): each check records what is wrong and says whether
 * the value passed, so that validation goes on and reports every problem.
 */
final class DiagnosticList {

  private final List<Diagnostic> items = new ArrayList<>();

  void error(DiagnosticCode code, String path, String message) {
    items.add(Diagnostic.error(code, path, message));
  }

  void warning(DiagnosticCode code, String path, String message) {
    items.add(Diagnostic.warning(code, path, message));
  }

  void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  void addAll(List<Diagnostic> diagnostics) {
    items.addAll(diagnostics);
  }

  /** Adds a part's diagnostics with their paths put under {@code prefix}. */
  void addUnder(String prefix, List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      items.add(diagnostic.under(prefix));
    }
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  boolean hasErrors() {
    for (Diagnostic diagnostic : items) {
      if (diagnostic.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  List<Diagnostic> list() {
    return List.copyOf(items);
  }

  /** An exception carrying one error: for a factory that has a single value to refuse. */
  static InvalidPodException refusal(DiagnosticCode code, String path, String message) {
    return new InvalidPodException(List.of(Diagnostic.error(code, path, message)));
  }

  /** Throws every diagnostic found if one of them is an error. */
  void throwIfErrors() {
    if (hasErrors()) {
      throw new InvalidPodException(items);
    }
  }

  /** Whether {@code value} is there; records a {@link DiagnosticCode#VALUE_NULL} if not. */
  boolean notNull(String path, String what, Object value) {
    if (value == null) {
      error(DiagnosticCode.VALUE_NULL, path, what + " must not be null");
      return false;
    }
    return true;
  }

  /** Whether the text is there and holds no control character (newline, tab, NUL, DEL...). */
  boolean noControl(String path, String what, String value) {
    if (!notNull(path, what, value)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        error(DiagnosticCode.TEXT_CONTROL_CHARACTER, path, what + " \"" + SystemdText.printable(value)
            + "\" must not contain control characters such as newlines (found one at index " + i + ")");
        return false;
      }
    }
    return true;
  }

  /** Whether the text is there and holds no NUL, which no file format podunits writes can carry. */
  boolean noNul(String path, String what, String value) {
    if (!notNull(path, what, value)) {
      return false;
    }
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      error(DiagnosticCode.TEXT_NUL, path, what + " \"" + SystemdText.printable(value)
          + "\" must not contain a NUL character (found one at index " + nul + ")");
      return false;
    }
    return true;
  }

  /**
   * Whether the text is an absolute path without control characters; it is not cleaned, callers
   * that need rkt's lexical cleaning apply {@link PodLayout#clean}.
   */
  boolean absolutePath(String path, String what, String value) {
    if (!noControl(path, what, value)) {
      return false;
    }
    if (!value.startsWith("/")) {
      error(DiagnosticCode.PATH_RELATIVE, path, what + " \"" + value + "\" must be an absolute path");
      return false;
    }
    return true;
  }

  /**
   * Whether systemd can run the word as argv[0]: there, without control characters, non-empty,
   * and without {@code $}, which systemd keeps literally in the executable path (so {@code $$}
   * cannot escape it).
   */
  boolean executable(String path, String what, String word) {
    if (!noControl(path, what, word)) {
      return false;
    }
    if (word.isEmpty()) {
      error(DiagnosticCode.EXECUTABLE_INVALID, path, what + " must not be empty");
      return false;
    }
    if (word.indexOf('$') >= 0) {
      error(DiagnosticCode.EXECUTABLE_INVALID, path, what + " \"" + word
          + "\" must not contain '$': systemd does not expand variables in the executable path"
          + " and cannot be told a literal '$' there");
      return false;
    }
    return true;
  }

  /** Whether systemd can be given the command line, as {@link ExecCommand#quote} decides. */
  boolean quotable(String path, List<String> argv) {
    try {
      ExecCommand.quote(argv);
      return true;
    } catch (IllegalArgumentException e) {
      error(DiagnosticCode.EXEC_UNQUOTABLE, path, e.getMessage());
      return false;
    }
  }

  /** Whether the list is there and none of its elements is null, each named by its index. */
  boolean noNulls(String path, String what, List<?> list) {
    if (!notNull(path, what, list)) {
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      // The element's path and name are made only for a null: every app's lists pass through here.
      if (list.get(i) == null) {
        notNull(FieldPath.join(path, "[" + i + "]"), what + "[" + i + "]", null);
        ok = false;
      }
    }
    return ok;
  }
}
