package org.podunits.examples;

/** The parts every command's usage text ends with. */
final class HelpText {

  private HelpText() {}

  /** The options every command takes, the exit statuses, and where to read more. */
  static final String COMMON = """
            --verbose         On a failure, also print the Java stack trace.
        -h, --help            Show this help message and exit.
        -V, --version         Print version information and exit.

      Exit status:
        0   clean: rendered, no errors found, or nothing to change
        1   problems found: errors (with --strict, also warnings), a diff with
              changes, or a pod that cannot be built
        2   usage error: a wrong option, argument or class; nothing was done
        3   I/O failure: a file or directory could not be read or written
        4   internal error in podunits (please report it; --verbose shows the trace)

      Run 'podunits COMMAND --help' for a command's options;
      docs/cli.md describes them all.
      """;

  /** The arguments and options {@code render} and {@code diff} choose their pod by. */
  static final String POD_SELECTION = """
      Arguments:
        NAME                  The example pod (default: web; 'podunits list' shows
                                them all).
        DIR                   The pod root (default: ./pod). With --class, give only
                                DIR.

      Options:
            --class CLASS     Use your own pod instead of an example: CLASS is a
                                Supplier<Pod> with a public no-argument constructor, a
                                @PodSpec interface (built by its generated
                                CLASSUnits.builder()), or that generated CLASSUnits
                                class itself.
        -cp, --classpath, --class-path PATH
                              Where CLASS and what it needs are: jars and
                                directories, separated by ':' (';' on Windows).
                                Default: the current directory.
      """;
}
