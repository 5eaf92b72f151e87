package org.podunits.processor;

import java.util.ArrayList;
import java.util.List;
import org.podunits.directive.Severity;
import org.podunits.pod.App;
import org.podunits.pod.Diagnostic;
import org.podunits.pod.DiagnosticCode;
import org.podunits.pod.InvalidPodException;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;

/**
 * Checks a spec's values with the runtime's own checks, so that compile time and run time never
 * disagree: the spec's pod is composed with the runtime's builders ({@link RuntimePod}) for the
 * declared stage1, its problems collected, and, when it builds, the problems of planning it
 * ({@link PodUnits#check}). Each diagnostic is reported on the annotation attribute its field path
 * came from, with the diagnostic's code as tag and its severity.
 */
final class RuntimeCheck {
  /** The warning about a port without a host port forward: forwards are run-time facts. */
  private static final String PORT_NOT_FORWARDED = DiagnosticCode.PORT_NOT_FORWARDED.id();

  private final Reporter reporter;

  RuntimeCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Whether the spec's pod builds and plans without error; each problem is reported. */
  boolean passes(ValidatedSpec spec) {
    List<Diagnostic> problems = problems(spec.model());
    boolean passes = true;
    for (Diagnostic problem : problems) {
      if (problem.code().equals(PORT_NOT_FORWARDED)) {
        continue;
      }
      passes &= problem.severity() != Severity.ERROR;
      String message = spec.locations().derivedName(problem.path())
          .map(method -> Message.APP_NAME_DERIVED.text(method, problem.message()))
          .orElse(problem.message());
      reporter.report(problem.severity(), spec.locations().find(problem.path()), problem.code(), message);
    }
    return passes;
  }

  /** Every problem the runtime finds in the spec's pod, errors and warnings, in the order found. */
  static List<Diagnostic> problems(PodModel model) {
    Stage1 stage1;
    try {
      stage1 = Stage1.of(Stage1.Flavor.parse(model.flavor()), model.systemdVersion());
    } catch (InvalidPodException e) {
      return e.diagnostics().stream().map(RuntimeCheck::underStage1).toList();
    }
    List<Diagnostic> problems = new ArrayList<>();
    Pod.Builder builder = RuntimePod.builder(model, stage1, problems);
    problems.addAll(builder.problems());
    if (problems.stream().anyMatch(problem -> problem.severity() == Severity.ERROR)) {
      return problems;
    }
    Pod pod = builder.build();
    if (model.mutable()) {
      for (App app : pod.apps()) {
        problems.addAll(PodUnits.check(pod, app));
      }
    } else {
      problems.addAll(PodUnits.check(pod));
    }
    return problems;
  }

  private static Diagnostic underStage1(Diagnostic diagnostic) {
    return new Diagnostic(diagnostic.severity(), diagnostic.code(), "stage1." + diagnostic.path(),
        diagnostic.message());
  }
}
