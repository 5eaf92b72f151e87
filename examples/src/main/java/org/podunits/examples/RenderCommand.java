package org.podunits.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.podunits.directive.Problem;
import org.podunits.directive.Severity;
import org.podunits.pod.Pod;
import org.podunits.write.UnitSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code podunits render}: writes a pod's units, links and files under its root, or prints them. */
@Command(
    name = "render",
    header = "Write a pod's units under its root, or print them with --dry-run.",
    sortOptions = false,
    customSynopsis = {
      "podunits render [--dry-run] [NAME] [DIR]",
      "       podunits render [--dry-run] --class CLASS [--classpath PATH] [DIR]",
    },
    description = {
      "Plans the pod's systemd units and writes them under DIR/stage1/rootfs/usr/lib/systemd/system "
          + "(all or nothing), then prints each entry and the directive catalogue's verdict for the pod's "
          + "systemd. Exits 1 if the catalogue finds errors in the units.",
    })
final class RenderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PodSelection selection;

  @Option(
      names = "--dry-run",
      description = "Write nothing: print every entry to standard output as ---PATH--- followed by its "
          + "text (links as ---PATH -> TARGET---), and notes and problems to standard error.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    return render(spec.commandLine(), selection.select(), dryRun);
  }

  /** Renders (or with {@code dryRun} prints) the selected pod; returns the exit status. */
  static int render(CommandLine commandLine, PodSelection.Selected selected, boolean dryRun) throws IOException {
    Pod pod = selected.pod();
    UnitSet units = selected.plan();
    int version = pod.stage1().systemdVersion();
    List<Problem> problems = units.check(version);
    if (dryRun) {
      printEntries(commandLine.getOut(), units);
      PrintWriter err = commandLine.getErr();
      for (String note : selected.notes()) {
        err.println("podunits: note: " + note);
      }
      for (Problem problem : problems) {
        err.println("podunits: " + Finding.name(problem.severity()) + ": " + problem.message());
      }
    } else {
      Files.createDirectories(selected.root());
      units.writeTo(selected.root());
      describeWritten(commandLine.getOut(), selected, units, problems);
    }
    return count(problems, Severity.ERROR) > 0 ? Main.PROBLEMS : Main.CLEAN;
  }

  /** Quadlet's {@code --dryrun} layout: a {@code ---name---} line, then the text. */
  private static void printEntries(PrintWriter out, UnitSet units) {
    for (UnitSet.Entry entry : units.entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        out.print("---" + entry.path() + "---\n" + unit.unit().serialize());
      } else if (entry instanceof UnitSet.LinkEntry link) {
        out.print("---" + entry.path() + " -> " + link.target() + "---\n");
      } else {
        UnitSet.FileEntry file = (UnitSet.FileEntry) entry;
        String text = file.text();
        out.print("---" + entry.path() + " (mode " + Columns.mode(file.mode()) + ")---\n"
            + text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n"));
      }
    }
    out.flush();
  }

  private static void describeWritten(PrintWriter out, PodSelection.Selected selected, UnitSet units,
      List<Problem> problems) {
    Pod pod = selected.pod();
    out.println("Rendered pod " + selected.name() + " (" + ListCommand.appNames(pod) + "; stage1 "
        + pod.stage1().flavor() + ", systemd " + pod.stage1().systemdVersion() + ") into "
        + Shown.path(selected.root().toAbsolutePath().normalize()) + ":");
    long bytes = 0;
    for (UnitSet.Entry entry : units.entries()) {
      String what;
      if (entry instanceof UnitSet.UnitEntry unit) {
        int size = unit.unit().serialize().getBytes(StandardCharsets.UTF_8).length;
        bytes += size;
        what = "unit " + Columns.right(size, 6) + " bytes, "
            + Columns.right(unit.unit().options().size(), 3) + " options";
      } else if (entry instanceof UnitSet.LinkEntry link) {
        what = "link -> " + link.target();
      } else {
        UnitSet.FileEntry file = (UnitSet.FileEntry) entry;
        bytes += file.content().length;
        what = "file " + Columns.right(file.content().length, 6) + " bytes, mode " + Columns.mode(file.mode());
      }
      out.println("  " + Columns.left(what, 32) + " " + entry.path());
    }
    for (String note : selected.notes()) {
      out.println("  note: " + note);
    }
    out.println(units.entries().size() + " entries, " + bytes + " bytes, written atomically; "
        + Plural.of(count(problems, Severity.ERROR), "error") + ", "
        + Plural.of(count(problems, Severity.WARNING), "warning") + " against systemd "
        + pod.stage1().systemdVersion() + "'s directive catalogue.");
    for (Problem problem : problems) {
      out.println("  " + Finding.name(problem.severity()) + ": " + problem.message());
    }
  }

  private static long count(List<Problem> problems, Severity severity) {
    long count = 0;
    for (Problem problem : problems) {
      if (problem.severity() == severity) {
        count++;
      }
    }
    return count;
  }
}
