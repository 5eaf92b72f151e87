package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * systemd 252 accepts every golden pod plan ({@code src/test/resources/golden/pod/<case>/plan.txt},
 * see {@link Golden}), as written on disk, with only the deprecation notes of
 * {@link SystemdVerifier#ALLOWED}. A new golden case is verified as soon as its file exists. A plan
 * without {@code default.target} is an app_add plan and is verified on top of the golden mutable
 * pod.
 */
class GoldenPlansVerifyTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "pod");
  private static final Pattern HEADER = Pattern.compile("=== (\\S+) \\[(unit|link|file)[^\\]]*\\]");
  private static final Path UNITS = SystemdVerifier.STAGE1_ROOTFS.resolve(SystemdVerifier.UNITS);

  /** The golden case of a mutable pod with no apps yet, which app_add plans are added to. */
  private static final String MUTABLE_POD = "mutable";

  @TempDir Path podRoot;

  @BeforeAll
  static void systemdAnalyzeIsInstalled() {
    SystemdVerifier.assumeAvailable();
  }

  static List<String> cases() throws IOException {
    try (Stream<Path> listing = Files.list(GOLDEN)) {
      return listing.filter(dir -> Files.isRegularFile(dir.resolve("plan.txt")))
          .map(dir -> dir.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void systemdAcceptsGoldenPlan(String name) throws IOException {
    List<String> plan = read(name);
    boolean appAdd = plan.stream().noneMatch(line -> line.startsWith("=== " + UNITS.resolve("default.target") + " "));
    if (appAdd) {
      // An app_add plan lands in a mutable pod whose own units are already there.
      writePlan(read(MUTABLE_POD));
    }
    List<String> units = writePlan(plan);
    assertFalse(units.isEmpty(), "golden plan " + name + " holds no unit");
    SystemdVerifier.Report report = SystemdVerifier.verify(podRoot, units);
    assertTrue(report.accepted(), () -> "systemd-analyze verify rejects golden plan " + name + ":\n" + report);
  }

  private static List<String> read(String name) throws IOException {
    return Files.readAllLines(GOLDEN.resolve(name).resolve("plan.txt"), StandardCharsets.UTF_8);
  }

  /** Writes the entries of a golden plan under the pod root; returns the names of its units. */
  private List<String> writePlan(List<String> lines) throws IOException {
    List<String> units = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher header = HEADER.matcher(lines.get(i));
      if (!header.matches()) {
        throw new IOException("golden plan line " + (i + 1) + " is not an entry header: " + lines.get(i));
      }
      int end = i + 1;
      while (end < lines.size() && !HEADER.matcher(lines.get(end)).matches()) {
        end++;
      }
      Path relative = Path.of(header.group(1));
      Path target = podRoot.resolve(relative);
      Files.createDirectories(target.getParent());
      List<String> body = lines.subList(i + 1, end);
      if (header.group(2).equals("link")) {
        Files.createSymbolicLink(target, Path.of(body.get(0).substring("-> ".length())));
      } else {
        Files.writeString(target, String.join("\n", body) + "\n", StandardCharsets.UTF_8);
        if (header.group(2).equals("unit") && UNITS.equals(relative.getParent())) {
          units.add(relative.getFileName().toString());
        }
      }
      i = end;
    }
    return units;
  }
}
