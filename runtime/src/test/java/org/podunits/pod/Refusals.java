package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Assertions on what the model and planning refuse: one diagnostic, its code, path and message. */
final class Refusals {

  private Refusals() {}

  /** The single diagnostic of the {@link InvalidPodException} that {@code make} throws. */
  static Diagnostic only(Executable make) {
    InvalidPodException e = assertThrows(InvalidPodException.class, make);
    assertEquals(1, e.diagnostics().size(), e::getMessage);
    Diagnostic diagnostic = e.diagnostics().get(0);
    assertEquals(diagnostic.toString(), e.getMessage());
    return diagnostic;
  }

  /** {@code make} is refused with exactly one error, of this code, at this path, with this message. */
  static void assertRefused(DiagnosticCode code, String path, String message, Executable make) {
    assertDiagnostic(code, path, message, only(make));
  }

  static void assertDiagnostic(DiagnosticCode code, String path, String message, Diagnostic diagnostic) {
    assertEquals(List.of(code.id(), path, message),
        List.of(diagnostic.code(), diagnostic.path(), diagnostic.message()), diagnostic::toString);
  }
}
