package org.podunits.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.directive.Severity;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitFormatException;
import org.podunits.write.UnitSet;
import org.podunits.write.UnitWriteException;

/**
 * The podunits command line.
 *
 * <pre>
 * podunits                         render the default example pod into ./pod
 * podunits list                    list the example pods
 * podunits render NAME [DIR]       render an example pod into DIR (default ./pod)
 * podunits check DIR [--systemd N] check every unit file under DIR against the catalogue
 * podunits diff NAME [DIR]         show what rendering NAME into DIR would change
 * </pre>
 *
 * <p>Exit status: 0 on success, 1 when a check finds errors or a diff finds changes, 2 on bad
 * usage or a failure.
 */
public final class Main {

  private static final String USAGE = String.join("\n",
      "usage: podunits                          render the default example pod (" + ExamplePods.DEFAULT + ") into ./pod",
      "       podunits list                     list the example pods",
      "       podunits render NAME [DIR]        render an example pod into DIR (default ./pod)",
      "       podunits check DIR [--systemd N]  check the unit files under DIR (default systemd "
          + ExamplePods.STAGE1.systemdVersion() + ")",
      "       podunits diff NAME [DIR]          show what rendering NAME into DIR would change");

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

  /** Runs one command; returns the exit status. */
  int run(String... args) {
    try {
      if (args.length == 0) {
        return render(ExamplePods.DEFAULT, Paths.get("pod"));
      }
      switch (args[0]) {
        case "list":
          return list();
        case "render":
          requireArguments(args, 2, 3);
          return render(args[1], directory(args, 2));
        case "check":
          return check(args);
        case "diff":
          requireArguments(args, 2, 3);
          return diff(args[1], directory(args, 2));
        case "help":
        case "-h":
        case "--help":
          out.println(USAGE);
          return 0;
        default:
          throw new UsageException("unknown command \"" + args[0] + "\"");
      }
    } catch (UsageException e) {
      err.println("podunits: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (IOException | IllegalArgumentException e) {
      err.println("podunits: " + e.getMessage());
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        err.println("  caused by: " + cause.getMessage());
      }
      return 2;
    }
  }

  private int list() {
    for (Map.Entry<String, Pod> pod : ExamplePods.all().entrySet()) {
      out.println(pod.getKey() + "\t" + pod.getValue().apps().size() + " app(s): " + appNames(pod.getValue()));
    }
    return 0;
  }

  private int render(String name, Path root) throws IOException {
    Pod pod = pod(name);
    UnitSet units = PodUnits.immutableEnv(pod);
    Files.createDirectories(root);
    units.writeTo(root);
    out.println("Rendered pod \"" + name + "\" (" + appNames(pod) + "; stage1 " + pod.stage1().flavor()
        + ", systemd " + pod.stage1().systemdVersion() + ") into " + root.toAbsolutePath().normalize() + ":");
    long bytes = 0;
    for (UnitSet.Entry entry : units.entries()) {
      String what;
      if (entry instanceof UnitSet.UnitEntry unit) {
        int size = unit.unit().serialize().getBytes(StandardCharsets.UTF_8).length;
        bytes += size;
        what = String.format("unit %6d bytes, %3d options", size, unit.unit().options().size());
      } else if (entry instanceof UnitSet.LinkEntry link) {
        what = "link -> " + link.target();
      } else {
        UnitSet.FileEntry file = (UnitSet.FileEntry) entry;
        bytes += file.content().length;
        what = String.format("file %6d bytes, mode %04o", file.content().length, file.mode());
      }
      out.println(String.format("  %-32s %s", what, entry.path()));
    }
    for (String warning : PodUnits.warnings(pod)) {
      out.println("  note: " + warning);
    }
    List<Problem> problems = units.check(pod.stage1().systemdVersion());
    out.println(units.entries().size() + " entries, " + bytes + " bytes, written atomically; "
        + summary(problems) + " against systemd " + pod.stage1().systemdVersion() + "'s directive catalogue.");
    printProblems(problems);
    return 0;
  }

  private int check(String[] args) throws IOException {
    if (args.length < 2) {
      throw new UsageException("check needs a directory");
    }
    Path root = Paths.get(args[1]);
    int version = ExamplePods.STAGE1.systemdVersion();
    if (args.length == 4 && args[2].equals("--systemd")) {
      try {
        version = Integer.parseInt(args[3]);
      } catch (NumberFormatException e) {
        throw new UsageException("--systemd takes a release number such as 252, not \"" + args[3] + "\"");
      }
    } else if (args.length != 2) {
      throw new UsageException("check takes a directory and optionally --systemd N");
    }
    if (!Files.isDirectory(root)) {
      throw new UsageException("\"" + root + "\" is not a directory");
    }
    List<Path> units = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && isUnitFile(path))
          .sorted()
          .forEach(units::add);
    }
    List<Problem> problems = new ArrayList<>();
    for (Path path : units) {
      String relative = root.relativize(path).toString();
      try {
        UnitFile unit = UnitFile.parse(Files.readString(path, StandardCharsets.UTF_8));
        for (Problem problem : Directives.checkUnit(path.getFileName().toString(), unit, version)) {
          problems.add(problem.in(relative));
        }
      } catch (UnitFormatException e) {
        problems.add(new Problem(Severity.ERROR, relative + ": " + e.getMessage()));
      }
    }
    printProblems(problems);
    out.println("Checked " + units.size() + " unit file(s) under " + root + " against systemd " + version + ": "
        + summary(problems) + ".");
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR) ? 1 : 0;
  }

  private int diff(String name, Path root) throws IOException {
    PlanDiff diff = PlanDiff.of(PodUnits.immutableEnv(pod(name)), root);
    out.print(diff.text());
    out.println(diff.isEmpty()
        ? "Pod \"" + name + "\" under " + root + " is up to date."
        : diff.summary());
    return diff.isEmpty() ? 0 : 1;
  }

  private void printProblems(List<Problem> problems) {
    for (Problem problem : problems) {
      out.println("  " + problem.severity() + ": " + problem.message());
    }
  }

  private static String summary(List<Problem> problems) {
    long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    return errors + " error(s), " + (problems.size() - errors) + " warning(s)";
  }

  private static boolean isUnitFile(Path path) {
    String types = "(service|socket|target|mount|automount|swap|path|timer|slice|scope)";
    String name = path.getFileName().toString();
    Path parent = path.getParent();
    return name.matches(".+\\." + types)
        || (name.endsWith(".conf") && parent != null && parent.getFileName() != null
            && parent.getFileName().toString().matches(".+\\." + types + "\\.d"));
  }

  private static Pod pod(String name) {
    Pod pod = ExamplePods.all().get(name);
    if (pod == null) {
      throw new UsageException("no example pod named \"" + name + "\"; try one of " + ExamplePods.all().keySet());
    }
    return pod;
  }

  private static String appNames(Pod pod) {
    List<String> names = new ArrayList<>();
    pod.apps().forEach(app -> names.add(app.name().toString()));
    return String.join(", ", names);
  }

  private static Path directory(String[] args, int index) {
    return args.length > index ? Paths.get(args[index]) : Paths.get("pod");
  }

  private static void requireArguments(String[] args, int min, int max) {
    if (args.length < min || args.length > max) {
      throw new UsageException(args[0] + " takes " + (min - 1) + (max > min ? " or " + (max - 1) : "") + " argument(s)");
    }
  }

  /** A command line that does not say what to do. */
  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
