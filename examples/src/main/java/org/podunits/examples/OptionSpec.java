package org.podunits.examples;

import java.util.List;

/**
 * One option a command takes: its names (the first is the one the command reads it by) and, for an
 * option that takes a value, the value's label in messages; null for a flag.
 */
record OptionSpec(List<String> names, String valueLabel) {

  /** A flag such as {@code --strict}. */
  static OptionSpec flag(String... names) {
    return new OptionSpec(List.of(names), null);
  }

  /** An option that takes a value, such as {@code --systemd N|auto}. */
  static OptionSpec valued(String valueLabel, String... names) {
    return new OptionSpec(List.of(names), valueLabel);
  }

  /** The name the command reads the option by. */
  String name() {
    return names.get(0);
  }

  boolean takesValue() {
    return valueLabel != null;
  }
}
