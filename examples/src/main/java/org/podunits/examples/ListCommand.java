package org.podunits.examples;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.podunits.pod.App;
import org.podunits.pod.Pod;

/** {@code podunits list}: the example pods, one a line. */
final class ListCommand {

  static final Syntax SYNTAX = new Syntax("list", List.of(), "", 0, 0, """
      List the example pods.

      Usage: podunits list

      Lists the example pods that render, diff and the default command take by NAME.

      Options:
      """ + HelpText.COMMON);

  private ListCommand() {}

  /** Prints every example pod; returns the exit status. */
  static int run(PrintWriter out) {
    for (Map.Entry<String, Pod> pod : ExamplePods.all().entrySet()) {
      out.println(pod.getKey() + "\t" + Plural.of(pod.getValue().apps().size(), "app") + ": "
          + appNames(pod.getValue()));
    }
    return Main.CLEAN;
  }

  /** The pod's app names, comma-separated, in order. */
  static String appNames(Pod pod) {
    StringBuilder names = new StringBuilder();
    for (App app : pod.apps()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(app.name());
    }
    return names.toString();
  }
}
