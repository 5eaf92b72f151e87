package org.podunits.examples;

import java.io.PrintWriter;
import java.util.List;

/** {@code podunits help [COMMAND]}: the same as {@code podunits COMMAND --help}. */
final class HelpCommand {

  static final Syntax SYNTAX = new Syntax("help", List.of(), "[COMMAND]", 0, 1, """
      Show a command's usage.

      Usage: podunits help [COMMAND]

      Prints the usage of COMMAND, the same as 'podunits COMMAND --help'; without a
      COMMAND, the usage of podunits itself.

      Arguments:
        COMMAND               render, check, diff, list or help.

      Options:
      """ + HelpText.COMMON);

  private HelpCommand() {}

  /** Prints the usage the arguments ask for; returns the exit status. */
  static int run(Arguments arguments, PrintWriter out) {
    if (arguments.operands().isEmpty()) {
      out.print(PodunitsCommand.SYNTAX.usage());
      return Main.CLEAN;
    }
    String name = arguments.operands().get(0);
    Syntax command = PodunitsCommand.command(name);
    if (command == null) {
      throw ArgumentParser.unknownCommand(SYNTAX, name);
    }
    out.print(command.usage());
    return Main.CLEAN;
  }
}
