package org.podunits.examples;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.podunits.directive.Directives;

/** {@code podunits check}: unit files and drop-ins against the directive catalogue. */
final class CheckCommand {

  static final Syntax SYNTAX = new Syntax("check",
      List.of(OptionSpec.valued("N|auto", "--systemd"), OptionSpec.valued("FORMAT", "--format"),
          OptionSpec.flag("--strict")),
      "PATH...", 1, Integer.MAX_VALUE, """
      Check unit files and drop-ins against the systemd directive catalogue.

      Usage: podunits check [--systemd N|auto] [--format text|json] [--strict] PATH...

      Checks unit files and drop-ins against the systemd directive catalogue: unknown
      or misplaced directives and sections, values systemd cannot parse, directives
      too new for, deprecated by or ignored by the target systemd, and services
      systemd would refuse.

      PATH is a file or a directory, searched recursively for NAME.TYPE units and
      NAME.TYPE.d/*.conf drop-ins; symbolic links are followed. Masked units (links
      to /dev/null, empty files) are not checked.

      Prints one line per problem, then a summary line:
        FILE:LINE: SEVERITY: MESSAGE

      Arguments:
        PATH...               Unit files, drop-ins and directories to check.

      Options:
            --systemd N|auto  The systemd release the units are for (default: 252);
                                'auto' asks 'systemctl --version' on this machine.
            --format FORMAT   text (default) or json.
            --strict          Exit with status 1 on warnings too.
      """ + HelpText.COMMON);

  private CheckCommand() {}

  /** Runs {@code check} as the arguments say; returns the exit status. */
  static int run(Arguments arguments, PrintWriter out, PrintWriter err) {
    String systemd = arguments.value("--systemd");
    if (systemd == null) {
      systemd = Integer.toString(ExamplePods.SYSTEMD_VERSION);
    }
    boolean json = json(arguments.value("--format"));
    List<Path> paths = new ArrayList<>();
    for (String path : arguments.operands()) {
      paths.add(arguments.path(path));
    }
    CheckResult result = new CheckResult(target(systemd, () -> HostSystemd.version(HostSystemd.SYSTEMCTL_VERSION), err));
    for (UnitScan.Target target : UnitScan.scan(paths, result)) {
      UnitCheck.check(target, UnitCheck.FILES, result);
    }
    if (json) {
      out.print(CheckJson.of(result));
    } else {
      for (Finding finding : result.findings()) {
        out.println(finding);
      }
      out.println(result.summary());
    }
    out.flush();
    return result.status(arguments.flag("--strict"));
  }

  /** Whether {@code --format} asks for JSON; text by default, either in any case. */
  private static boolean json(String format) {
    String lower = format == null ? "text" : format.toLowerCase(Locale.ROOT);
    if (lower.equals("text") || lower.equals("json")) {
      return lower.equals("json");
    }
    throw usage("--format takes text or json, not \"" + Shown.text(format) + "\"");
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
