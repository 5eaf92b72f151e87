package org.podunits.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podunits.directive.Severity;

/** What a run of {@code check} found and counted, filled in as it goes. */
final class CheckResult {

  /** The systemd release the units were checked against. */
  final int systemdVersion;
  private final List<Finding> findings = new ArrayList<>();
  private int units;
  private int dropIns;
  private int masked;
  private int aliases;
  private int unreadable;

  CheckResult(int systemdVersion) {
    this.systemdVersion = systemdVersion;
  }

  /** Counts a unit file or drop-in that was read and checked. */
  void checked(UnitScan.Target target) {
    if (target.dropIn()) {
      dropIns++;
    } else {
      units++;
    }
  }

  /** Counts a masked unit (a link to /dev/null, an empty file), which systemd does not load. */
  void masked() {
    masked++;
  }

  /** Counts a further name (an alias or want link) of a file checked under its own name. */
  void alias() {
    aliases++;
  }

  /** Whole unit files checked. */
  int units() {
    return units;
  }

  /** Drop-ins checked. */
  int dropIns() {
    return dropIns;
  }

  /** Masked units, not checked. */
  int maskedUnits() {
    return masked;
  }

  /** Files and directories that could not be read: the check is incomplete. */
  int unreadable() {
    return unreadable;
  }

  void add(Finding finding) {
    findings.add(finding);
  }

  /** Records a file or directory that could not be read, and why, as an error on it. */
  void unreadable(Path path, String reason) {
    unreadable++;
    findings.add(new Finding(path, 0, Severity.ERROR, "cannot read: " + reason));
  }

  /** The findings, by file and line. */
  List<Finding> findings() {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    return sorted;
  }

  long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * The exit status: {@link Main#IO_FAILURE} if anything could not be read, {@link Main#PROBLEMS}
   * for errors (and with {@code strict} warnings), {@link Main#CLEAN} otherwise.
   */
  int status(boolean strict) {
    if (unreadable > 0) {
      return Main.IO_FAILURE;
    }
    if (count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0)) {
      return Main.PROBLEMS;
    }
    return Main.CLEAN;
  }

  /** The summary line: what was checked, against which systemd, and what was found. */
  String summary() {
    StringBuilder line = new StringBuilder("Checked ")
        .append(Plural.of(units, "unit")).append(" and ").append(Plural.of(dropIns, "drop-in"))
        .append(" against systemd ").append(systemdVersion).append(": ")
        .append(Plural.of(count(Severity.ERROR), "error")).append(", ")
        .append(Plural.of(count(Severity.WARNING), "warning"));
    if (unreadable > 0) {
      line.append(", ").append(unreadable).append(" unreadable");
    }
    if (masked > 0) {
      line.append("; ").append(masked).append(" masked (not checked)");
    }
    if (aliases > 0) {
      line.append("; ").append(Plural.of(aliases, "link")).append(" to files checked under another name");
    }
    return line.append('.').toString();
  }
}
