package org.podunits.examples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podunits.directive.Suggestions;

/**
 * Reads a command line into {@link Arguments}: {@code podunits [COMMON...] [COMMAND] [OPTION | ARG]...}.
 *
 * <p>Options go before or after arguments, as {@code --opt value} or {@code --opt=value}; {@code --}
 * ends the options. An option's value may start with {@code -}, but not be one of the command's
 * option names: that is a forgotten value, not a value. {@code -h/--help} and {@code -V/--version}
 * win wherever they appear, over any mistake elsewhere on the line, since the user asks for the
 * usage to learn how to fix it; otherwise the first mistake is a {@link UsageError}.
 */
final class ArgumentParser {

  private static final List<String> COMMON = List.of("--verbose", "-h", "--help", "-V", "--version");

  private Syntax syntax = PodunitsCommand.SYNTAX;
  private final List<String> operands = new ArrayList<>();
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private boolean verbose;
  private boolean help;
  private boolean version;
  private UsageError mistake;

  private ArgumentParser() {}

  /** The command line {@code args}; a {@link UsageError} if it is wrong and asks for neither help nor version. */
  static Arguments parse(String... args) {
    ArgumentParser parser = new ArgumentParser();
    parser.read(args);
    if (!parser.help && !parser.version) {
      if (parser.mistake != null) {
        throw parser.mistake;
      }
      parser.checkOperandCount();
    }
    return new Arguments(parser.syntax, List.copyOf(parser.operands), Map.copyOf(parser.values),
        Set.copyOf(parser.flags), parser.verbose, parser.help, parser.version);
  }

  private void read(String[] args) {
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (optionsEnded || !isOption(arg)) {
        operand(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else {
        i = option(args, i);
      }
    }
  }

  /** A lone {@code -} is an argument, not an option, as it is for most tools. */
  private static boolean isOption(String arg) {
    return arg.length() > 1 && arg.charAt(0) == '-';
  }

  private void operand(String arg) {
    if (syntax == PodunitsCommand.SYNTAX) {
      Syntax command = PodunitsCommand.command(arg);
      if (command == null) {
        fail(unknownCommand(PodunitsCommand.SYNTAX, arg));
      } else {
        syntax = command;
      }
      return;
    }
    operands.add(arg);
  }

  /** Reads the option at {@code args[i]} and its value; returns the index of the last argument used. */
  private int option(String[] args, int i) {
    String arg = args[i];
    String name = optionName(arg);
    String inline = name.length() == arg.length() ? null : arg.substring(name.length() + 1);
    OptionSpec option = syntax.option(name);
    if (option == null) {
      common(name, inline);
      return i;
    }
    if (!option.takesValue()) {
      if (inline != null) {
        fail(name + " takes no value, but was given \"" + inline + "\"");
      }
      flags.add(option.name());
      return i;
    }
    String value = inline;
    int last = i;
    if (value == null) {
      if (i + 1 == args.length || isOptionName(args[i + 1])) {
        fail(name + " needs a value: " + name + " " + option.valueLabel());
        return i;
      }
      value = args[++last];
    }
    String earlier = values.putIfAbsent(option.name(), value);
    if (earlier != null) {
      fail(option.name() + " is given twice, as \"" + earlier + "\" and \"" + value + "\"; give it once");
    }
    return last;
  }

  /** The options every command takes, or an unknown option. */
  private void common(String name, String inline) {
    if (!COMMON.contains(name)) {
      fail(unknownOption(name));
      return;
    }
    if (inline != null) {
      fail(name + " takes no value, but was given \"" + inline + "\"");
    }
    switch (name) {
      case "--verbose" -> verbose = true;
      case "-h", "--help" -> help = true;
      default -> version = true;
    }
  }

  /** Whether {@code arg} is one of the command's option names, alone or with {@code =value}. */
  private boolean isOptionName(String arg) {
    if (!isOption(arg)) {
      return false;
    }
    String name = optionName(arg);
    return syntax.option(name) != null || COMMON.contains(name) || arg.equals("--");
  }

  /** The option's name: {@code arg} up to its first {@code =}, if any. */
  private static String optionName(String arg) {
    int equals = arg.indexOf('=');
    return equals < 0 ? arg : arg.substring(0, equals);
  }

  private String unknownOption(String name) {
    List<String> names = new ArrayList<>(COMMON);
    for (OptionSpec option : syntax.options()) {
      names.addAll(option.names());
    }
    String closest = Suggestions.closest(name, names);
    return "unknown option " + name + (syntax.name().isEmpty() ? "" : " for " + syntax.name())
        + (closest == null ? "" : "; did you mean " + closest + "?");
  }

  /** An unknown command named where {@code within} expects one. */
  static UsageError unknownCommand(Syntax within, String name) {
    List<String> names = PodunitsCommand.names();
    String closest = Suggestions.closest(name, names);
    return new UsageError(within.qualifiedName(), "unknown command \"" + name + "\"; "
        + (closest == null ? "the commands are " + String.join(", ", names) : "did you mean " + closest + "?"));
  }

  private void checkOperandCount() {
    String command = syntax.name();
    if (operands.size() < syntax.minOperands()) {
      throw new UsageError(syntax.qualifiedName(), command + " needs " + syntax.operands());
    }
    if (operands.size() > syntax.maxOperands()) {
      String extra = operands.get(syntax.maxOperands());
      throw new UsageError(syntax.qualifiedName(), syntax.maxOperands() == 0
          ? command + " takes no arguments, but was given \"" + extra + "\""
          : command + " takes " + syntax.operands() + "; \"" + extra + "\" is one too many");
    }
  }

  /** Keeps the first mistake: later ones often follow from it. */
  private void fail(String message) {
    fail(new UsageError(syntax.qualifiedName(), message));
  }

  private void fail(UsageError error) {
    if (mistake == null) {
      mistake = error;
    }
  }
}
