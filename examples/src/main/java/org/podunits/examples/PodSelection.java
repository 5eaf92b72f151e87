package org.podunits.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podunits.pod.App;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.write.UnitSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which pod a command works on and where its root is: {@code [NAME] [DIR]} for an example pod, or
 * {@code --class CLASS [--classpath PATH] [DIR]} for a pod of the user's own. Shared by {@code
 * render} and {@code diff}.
 */
final class PodSelection {

  /** Where a pod is rendered when no directory is given. */
  static final Path DEFAULT_DIRECTORY = Path.of("pod");

  @Option(
      names = "--class",
      paramLabel = "CLASS",
      description = {
        "Use your own pod instead of an example: CLASS is a Supplier<Pod> with a public no-argument "
            + "constructor, a @PodSpec interface (built by its generated CLASSUnits.builder()), or that "
            + "generated CLASSUnits class itself.",
      })
  String className;

  @Option(
      names = {"--classpath", "--class-path", "-cp"},
      paramLabel = "PATH",
      description = "Where CLASS and what it needs are: jars and directories, separated by ':' (';' on "
          + "Windows). Default: the current directory.")
  String classPath;

  @Parameters(
      paramLabel = "ARG",
      arity = "0..2",
      description = {
        "NAME: the example pod (default: " + ExamplePods.DEFAULT + "; 'podunits list' shows them all).",
        "DIR: the pod root (default: ./pod). With --class, give only DIR.",
      })
  List<String> arguments = new ArrayList<>();

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
  Selected select() {
    if (className == null) {
      if (classPath != null) {
        throw usage("--classpath needs --class: it says where to find the class of your pod");
      }
      String name = arguments.isEmpty() ? ExamplePods.DEFAULT : arguments.get(0);
      return new Selected("\"" + name + "\"", example(name), arguments.size() > 1 ? path(arguments.get(1)) : DEFAULT_DIRECTORY);
    }
    if (arguments.size() > 1) {
      throw usage("with --class, give only the pod root DIR; the pod comes from " + className
          + ", not from \"" + arguments.get(0) + "\"");
    }
    Pod pod = PodLoader.load(className, classPath == null ? "." : classPath);
    return new Selected(className, pod, arguments.isEmpty() ? DEFAULT_DIRECTORY : path(arguments.get(0)));
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

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw usage("\"" + Shown.text(text) + "\" is not a path: " + e.getReason());
    }
  }

  private static CommandFailure usage(String message) {
    return new CommandFailure(Main.USAGE, message, null);
  }
}
