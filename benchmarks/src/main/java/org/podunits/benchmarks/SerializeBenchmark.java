package org.podunits.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * {@link UnitFile#serialize()} on rkt's 358-option {@code hello.service} (10.4 KB, [Unit] and
 * [Service] options interleaved as rkt appends them) and on a 10-option unit, against two
 * baselines measured in the same run:
 *
 * <ul>
 *   <li>{@code naive*}: the same grouping written the obvious way, a {@code LinkedHashMap} from
 *       section to options and a default-sized {@code StringBuilder}, as go-systemd does it;
 *   <li>{@code join*}: {@code String.join} of the file's lines, already grouped and formatted in
 *       setup, the floor for producing the text as one String.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SerializeBenchmark -f 1 -wi 3 -w 1s -i 5
 * -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerializeBenchmark {

  private UnitFile hello;
  private UnitFile reaper;
  private List<String> helloLines;
  private List<String> reaperLines;

  @Setup
  public void setup() {
    hello = UnitFile.of(RktUnitFixtures.helloService());
    reaper = UnitFile.of(RktUnitFixtures.reaperService());
    helloLines = groupedLines(hello.options());
    reaperLines = groupedLines(reaper.options());
    for (UnitFile file : List.of(hello, reaper)) {
      String text = file.serialize();
      if (!text.equals(naive(file.options())) || !text.equals(String.join("", groupedLines(file.options())))) {
        throw new IllegalStateException("the baselines must write the same text as UnitFile.serialize()");
      }
    }
    if (hello.options().size() != 358) {
      throw new IllegalStateException("hello.service must have 358 options, not " + hello.options().size());
    }
  }

  @Benchmark
  public String serializeHello() {
    return hello.serialize();
  }

  @Benchmark
  public String serializeReaper() {
    return reaper.serialize();
  }

  @Benchmark
  public String naiveHello() {
    return naive(hello.options());
  }

  @Benchmark
  public String naiveReaper() {
    return naive(reaper.options());
  }

  @Benchmark
  public String joinHello() {
    return String.join("", helloLines);
  }

  @Benchmark
  public String joinReaper() {
    return String.join("", reaperLines);
  }

  /** go-systemd's algorithm, written plainly. */
  private static String naive(List<UnitOption> options) {
    Map<String, List<UnitOption>> sections = new LinkedHashMap<>();
    for (UnitOption option : options) {
      sections.computeIfAbsent(option.section(), s -> new ArrayList<>()).add(option);
    }
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Map.Entry<String, List<UnitOption>> section : sections.entrySet()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append('[').append(section.getKey()).append("]\n");
      for (UnitOption option : section.getValue()) {
        out.append(option.name()).append('=').append(option.value()).append('\n');
      }
    }
    return out.toString();
  }

  /** Every line of the file with its newline, blank lines included, in file order. */
  private static List<String> groupedLines(List<UnitOption> options) {
    List<String> lines = new ArrayList<>();
    Map<String, List<UnitOption>> sections = new LinkedHashMap<>();
    for (UnitOption option : options) {
      sections.computeIfAbsent(option.section(), s -> new ArrayList<>()).add(option);
    }
    for (Map.Entry<String, List<UnitOption>> section : sections.entrySet()) {
      if (!lines.isEmpty()) {
        lines.add("\n");
      }
      lines.add("[" + section.getKey() + "]\n");
      for (UnitOption option : section.getValue()) {
        lines.add(option.line() + "\n");
      }
    }
    return lines;
  }
}
