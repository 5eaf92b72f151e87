package org.podunits.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.podunits.directive.Directives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code podunits check}: unit files and drop-ins against the directive catalogue. */
@Command(
    name = "check",
    header = "Check unit files and drop-ins against the systemd directive catalogue.",
    sortOptions = false,
    description = {
      "Checks unit files and drop-ins against the systemd directive catalogue: unknown or misplaced "
          + "directives and sections, values systemd cannot parse, directives too new for, deprecated by or "
          + "ignored by the target systemd, and services systemd would refuse.",
      "",
      "PATH is a file or a directory, searched recursively for NAME.TYPE units and NAME.TYPE.d/*.conf "
          + "drop-ins; symbolic links are followed. Masked units (links to /dev/null, empty files) are not "
          + "checked.",
      "",
      "Prints one line per problem, then a summary line:",
      "  FILE:LINE: SEVERITY: MESSAGE",
    })
final class CheckCommand implements Callable<Integer> {

  /** How {@code check} prints what it found. */
  enum Format {
    /** One line per problem, then a summary line. */
    TEXT,
    /** One JSON object with the counts and every problem. */
    JSON
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Unit files, drop-ins and directories to check.")
  List<Path> paths;

  @Option(
      names = "--systemd",
      paramLabel = "N|auto",
      defaultValue = "" + ExamplePods.SYSTEMD_VERSION,
      description = "The systemd release the units are for (default: ${DEFAULT-VALUE}); 'auto' asks "
          + "'systemctl --version' on this machine.")
  String systemd;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  Format format;

  @Option(names = "--strict", description = "Exit with status 1 on warnings too.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CheckResult result = new CheckResult(
        target(systemd, () -> HostSystemd.version(HostSystemd.SYSTEMCTL_VERSION), spec.commandLine().getErr()));
    for (UnitScan.Target target : UnitScan.scan(paths, result)) {
      UnitCheck.check(target, UnitCheck.FILES, result);
    }
    if (format == Format.JSON) {
      out.print(CheckJson.of(result));
    } else {
      result.findings().forEach(out::println);
      out.println(result.summary());
    }
    out.flush();
    return result.status(strict);
  }

  /**
   * The release to check against: {@code --systemd}, validated against what the catalogue knows;
   * for {@code auto}, the host's release, or the catalogue's newest with a note when the host's is
   * newer.
   */
  static int target(String systemd, IntSupplier hostVersion, PrintWriter err) {
    int oldest = Directives.oldestKnownVersion();
    int newest = Directives.newestKnownVersion();
    if (systemd.equals("auto")) {
      int host = hostVersion.getAsInt();
      if (host > newest) {
        err.println("podunits: note: this machine runs systemd " + host + ", newer than the directive catalogue's "
            + newest + "; checking against " + newest);
        return newest;
      }
      if (host < oldest) {
        throw usage("--systemd auto: this machine runs systemd " + host + ", older than the directive catalogue's "
            + "oldest release " + oldest + ", so the check cannot tell what it lacks");
      }
      return host;
    }
    int version;
    try {
      version = Integer.parseInt(systemd);
    } catch (NumberFormatException e) {
      throw usage("--systemd takes a release number such as 252, or auto, not \"" + Shown.text(systemd) + "\"");
    }
    if (version < oldest || version > newest) {
      throw usage("--systemd " + version + ": the directive catalogue knows systemd " + oldest + " to " + newest
          + "; give a release in that range, or auto for this machine's");
    }
    return version;
  }

  private static CommandFailure usage(String message) {
    return new CommandFailure(Main.USAGE, message, null);
  }
}
