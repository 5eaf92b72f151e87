package org.podunits.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podunits.pod.Pod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code podunits list}: the example pods, one a line. */
@Command(
    name = "list",
    header = "List the example pods.",
    description = "Lists the example pods that render, diff and the default command take by NAME.")
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Map.Entry<String, Pod> pod : ExamplePods.all().entrySet()) {
      spec.commandLine().getOut().println(pod.getKey() + "\t" + Plural.of(pod.getValue().apps().size(), "app") + ": "
          + appNames(pod.getValue()));
    }
    return Main.CLEAN;
  }

  /** The pod's app names, comma-separated, in order. */
  static String appNames(Pod pod) {
    List<String> names = new ArrayList<>();
    pod.apps().forEach(app -> names.add(app.name().toString()));
    return String.join(", ", names);
  }
}
