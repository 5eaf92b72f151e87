package org.podunits.examples;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    Arguments arguments = null;
    try {
      arguments = ArgumentParser.parse(args);
      return execute(arguments, outWriter, errWriter);
    } catch (Exception e) {
      outWriter.flush();
      return failure(e, arguments, errWriter);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  private static int execute(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException {
    if (arguments.help()) {
      out.print(arguments.syntax().usage());
      return CLEAN;
    }
    if (arguments.version()) {
      out.print(Version.text());
      return CLEAN;
    }
    return switch (arguments.syntax().name()) {
      case "check" -> CheckCommand.run(arguments, out, err);
      case "diff" -> DiffCommand.run(arguments, out);
      case "list" -> ListCommand.run(out);
      case "help" -> HelpCommand.run(arguments, out);
      default -> RenderCommand.run(arguments, out, err);
    };
  }

  /**
   * Prints a failure as one line (and with {@code --verbose} its cause's stack trace); returns the
   * exit status. {@code arguments} is null when the command line itself was wrong.
   */
  private static int failure(Exception e, Arguments arguments, PrintWriter err) {
    boolean verbose = arguments != null && arguments.verbose();
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
      String command = e instanceof UsageError usage ? usage.command() : arguments.syntax().qualifiedName();
      err.println("Try '" + command + " --help' for more information.");
    }
    if (trace != null && verbose) {
      trace.printStackTrace(err);
    }
    return status;
  }
}
