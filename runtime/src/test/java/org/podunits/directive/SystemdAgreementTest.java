package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * Compares {@link Directives#checkUnit} with {@code systemd-analyze verify} of the systemd
 * installed here (252) on single-option units: for every directive the catalogue knows for 252,
 * a valid value, an invalid one for its kind, every listed enum word, and the edge values empty,
 * a huge number and a C escape. Each unit is otherwise valid (a service has {@code
 * ExecStart=/bin/true}, a socket its service, a mount its matching {@code Where=}), so a verdict
 * is about the option: systemd rejects when it logs a message about the unit other than the
 * notices in {@link #NOTICES}; {@code check} rejects when it reports an error. At least 98 % of
 * verdicts must agree, and every case where they differ is in {@link #KNOWN_DIFFERENCES} with its
 * reason.
 *
 * <p>All units go to one {@code systemd-analyze verify} call. Skipped, with a message, where
 * systemd-analyze is not installed; {@code .ci/run} installs it, so CI never skips.
 */
class SystemdAgreementTest {

  private static final int SYSTEMD = 252;

  /**
   * Messages of systemd that do not refuse the option: advice, and facts about the verifying host
   * (missing programs and units, ordering cycles with the host's own units).
   */
  private static final List<String> NOTICES = List.of(
      "please use", "is deprecated", "is not executable", "not found.", "will be removed", "Support for",
      "Special user nobody configured", "please update your unit file", "ordering cycle", "Found dependency on");

  private static final String IGNORED_WORDS = "systemd 252 skips words it does not know here without a"
      + " message, so the setting silently loses them; check refuses them";

  private static final String RUN_TIME_CONDITION = "systemd reads conditions when the unit starts, not when it"
      + " loads it; a non-boolean then fails the condition check, so check refuses it up front";

  private static final String INSTALL_TIME = "systemd reads [Install] only when the unit is enabled, where"
      + " systemctl refuses a word that is not a unit name; check refuses it up front";

  /**
   * Each case where the verdicts differ, and why: {@code Section.Name=value}, with {@code *} for
   * any section or any value of the cases.
   */
  static final Map<String, String> KNOWN_DIFFERENCES = Map.ofEntries(
      Map.entry("*.CapabilityBoundingSet=*", IGNORED_WORDS),
      Map.entry("*.AmbientCapabilities=*", IGNORED_WORDS),
      Map.entry("*.SecureBits=*", IGNORED_WORDS),
      Map.entry("Unit.ConditionFirstBoot=*", RUN_TIME_CONDITION),
      Map.entry("Unit.ConditionACPower=*", RUN_TIME_CONDITION),
      Map.entry("Unit.AssertFirstBoot=*", RUN_TIME_CONDITION),
      Map.entry("Unit.AssertACPower=*", RUN_TIME_CONDITION),
      Map.entry("Install.Alias=*", INSTALL_TIME),
      Map.entry("Install.WantedBy=*", INSTALL_TIME),
      Map.entry("Install.RequiredBy=*", INSTALL_TIME),
      Map.entry("Install.Also=*", INSTALL_TIME),
      Map.entry("Socket.Accept=yes", "Accept=yes needs a template service (c@.service) that this test does not"
          + " write; systemd-analyze reports it missing"),
      Map.entry("Socket.Service=x.service", "the test writes no x.service; systemd-analyze reports it missing"),
      Map.entry("Mount.What=/tmp/x", "systemd-analyze cannot create the start job of a mount whose source"
          + " lies under another mount unit of the same test run; a fact of the verifying host"),
      Map.entry("Slice.Slice=x.slice", "a slice's parent is given by its name (a-b.slice is inside a.slice);"
          + " systemd refuses another one, which check does not model"),
      Map.entry("Socket.MessageQueueMessageSize=1M", "systemd 252 reads a plain number (config_parse_long);"
          + " the catalogue records v262's parser, which takes K/M/G suffixes"));

  /** The sections the test can put in a unit file systemd-analyze loads; scopes exist only at run time. */
  private static final Set<String> SECTIONS = Set.of(
      "Unit", "Install", "Service", "Socket", "Mount", "Automount", "Swap", "Timer", "Path", "Slice");

  private static final String HUGE = "99999999999999999999";

  /** Units per systemd-analyze call: its time grows with the square of the units it loads at once. */
  private static final int BATCH = 200;

  record Case(String section, String name, String value) {
    String key() {
      return section + "." + name + "=" + value;
    }
  }

  @Test
  void checkAgreesWithSystemdAnalyzeVerify(@TempDir Path dir) throws IOException, InterruptedException {
    assumeTrue(systemdAnalyze() != null, "systemd-analyze is not installed here, so there is nothing to agree with");
    List<Case> cases = cases();
    Map<String, Case> byFile = new LinkedHashMap<>();
    Map<String, UnitFile> units = new LinkedHashMap<>();
    List<Path> batches = new ArrayList<>();
    int index = 0;
    for (Case c : cases) {
      UnitOption option;
      try {
        option = UnitOption.of(c.section(), c.name(), c.value());
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (index % BATCH == 0) {
        batches.add(Files.createDirectory(dir.resolve("batch" + batches.size())));
      }
      index++;
      String file = write(batches.get(batches.size() - 1), index, option, units);
      byFile.put(file, c);
    }
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (Path batch : batches) {
      messages.putAll(verify(batch));
    }
    List<String> differences = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int differing = 0;
    for (Map.Entry<String, Case> e : byFile.entrySet()) {
      Case c = e.getValue();
      List<String> said = messages.getOrDefault(e.getKey(), List.of());
      boolean systemdRejects = !said.isEmpty();
      List<Problem> problems = Directives.checkUnit(e.getKey(), units.get(e.getKey()), SYSTEMD);
      boolean checkRejects = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
      if (systemdRejects != checkRejects) {
        differing++;
        String known = knownDifference(c);
        seen.add(known == null ? c.key() : known);
        if (known == null) {
          differences.add(c.key() + "  systemd: " + (systemdRejects ? said : "accepts") + "  check: "
              + (checkRejects ? problems : "accepts"));
        }
      }
    }
    int total = byFile.size();
    double agreement = 100.0 * (total - differing) / total;
    Set<String> stale = new TreeMap<>(KNOWN_DIFFERENCES).keySet();
    stale.removeAll(seen);
    assertEquals(List.of(), differences, differences.size() + " unexplained differences of " + total + " cases");
    assertEquals(Set.of(), stale, "known differences that no longer differ");
    assertTrue(agreement >= 98.0, "verdicts agree on " + agreement + " % of " + total + " cases");
  }

  /** The key of {@link #KNOWN_DIFFERENCES} that explains the case, or null. */
  private static String knownDifference(Case c) {
    for (String key : List.of(c.key(), "*." + c.name() + "=" + c.value(), c.section() + "." + c.name() + "=*",
        "*." + c.name() + "=*")) {
      if (KNOWN_DIFFERENCES.containsKey(key)) {
        return key;
      }
    }
    return null;
  }

  /** The cases: per directive of 252, a valid and an invalid value, every enum word, and the edge values. */
  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Catalogue.Entry entry : Catalogue.get().entries()) {
      Directive d = entry.directive();
      if (!SECTIONS.contains(d.section()) || d.since() > SYSTEMD || d.isIgnoredOn(SYSTEMD)) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      values.add(SampleValues.valid(entry));
      values.add(SampleValues.invalid(entry));
      for (String word : d.allowedValues()) {
        if (!word.contains("<")) {
          values.add(word);
        }
      }
      values.add("");
      values.add(HUGE);
      values.add("\\x41");
      for (String value : values) {
        cases.add(new Case(d.section(), d.name(), value));
      }
    }
    return cases;
  }

  /** Writes the case's unit and any unit it needs; returns the file name of the case's unit. */
  private static String write(Path dir, int index, UnitOption option, Map<String, UnitFile> units) throws IOException {
    String id = "c" + index;
    List<UnitOption> options = new ArrayList<>();
    String file;
    switch (option.section()) {
      case "Socket" -> {
        file = id + ".socket";
        if (!option.name().startsWith("Listen")) {
          options.add(UnitOption.of("Socket", "ListenStream", "/run/" + id + ".sock"));
        }
        writeUnit(dir, id + ".service", UnitFile.of(UnitOption.of("Service", "ExecStart", "/bin/true")), null);
      }
      case "Mount" -> {
        file = "tmp-" + id + ".mount";
        if (!option.name().equals("What")) {
          options.add(UnitOption.of("Mount", "What", "tmpfs"));
        }
        if (!option.name().equals("Where")) {
          options.add(UnitOption.of("Mount", "Where", "/tmp/" + id));
        }
      }
      case "Automount" -> {
        file = "tmp-" + id + ".automount";
        if (!option.name().equals("Where")) {
          options.add(UnitOption.of("Automount", "Where", "/tmp/" + id));
        }
      }
      case "Swap" -> {
        file = "dev-" + id + ".swap";
        if (!option.name().equals("What")) {
          options.add(UnitOption.of("Swap", "What", "/dev/" + id));
        }
      }
      case "Timer" -> {
        file = id + ".timer";
        if (!option.name().startsWith("On")) {
          options.add(UnitOption.of("Timer", "OnCalendar", "daily"));
        }
        writeUnit(dir, id + ".service", UnitFile.of(UnitOption.of("Service", "ExecStart", "/bin/true")), null);
      }
      case "Path" -> {
        file = id + ".path";
        if (!option.name().startsWith("Path")) {
          options.add(UnitOption.of("Path", "PathExists", "/tmp"));
        }
        writeUnit(dir, id + ".service", UnitFile.of(UnitOption.of("Service", "ExecStart", "/bin/true")), null);
      }
      case "Slice" -> file = id + ".slice";
      default -> {
        file = id + ".service";
        if (!option.name().equals("ExecStart")) {
          options.add(UnitOption.of("Service", "ExecStart", "/bin/true"));
        }
      }
    }
    options.add(option);
    writeUnit(dir, file, UnitFile.of(options), units);
    return file;
  }

  private static void writeUnit(Path dir, String file, UnitFile unit, Map<String, UnitFile> units) throws IOException {
    Files.writeString(dir.resolve(file), unit.serialize(), StandardCharsets.UTF_8);
    if (units != null) {
      units.put(file, unit);
    }
  }

  /** Runs one {@code systemd-analyze verify} over the units; the messages about each, notices left out. */
  private static Map<String, List<String>> verify(Path dir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(systemdAnalyze(), "verify", "--man=no", "--generators=no"));
    try (var files = Files.list(dir)) {
      files.map(f -> f.getFileName().toString()).sorted().forEach(command::add);
    }
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "systemd-analyze verify did not finish in 120 s");
    Map<String, List<String>> messages = new LinkedHashMap<>();
    String prefix = dir.toString() + "/";
    for (String line : output.split("\n")) {
      if (line.isBlank() || NOTICES.stream().anyMatch(line::contains)) {
        continue;
      }
      String rest = line.startsWith(prefix) ? line.substring(prefix.length()) : line;
      int colon = rest.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String file = rest.substring(0, colon);
      messages.computeIfAbsent(file, k -> new ArrayList<>()).add(rest.substring(colon + 1).trim());
    }
    return messages;
  }

  private static String systemdAnalyze() {
    for (String dir : List.of("/usr/bin", "/bin")) {
      Path p = Path.of(dir, "systemd-analyze");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
