package org.podunits.examples;

import java.nio.file.Path;
import java.util.List;
import org.podunits.pod.App;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.write.UnitSet;

/**
 * Which pod a command works on and where its root is: {@code [NAME] [DIR]} for an example pod, or
 * {@code --class CLASS [--classpath PATH] [DIR]} for a pod of the user's own. Shared by {@code
 * render} and {@code diff}.
 */
final class PodSelection {

  /** Where a pod is rendered when no directory is given. */
  static final Path DEFAULT_DIRECTORY = Path.of("pod");

  /** {@code --class CLASS}: a pod of the user's own instead of an example. */
  static final OptionSpec CLASS = OptionSpec.valued("CLASS", "--class");

  /** {@code --classpath PATH}: where the user's class is. */
  static final OptionSpec CLASS_PATH = OptionSpec.valued("PATH", "--classpath", "--class-path", "-cp");

  /** The arguments {@code render} and {@code diff} take. */
  static final String OPERANDS = "[NAME] [DIR]";

  private PodSelection() {}

  /** A pod, where it comes from, and the root it goes under. */
  record Selected(String name, Pod pod, Path root) {

    /** The plan for the whole pod: for a mutable pod, its empty environment and every app added. */
    UnitSet plan() {
      try {
        if (!pod.mutable()) {
          return PodUnits.immutableEnv(pod);
        }
        UnitSet.Builder plan = UnitSet.builder().addAll(PodUnits.mutableEnv(pod));
        for (App app : pod.apps()) {
          plan.addAll(PodUnits.appAdd(pod, app));
        }
        return plan.build();
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(Main.PROBLEMS, "pod " + name + " cannot be planned: " + e.getMessage(), null);
      }
    }

    /** Notes about what rkt would have done differently, as {@link PodUnits#warnings} gives them. */
    List<String> notes() {
      return PodUnits.warnings(pod);
    }
  }

  /** The pod and root the command line names. */
  static Selected select(Arguments arguments) {
    String className = arguments.value("--class");
    String classPath = arguments.value("--classpath");
    List<String> operands = arguments.operands();
    if (className == null) {
      if (classPath != null) {
        throw usage("--classpath needs --class: it says where to find the class of your pod");
      }
      String name = operands.isEmpty() ? ExamplePods.DEFAULT : operands.get(0);
      return new Selected("\"" + name + "\"", example(name),
          operands.size() > 1 ? arguments.path(operands.get(1)) : DEFAULT_DIRECTORY);
    }
    if (operands.size() > 1) {
      throw usage("with --class, give only the pod root DIR; the pod comes from " + className
          + ", not from \"" + operands.get(0) + "\"");
    }
    Pod pod = PodLoader.load(className, classPath == null ? "." : classPath);
    return new Selected(className, pod, operands.isEmpty() ? DEFAULT_DIRECTORY : arguments.path(operands.get(0)));
  }

  /** The example pod of this name. */
  static Pod example(String name) {
    Pod pod = ExamplePods.named(name);
    if (pod == null) {
      throw usage("no example pod named \"" + Shown.text(name) + "\"; choose one of " + ExamplePods.NAMES
          + ", or give --class for a pod of your own");
    }
    return pod;
  }

  private static CommandFailure usage(String message) {
    return new CommandFailure(Main.USAGE, message, null);
  }
}
