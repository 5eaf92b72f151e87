package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code check} over the units of the machine's own systemd package: systemd loads them, so the
 * check must find no error in them. Every warning it may give is listed with why it is right.
 */
class HostUnitsCheckTest {

  private static final Path HOST_UNITS = Path.of("/lib/systemd/system");

  /** Warnings that are true of Debian 12's units, by the text that identifies them, with the reason. */
  private static final Map<String, String> KNOWN_WARNINGS = Map.of(
      "[Service] FailureAction=reboot: FailureAction= is deprecated since systemd 236",
      "PackageKit's packagekit-offline-update.service sets FailureAction= in [Service]; systemd 236 moved it"
          + " to [Unit] and still reads the old place");

  @Test
  void theHostsSystemdUnitsHaveNoErrors() {
    assumeTrue(Files.isDirectory(HOST_UNITS), HOST_UNITS + " is missing: systemd is not installed (CI installs it)");
    CliRun run = CliRun.of("check", "--systemd", "auto", HOST_UNITS.toString());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(lines.size() - 1).startsWith("Checked "), run.toString());
    List<String> unexplained = lines.stream()
        .filter(line -> line.contains(": error: ") || line.contains(": warning: "))
        .filter(line -> !explained(line))
        .toList();
    assertEquals(List.of(), unexplained, "problems in the host's own units that are not known; either the"
        + " check is wrong or the reason belongs in KNOWN_WARNINGS\n" + run);
    assertEquals(Main.CLEAN, run.status(), run.toString());
  }

  private static boolean explained(String line) {
    return line.contains(": warning: ") && KNOWN_WARNINGS.keySet().stream().anyMatch(line::contains);
  }
}
