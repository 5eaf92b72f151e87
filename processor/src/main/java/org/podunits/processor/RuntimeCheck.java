package org.podunits.processor;

import java.util.ArrayList;
import java.util.List;
import org.podunits.pod.Diagnostic;
import org.podunits.pod.DiagnosticCode;
import org.podunits.pod.InvalidPodException;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;

/**
 * Checks a spec's values with the runtime's own checks, so that compile time and run time never
 * disagree: the spec's pod is composed with the runtime's builders ({@link RuntimePod}) for the
 * declared stage1, and the runtime lists the builders' problems and those of planning every part
 * that is valid ({@link PodUnits#check(Pod.Builder)}), so that a broken part hides no problem of
 * the others. Each diagnostic is reported on the annotation attribute its field path came from,
 * with the diagnostic's code as tag and its severity.
 */
final class RuntimeCheck {
  /** The warning about a port without a host port forward: forwards are run-time facts. */
  private static final String PORT_NOT_FORWARDED = DiagnosticCode.PORT_NOT_FORWARDED.id();

  /** Where the pod builder reports a stage1 it was not given. */
  private static final String STAGE1_PATH = "stage1";

  private final Reporter reporter;

  RuntimeCheck(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Reports every problem the runtime finds in the spec's values: the pod's, then, for each app
   * that repeats an earlier app's name, that app's own, as if it were the pod's only app.
   */
  void check(ValidatedSpec spec) {
    report(problems(spec.model()), spec.locations());
    for (ValidatedSpec.Duplicate duplicate : spec.duplicates()) {
      List<Diagnostic> own = problems(spec.model().withApps(List.of(duplicate.app()))).stream()
          .filter(problem -> problem.path().startsWith("apps["))
          .toList();
      report(own, duplicate.locations());
    }
  }

  private void report(List<Diagnostic> problems, SpecLocations locations) {
    for (Diagnostic problem : problems) {
      if (problem.code().equals(PORT_NOT_FORWARDED)) {
        continue;
      }
      String message = locations.derivedName(problem.path())
          .map(method -> Message.APP_NAME_DERIVED.text(method, problem.message()))
          .orElse(problem.message());
      reporter.report(problem.severity(), locations.find(problem.path()), problem.code(), message);
    }
  }

  /**
   * Every problem the runtime finds in the spec's pod, errors and warnings, in the order found. A
   * stage1 the runtime refuses is reported as such; the pod is then checked without one, which
   * leaves out only the checks of planning.
   */
  static List<Diagnostic> problems(PodModel model) {
    Stage1 stage1 = null;
    List<Diagnostic> problems = new ArrayList<>();
    try {
      stage1 = Stage1.of(Stage1.Flavor.parse(model.flavor()), model.systemdVersion());
    } catch (InvalidPodException e) {
      e.diagnostics().stream().map(RuntimeCheck::underStage1).forEach(problems::add);
    }
    for (Diagnostic problem : PodUnits.check(RuntimePod.builder(model, stage1))) {
      // Without a stage1 the builder says it has none; the stage1's own problems above say why.
      if (stage1 != null || !problem.path().equals(STAGE1_PATH)) {
        problems.add(problem);
      }
    }
    return problems;
  }

  private static Diagnostic underStage1(Diagnostic diagnostic) {
    return new Diagnostic(diagnostic.severity(), diagnostic.code(), STAGE1_PATH + "." + diagnostic.path(),
        diagnostic.message());
  }
}
