package org.podunits.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podunits diff}: what rendering a pod into its root would change, without writing. */
@Command(
    name = "diff",
    header = "Show what rendering a pod into its root would change.",
    customSynopsis = {
      "podunits diff [NAME] [DIR]",
      "       podunits diff --class CLASS [--classpath PATH] [DIR]",
    },
    description = {
      "Compares the pod's plan with what is on disk under DIR and writes nothing. Each line starts "
          + "with '+' (the entry is missing and would be written), '~' (it differs: a line diff of the text, "
          + "a link target, a permission mode, or another type of file) or '-' (podunits wrote it for an "
          + "earlier plan that this one lacks; render removes it). Exits 1 if anything differs.",
    })
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PodSelection selection;

  @Override
  public Integer call() throws IOException {
    PodSelection.Selected selected = selection.select();
    PlanDiff diff = PlanDiff.of(selected.plan(), selected.root());
    PrintWriter out = spec.commandLine().getOut();
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
