package org.podunits.examples;

import java.util.List;

/**
 * What a command accepts: its own options (the common ones, {@code --verbose}, {@code -h/--help}
 * and {@code -V/--version}, every command takes), how many arguments, and its usage text.
 *
 * @param name the command's name; empty for {@code podunits} without a command
 * @param options the command's own options
 * @param operands the arguments as the usage shows them, such as {@code [NAME] [DIR]}
 * @param minOperands the fewest arguments the command needs
 * @param maxOperands the most it takes
 * @param usage what {@code --help} prints
 */
record Syntax(String name, List<OptionSpec> options, String operands, int minOperands, int maxOperands,
    String usage) {

  /** {@code podunits check}, as messages and usage name the command. */
  String qualifiedName() {
    return name.isEmpty() ? "podunits" : "podunits " + name;
  }

  /** The option one of whose names is {@code typed}, or null. */
  OptionSpec option(String typed) {
    for (OptionSpec option : options) {
      if (option.names().contains(typed)) {
        return option;
      }
    }
    return null;
  }
}
