package org.podunits.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.podunits.directive.Directive;
import org.podunits.directive.Directives;
import org.podunits.unit.UnitOption;

/**
 * {@code Directives.check} over every option of rkt's {@code hello.service} from {@link
 * RktUnitFixtures} (358 options: 309 {@code SystemCallFilter=} lines of rkt's default whitelist
 * plus 49 others), with two baselines measured in the same run: {@code Directives.find} of every
 * option (the catalogue lookup alone) and a {@code HashMap} lookup of the same section/name keys.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar 'CheckBenchmark' -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class CheckBenchmark {

  /** The systemd release the checks target. */
  private static final int SYSTEMD = 252;

  private List<UnitOption> options;
  private Map<String, Map<String, String>> baselineMap;

  /** Takes the unit and warms the catalogue, so its one-time load is not measured. */
  @Setup
  public void setUp() {
    options = RktUnitFixtures.helloService();
    if (options.size() != 358) {
      throw new IllegalStateException("the hello.service shape has 358 options, not " + options.size());
    }
    baselineMap = new HashMap<>();
    for (UnitOption o : options) {
      Directive d = Directives.find(o.section(), o.name()).orElseThrow();
      baselineMap.computeIfAbsent(o.section(), s -> new HashMap<>()).put(o.name(), d.name());
    }
  }

  /** The checks under test: every option of the unit. */
  @Benchmark
  public void checkHelloService(Blackhole bh) {
    for (UnitOption o : options) {
      bh.consume(Directives.check(o, SYSTEMD));
    }
  }

  /** Baseline: the catalogue lookup of every option, without checking values. */
  @Benchmark
  public void findHelloService(Blackhole bh) {
    for (UnitOption o : options) {
      bh.consume(Directives.find(o.section(), o.name()));
    }
  }

  /** Baseline: a plain two-level HashMap lookup of the same keys. */
  @Benchmark
  public void hashMapHelloService(Blackhole bh) {
    for (UnitOption o : options) {
      Map<String, String> section = baselineMap.get(o.section());
      bh.consume(section == null ? null : section.get(o.name()));
    }
  }
}
