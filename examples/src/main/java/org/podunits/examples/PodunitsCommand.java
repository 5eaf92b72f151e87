package org.podunits.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code podunits}: without a command, renders the default example pod into {@code ./pod}. */
@Command(
    name = "podunits",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Turns container pods defined in Java into systemd units, and checks unit files against the "
          + "systemd directive catalogue.",
      "",
      "Without a command, renders the example pod \"" + ExamplePods.DEFAULT + "\" into ./pod "
          + "(the same as 'podunits render').",
    },
    subcommands = {
      RenderCommand.class, CheckCommand.class, DiffCommand.class, ListCommand.class, HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:clean: rendered, no errors found, or nothing to change",
      "1:problems found: errors (with --strict, also warnings), a diff with changes, or a pod that cannot be built",
      "2:usage error: a wrong option, argument or class; nothing was done",
      "3:I/O failure: a file or directory could not be read or written",
      "4:internal error in podunits (please report it; --verbose shows the trace)",
    },
    footer = {"", "Run 'podunits COMMAND --help' for a command's options;", "docs/cli.md describes them all."})
final class PodunitsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Read by {@link Main}'s failure handler from the parse result; declared here so every command takes it. */
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On a failure, also print the Java stack trace.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    return RenderCommand.render(spec.commandLine(), new PodSelection().select(), false);
  }
}
