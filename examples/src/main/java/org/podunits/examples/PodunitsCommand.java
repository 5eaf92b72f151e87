package org.podunits.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code podunits}: the commands it knows; without a command, it renders the default example pod
 * into {@code ./pod}.
 */
final class PodunitsCommand {

  /** {@code podunits} before its command; run without one, the same as {@code podunits render}. */
  static final Syntax SYNTAX = new Syntax("", List.of(), "", 0, 0, """
      Usage: podunits [COMMAND] [OPTIONS] [ARGUMENTS]
      Turns container pods defined in Java into systemd units, and checks unit files
      against the systemd directive catalogue.

      Without a command, renders the example pod "web" into ./pod (the same as
      'podunits render').

      Commands:
        render  Write a pod's units under its root, or print them with --dry-run.
        check   Check unit files and drop-ins against the systemd directive catalogue.
        diff    Show what rendering a pod into its root would change.
        list    List the example pods.
        help    Show a command's usage: podunits help COMMAND.

      Options of every command:
      """ + HelpText.COMMON);

  /** The commands, in the order the usage lists them. */
  private static final List<Syntax> COMMANDS =
      List.of(RenderCommand.SYNTAX, CheckCommand.SYNTAX, DiffCommand.SYNTAX, ListCommand.SYNTAX, HelpCommand.SYNTAX);

  private PodunitsCommand() {}

  /** The commands' names, in the same order. */
  static List<String> names() {
    List<String> names = new ArrayList<>(COMMANDS.size());
    for (Syntax command : COMMANDS) {
      names.add(command.name());
    }
    return names;
  }

  /** The command named {@code name}, or null. */
  static Syntax command(String name) {
    for (Syntax command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    return null;
  }
}
