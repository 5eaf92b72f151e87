package org.podunits.examples;

/** A command line podunits cannot run, with the command whose {@code --help} says how to fix it. */
final class UsageError extends CommandFailure {

  private static final long serialVersionUID = 1L;

  private final String command;

  /**
   * @param command the command as far as it was recognised, such as {@code podunits check}
   * @param message what is wrong, one sentence
   */
  UsageError(String command, String message) {
    super(Main.USAGE, message, null);
    this.command = command;
  }

  /** The command whose {@code --help} the error points to. */
  String command() {
    return command;
  }
}
