package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitFormatException;

/**
 * Checks every unit and drop-in of the host's own systemd package ({@code /lib/systemd/system})
 * for the systemd release the known differences were recorded against: systemd's own units must
 * draw no error, and every warning is listed in {@link #KNOWN_WARNINGS} with its reason.
 *
 * <p>Skipped, with a message, where {@code /lib/systemd/system} is absent; {@code .ci/run}
 * installs systemd, so CI never skips.
 */
class HostUnitsCheckTest {

  private static final Path UNITS = Path.of("/lib/systemd/system");

  /** The release of Debian 12's systemd, whose units these are. */
  private static final int SYSTEMD = 252;

  /** The files that draw a warning, and why it is right to warn there. */
  static final Map<String, String> KNOWN_WARNINGS = Map.of(
      "packagekit-offline-update.service",
      "[Service] FailureAction= moved to [Unit] in systemd 229; 252 still reads the old place, so the"
          + " unit works, and the warning tells its authors where the setting lives now");

  @Test
  void theHostsOwnUnitsDrawNoErrorAndOnlyKnownWarnings() throws IOException, UnitFormatException {
    assumeTrue(Files.isDirectory(UNITS), UNITS + " is absent (no systemd installed), so there are no host units to check");
    Map<String, List<String>> errors = new TreeMap<>();
    Map<String, List<String>> warnings = new TreeMap<>();
    int checked = 0;
    for (Path file : unitFiles()) {
      String relative = UNITS.relativize(file).toString();
      String unitName = file.getParent().equals(UNITS) ? file.getFileName().toString() : file.getParent().getFileName().toString();
      UnitFile unit = UnitFile.parse(Files.readString(file, StandardCharsets.UTF_8));
      for (Problem problem : Directives.checkUnit(unitName, unit, SYSTEMD)) {
        (problem.severity() == Severity.ERROR ? errors : warnings)
            .computeIfAbsent(relative, k -> new ArrayList<>()).add(problem.message());
      }
      checked++;
    }
    assumeTrue(checked > 0, UNITS + " holds no unit files");
    assertEquals(Map.of(), errors, "errors on the host's own units");
    Map<String, List<String>> unexplained = new TreeMap<>(warnings);
    unexplained.keySet().removeAll(KNOWN_WARNINGS.keySet());
    assertEquals(Map.of(), unexplained, "warnings on the host's own units without a listed reason");
  }

  /** Units directly in the directory (symlinks followed: a link to /dev/null reads as empty) and drop-ins in {@code *.d}. */
  private static List<Path> unitFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(UNITS)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry) && name.endsWith(".d")) {
          try (Stream<Path> dropIns = Files.list(entry)) {
            dropIns.filter(p -> p.getFileName().toString().endsWith(".conf")).sorted().forEach(files::add);
          }
        } else if (Files.isRegularFile(entry) || isNullDevice(entry)) {
          if (name.contains(".") && !name.endsWith(".wants") && !name.endsWith(".requires")) {
            files.add(entry);
          }
        }
      }
    }
    return files;
  }

  private static boolean isNullDevice(Path entry) throws IOException {
    return Files.isSymbolicLink(entry) && Files.readSymbolicLink(entry).toString().equals("/dev/null");
  }
}
