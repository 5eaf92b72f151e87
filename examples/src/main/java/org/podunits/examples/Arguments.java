package org.podunits.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command, its arguments and its options by their first name.
 *
 * @param syntax the command
 * @param operands the arguments that are not options, in order
 * @param values the options given with a value
 * @param flags the flags given
 * @param verbose whether {@code --verbose} was given
 * @param help whether {@code -h/--help} was given: print the command's usage, do nothing else
 * @param version whether {@code -V/--version} was given: print the version, do nothing else
 */
record Arguments(Syntax syntax, List<String> operands, Map<String, String> values, Set<String> flags,
    boolean verbose, boolean help, boolean version) {

  /** The value of the option named {@code name}, or null if it was not given. */
  String value(String name) {
    return values.get(name);
  }

  /** Whether the flag named {@code name} was given. */
  boolean flag(String name) {
    return flags.contains(name);
  }

  /** An argument or option value as a path; a usage error if it cannot be one. */
  Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UsageError(syntax.qualifiedName(), "\"" + text + "\" is not a path: " + e.getReason());
    }
  }
}
