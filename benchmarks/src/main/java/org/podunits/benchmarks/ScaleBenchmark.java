package org.podunits.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.podunits.directive.Directives;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitFormatException;

/**
 * The unit model and the checks on 1 MB inputs, to show their cost is linear in the input:
 *
 * <ul>
 *   <li>{@code manySections}: 77,778 sections {@code [S<n>]} of one option each (1.0 MB), the
 *       shape that made serialize, hashCode and equals quadratic;
 *   <li>{@code unknownDirectives}: one {@code [Service]} section of 1 MB of distinct misspelt
 *       directive names, each of which costs a "did you mean" search over the catalogue.
 * </ul>
 *
 * <p>The baseline, in the same run, is encoding the same text to UTF-8 bytes: one linear pass over
 * the megabyte that any reader of the file pays.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar 'ScaleBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ScaleBenchmark {

  /** The section count of the issue that reported the quadratic cost. */
  static final int SECTIONS = 77_778;

  private static final int SYSTEMD = 252;

  private String manySectionsText;
  private UnitFile manySections;
  private UnitFile manySectionsAgain;
  private String unknownDirectivesText;

  /** Builds both inputs and warms the catalogue, so its one-time load is not measured. */
  @Setup
  public void setUp() throws UnitFormatException {
    StringBuilder sections = new StringBuilder();
    for (int i = 0; i < SECTIONS; i++) {
      sections.append(i == 0 ? "" : "\n").append("[S").append(i).append("]\nA=b\n");
    }
    manySectionsText = sections.toString();
    manySections = UnitFile.parse(manySectionsText);
    manySectionsAgain = UnitFile.parse(manySectionsText);
    if (manySections.sections().size() != SECTIONS || !manySections.serialize().equals(manySectionsText)) {
      throw new IllegalStateException("the many-sections fixture does not round-trip");
    }
    StringBuilder unknown = new StringBuilder("[Service]\n");
    for (int i = 0; unknown.length() < 1_000_000; i++) {
      unknown.append("ExecStrat").append(letters(i)).append("=/bin/true\n");
    }
    unknownDirectivesText = unknown.toString();
    Directives.find("Service", "ExecStart");
  }

  /** {@code i} in base 26 as lower-case letters, so every name is a distinct word. */
  private static String letters(int i) {
    StringBuilder b = new StringBuilder();
    int n = i;
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }

  @Benchmark
  public String serializeManySections() {
    return manySections.serialize();
  }

  @Benchmark
  public int hashCodeManySections() {
    return manySections.hashCode();
  }

  @Benchmark
  public boolean equalsManySections() {
    return manySections.equals(manySectionsAgain);
  }

  @Benchmark
  public Object parseAndCheckManySections() throws UnitFormatException {
    return Directives.checkUnit("many.service", UnitFile.parse(manySectionsText), SYSTEMD);
  }

  @Benchmark
  public Object parseAndCheckUnknownDirectives() throws UnitFormatException {
    return Directives.checkUnit("unknown.service", UnitFile.parse(unknownDirectivesText), SYSTEMD);
  }

  /** Baseline: one linear pass over the many-sections text. */
  @Benchmark
  public byte[] baselineEncodeManySections() {
    return manySectionsText.getBytes(StandardCharsets.UTF_8);
  }

  /** Baseline: one linear pass over the unknown-directives text. */
  @Benchmark
  public byte[] baselineEncodeUnknownDirectives() {
    return unknownDirectivesText.getBytes(StandardCharsets.UTF_8);
  }
}
