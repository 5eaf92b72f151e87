package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the catalogue with {@code systemd --dump-configuration-items} of the systemd installed
 * on this machine: every directive it lists in a unit-file section the catalogue covers must be in
 * the catalogue, no newer than that systemd, and of a kind that matches systemd's own type word;
 * every catalogue directive that systemd release should parse must be listed. Differences that
 * are understood are in {@link #KNOWN_DIFFERENCES}, each with its reason.
 *
 * <p>Skipped, with a message, where systemd is not installed; {@code .ci/run} installs it, so CI
 * never skips.
 */
class CatalogueAgreesWithSystemdTest {

  private static final String EXEC_SEARCH_PATH = "systemd calls its colon-separated value one PATH;"
      + " the catalogue records it as a path-list because it holds several paths";

  /** Section.Name of each understood difference, and why it is not a catalogue error. */
  static final Map<String, String> KNOWN_DIFFERENCES = Map.ofEntries(
      Map.entry("Scope.OOMPolicy",
          "the catalogue says 253 (systemd.scope(5) of v262 records OOMPolicy= for scopes from 253), but"
              + " Debian's systemd 252 stable build already parses it; the catalogue keeps the upstream"
              + " release, so a target of 252 gets an error it could live without"),
      Map.entry("Unit.OnSuccessJobMode",
          "systemd's type word MODE here means a job mode (fail, replace, ...), which the catalogue"
              + " records as an enum; MODE elsewhere means a file mode"),
      Map.entry("Unit.OnFailureJobMode",
          "systemd's type word MODE here means a job mode (fail, replace, ...), which the catalogue"
              + " records as an enum; MODE elsewhere means a file mode"),
      Map.entry("Socket.MessageQueueMessageSize",
          "systemd 252 reads it with config_parse_long (LONG); v262 reads a size with K/M/G suffixes"
              + " (config_parse_iec_size_long), which the catalogue records as bytes"),
      Map.entry("Service.ExecSearchPath", EXEC_SEARCH_PATH),
      Map.entry("Socket.ExecSearchPath", EXEC_SEARCH_PATH),
      Map.entry("Mount.ExecSearchPath", EXEC_SEARCH_PATH),
      Map.entry("Swap.ExecSearchPath", EXEC_SEARCH_PATH));

  private static final Pattern VERSION = Pattern.compile("^systemd (\\d+)");

  private static final Map<String, Set<ValueKind>> KINDS_BY_SYSTEMD_TYPE = kindsBySystemdType();

  private static Path systemd;
  private static int version;
  private static Map<String, String> dump;

  @BeforeAll
  static void runSystemd() throws IOException, InterruptedException {
    for (String candidate : List.of("/lib/systemd/systemd", "/usr/lib/systemd/systemd")) {
      if (Files.isExecutable(Path.of(candidate))) {
        systemd = Path.of(candidate);
        break;
      }
    }
    assumeTrue(systemd != null, "systemd is not installed here (no /lib/systemd/systemd), so the "
        + "catalogue cannot be compared with --dump-configuration-items; .ci/run installs it");
    Matcher m = VERSION.matcher(run("--version"));
    assumeTrue(m.find(), "systemd --version did not print a version");
    version = Integer.parseInt(m.group(1));
    dump = parse(run("--dump-configuration-items"));
  }

  @Test
  void everyDirectiveSystemdListsIsInTheCatalogue() {
    List<String> missing = new ArrayList<>();
    for (String key : dump.keySet()) {
      String[] parts = key.split("\\.", 2);
      if (Directives.find(parts[0], parts[1]).isEmpty() && !KNOWN_DIFFERENCES.containsKey(key)) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing, "directives systemd " + version + " lists but the catalogue lacks");
  }

  @Test
  void noDirectiveSystemdListsIsNewerThanIt() {
    List<String> tooNew = new ArrayList<>();
    for (String key : dump.keySet()) {
      String[] parts = key.split("\\.", 2);
      Directives.find(parts[0], parts[1])
          .filter(d -> d.since() > version && !KNOWN_DIFFERENCES.containsKey(key))
          .ifPresent(d -> tooNew.add(key + " (since " + d.since() + ")"));
    }
    assertEquals(List.of(), tooNew, "directives systemd " + version + " parses but the catalogue dates later");
  }

  @Test
  void everyDirectiveThatSystemdShouldParseIsListed() {
    List<String> unlisted = new ArrayList<>();
    for (Directive d : Directives.all()) {
      String key = d.section() + "." + d.name();
      if (d.since() <= version && !d.isIgnoredOn(version) && !dump.containsKey(key)
          && !KNOWN_DIFFERENCES.containsKey(key)) {
        unlisted.add(key);
      }
    }
    assertEquals(List.of(), unlisted, "catalogue directives systemd " + version + " does not list");
  }

  @Test
  void kindsMatchSystemdsTypeWords() {
    List<String> mismatched = new ArrayList<>();
    for (Map.Entry<String, String> item : dump.entrySet()) {
      String[] parts = item.getKey().split("\\.", 2);
      Directive d = Directives.find(parts[0], parts[1]).orElse(null);
      if (d == null || KNOWN_DIFFERENCES.containsKey(item.getKey())) {
        continue;
      }
      if (!kindMatches(d, item.getValue())) {
        mismatched.add(item.getKey() + ": systemd says " + item.getValue() + ", catalogue says " + d.kind());
      }
    }
    assertEquals(List.of(), mismatched, "kinds that disagree with systemd " + version);
  }

  @Test
  void everyKnownDifferenceIsStillADifference() {
    List<String> resolved = new ArrayList<>();
    for (String key : KNOWN_DIFFERENCES.keySet()) {
      String[] parts = key.split("\\.", 2);
      Directive d = Directives.find(parts[0], parts[1]).orElse(null);
      boolean listed = dump.containsKey(key);
      boolean differs = (d == null) == listed
          || (d != null && listed && (d.since() > version || !kindMatches(d, dump.get(key))));
      if (!differs) {
        resolved.add(key);
      }
    }
    assertEquals(List.of(), resolved, "known differences that agree with systemd " + version
        + " now; drop them from KNOWN_DIFFERENCES");
  }

  private static boolean kindMatches(Directive d, String systemdType) {
    Set<ValueKind> expected = KINDS_BY_SYSTEMD_TYPE.get(systemdType);
    boolean booleanEnum = d.kind() == ValueKind.ENUM && d.allowedValues().contains("yes")
        && systemdType.equals("BOOLEAN");
    return expected == null || expected.contains(d.kind()) || booleanEnum;
  }

  private static Map<String, Set<ValueKind>> kindsBySystemdType() {
    Map<String, Set<ValueKind>> map = new LinkedHashMap<>();
    map.put("BOOLEAN", Set.of(ValueKind.BOOL));
    map.put("SECONDS", Set.of(ValueKind.TIMESPAN));
    map.put("NANOSECONDS", Set.of(ValueKind.TIMESPAN));
    for (String unit : List.of("UNIT [...]", "UNIT", "SLICE", "SERVICE", "SOCKETS")) {
      map.put(unit, Set.of(ValueKind.UNIT_LIST));
    }
    map.put("PATH", Set.of(ValueKind.PATH));
    map.put("PATH [...]", Set.of(ValueKind.PATH_LIST));
    map.put("PATH[:PATH[:OPTIONS]] [...]", Set.of(ValueKind.PATH_LIST));
    map.put("PATH [ARGUMENT [...]]", Set.of(ValueKind.EXEC_COMMAND));
    map.put("SIGNAL", Set.of(ValueKind.SIGNAL));
    map.put("MODE", Set.of(ValueKind.MODE));
    map.put("NICE", Set.of(ValueKind.NICE));
    for (String integer : List.of("OOMSCOREADJUST", "INTEGER", "LONG", "IOPRIORITY", "CPUSCHEDPRIO")) {
      map.put(integer, Set.of(ValueKind.INT));
    }
    for (String unsigned : List.of("UNSIGNED", "WEIGHT", "CPUWEIGHT", "SHARES")) {
      map.put(unsigned, Set.of(ValueKind.UNSIGNED));
    }
    map.put("SIZE", Set.of(ValueKind.BYTES));
    map.put("SYSCALLS", Set.of(ValueKind.SYSCALL_FILTER));
    map.put("BOUNDINGSET", Set.of(ValueKind.CAPABILITY_SET));
    map.put("ENVIRON", Set.of(ValueKind.ENVIRONMENT));
    map.put("CONDITION", Set.of(ValueKind.PATH, ValueKind.STRING, ValueKind.BOOL));
    for (String word : List.of("IOCLASS", "CPUSCHEDPOLICY", "OUTPUT", "INPUT", "LEVEL", "FACILITY",
        "KILLMODE", "SERVICETYPE", "SERVICERESTART", "SERVICEEXITTYPE", "ACTION", "POLICY",
        "TIMEOUTMODE", "ACCESS", "TOS")) {
      map.put(word, Set.of(ValueKind.ENUM));
    }
    return map;
  }

  /** Section.Name → systemd's type word, for the sections the catalogue covers. */
  private static Map<String, String> parse(String output) {
    Map<String, String> items = new LinkedHashMap<>();
    String section = null;
    for (String line : output.split("\n")) {
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
      } else if (section != null && line.contains("=") && Catalogue.get().hasSection(section)) {
        int equals = line.indexOf('=');
        items.put(section + "." + line.substring(0, equals), line.substring(equals + 1));
      }
    }
    return items;
  }

  private static String run(String argument) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(systemd.toString(), argument)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assumeTrue(process.waitFor(30, TimeUnit.SECONDS), systemd + " " + argument + " did not finish in 30 s");
    return output;
  }
}
