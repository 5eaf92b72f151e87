package org.podunits.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.podunits.processor.PodSpecProcessor;

/**
 * The compiles of {@link ProcessorCompileBenchmark} timed in CPU time of the compiling thread,
 * interleaved round by round in one JVM: for a machine shared with other work, where wall-clock
 * times mostly measure the wait for a core. javac runs in the calling thread, so its CPU time is
 * the compile's work (the JIT and the collector run in threads of their own). A fourth compile
 * separates the cost of the generated code: the specs and the builders the processor generated
 * for them, compiled without annotation processing.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.podunits.benchmarks.ProcessorCompileCpu [rounds]} (30 rounds by default). The first half of
 * the rounds warm javac up and are not counted; each compile's minimum and median over the rest
 * are printed, with the ratio to {@code javacWithoutProcessor} of the same round.
 */
public final class ProcessorCompileCpu {
  private ProcessorCompileCpu() {}

  /** A compile to time. */
  private interface Compile {
    void run() throws IOException;
  }

  /**
   * Runs the compiles and prints their figures.
   *
   * @param args the number of rounds, optional
   * @throws IOException if javac cannot read or write a file
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    ProcessorCompileBenchmark compiles = new ProcessorCompileBenchmark();
    compiles.setUp();
    List<JavaFileObject> generated = compiles.compile(new PodSpecProcessor(), List.of());
    Map<String, Compile> cases = new LinkedHashMap<>();
    cases.put("javacWithoutProcessor", () -> compiles.compile(null, List.of()));
    cases.put("javacWithIdleProcessor", () -> compiles.compile(new ProcessorCompileBenchmark.IdleProcessor(), List.of()));
    cases.put("javacWithProcessor", () -> compiles.compile(new PodSpecProcessor(), List.of()));
    cases.put("generatedBuildersWithoutProcessor", () -> compiles.compile(null, generated));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      double baseline = 0;
      for (Map.Entry<String, Compile> compile : cases.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        compile.getValue().run();
        double spent = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        if (baseline == 0) {
          baseline = spent;
        }
        if (round >= rounds / 2) {
          millis.computeIfAbsent(compile.getKey(), key -> new ArrayList<>()).add(spent);
          ratios.computeIfAbsent(compile.getKey(), key -> new ArrayList<>()).add(spent / baseline);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %8s%n", "compile of 100 specs", "min ms", "median ms", "ratio");
    for (String name : cases.keySet()) {
      List<Double> times = sorted(millis.get(name));
      System.out.printf(Locale.ROOT, "%-34s %10.1f %10.1f %7.2fx%n", name, times.get(0), median(times),
          median(sorted(ratios.get(name))));
    }
  }

  private static List<Double> sorted(List<Double> values) {
    List<Double> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }

  private static double median(List<Double> sorted) {
    return sorted.get(sorted.size() / 2);
  }
}
