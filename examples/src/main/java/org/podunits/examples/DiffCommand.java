package org.podunits.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** {@code podunits diff}: what rendering a pod into its root would change, without writing. */
final class DiffCommand {

  static final Syntax SYNTAX = new Syntax("diff", List.of(PodSelection.CLASS, PodSelection.CLASS_PATH),
      PodSelection.OPERANDS, 0, 2, """
      Show what rendering a pod into its root would change.

      Usage: podunits diff [NAME] [DIR]
             podunits diff --class CLASS [--classpath PATH] [DIR]

      Compares the pod's plan with what is on disk under DIR and writes nothing. Each
      line starts with '+' (the entry is missing and would be written), '~' (it
      differs: a line diff of the text, a link target, a permission mode, or another
      type of file) or '-' (podunits wrote it for an earlier plan that this one
      lacks; render removes it). Exits 1 if anything differs.

      """ + HelpText.POD_SELECTION + HelpText.COMMON);

  private DiffCommand() {}

  /** Runs {@code diff} as the arguments say; returns the exit status. */
  static int run(Arguments arguments, PrintWriter out) throws IOException {
    PodSelection.Selected selected = PodSelection.select(arguments);
    PlanDiff diff = PlanDiff.of(selected.plan(), selected.root());
    // The text quotes files as they are on disk: each line shown with its control characters escaped.
    diff.text().lines().forEach(line -> out.println(Shown.text(line)));
    if (diff.isEmpty()) {
      out.println("Pod " + selected.name() + " under " + Shown.path(selected.root()) + " is up to date.");
      return Main.CLEAN;
    }
    out.println(diff.summary());
    return Main.PROBLEMS;
  }
}
