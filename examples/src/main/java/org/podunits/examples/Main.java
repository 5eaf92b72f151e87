package org.podunits.examples;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The podunits command line: {@code podunits [render|check|diff|list|help] ...}, described in
 * {@code docs/cli.md} and by {@code podunits --help}.
 *
 * <p>Exit status: {@value #CLEAN} clean, {@value #PROBLEMS} problems found, {@value #USAGE} usage
 * error, {@value #IO_FAILURE} a file could not be read or written, {@value #INTERNAL_ERROR} a bug in
 * podunits. No failure prints a stack trace unless {@code --verbose} is given.
 */
public final class Main {

  /** Exit status: nothing to report. */
  static final int CLEAN = 0;
  /** Exit status: a check found errors (or warnings, with {@code --strict}), or a diff found changes. */
  static final int PROBLEMS = 1;
  /** Exit status: the command line was wrong; nothing was done. */
  static final int USAGE = 2;
  /** Exit status: a file or directory could not be read or written. */
  static final int IO_FAILURE = 3;
  /** Exit status: podunits itself failed unexpectedly. */
  static final int INTERNAL_ERROR = 4;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(new Main(System.out, System.err).run(args));
  }

  /** Runs one command line; returns the exit status. */
  int run(String... args) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(new PodunitsCommand())
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(Main::failure);
    // Set here rather than inherited through the annotation: picocli asks an inherited provider
    // for its text while building each command, which would read the directive catalogue on
    // every run instead of only for --version.
    VersionProvider version = new VersionProvider();
    commandLine.getCommandSpec().versionProvider(version);
    commandLine.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(version));
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("podunits: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println(tryHelp(commandLine));
    return USAGE;
  }

  private static String tryHelp(CommandLine commandLine) {
    return "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.";
  }

  private static int failure(Exception e, CommandLine commandLine, ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = verbose(parsed);
    int status;
    String message;
    Throwable trace = e;
    boolean hint = false;
    if (e instanceof CommandFailure failure) {
      status = failure.status();
      message = failure.getMessage();
      trace = failure.getCause();
      hint = trace != null;
    } else if (e instanceof IOException io) {
      status = IO_FAILURE;
      message = IoMessages.describe(io);
    } else if (e instanceof UncheckedIOException io) {
      status = IO_FAILURE;
      message = IoMessages.describe(io.getCause());
    } else {
      status = INTERNAL_ERROR;
      message = "internal error, please report it: " + e;
      hint = true;
    }
    if (hint && !verbose) {
      message += " (--verbose shows the stack trace)";
    }
    err.println("podunits: " + Shown.text(message));
    if (status == USAGE) {
      err.println(tryHelp(commandLine));
    }
    if (trace != null && verbose) {
      trace.printStackTrace(err);
    }
    return status;
  }

  /** Whether {@code --verbose} was given at any level of the command line. */
  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
