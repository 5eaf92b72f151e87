package org.podunits.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@link GeneratedBuildBenchmark}'s two builds timed in CPU time of the building thread, in
 * alternating blocks in one JVM: for a machine shared with other work, where wall-clock times
 * mostly measure the wait for a core.
 *
 * <p>Run with {@code java -cp benchmarks/target/benchmarks.jar
 * org.podunits.benchmarks.GeneratedBuildCpu}: 40 pairs of blocks of 5,000 builds each, the first 10
 * pairs as warm-up; it prints each build's fastest block per build and the median of the pairs'
 * ratios.
 */
public final class GeneratedBuildCpu {
  private static final int BUILDS = 5_000;
  private static final int PAIRS = 40;
  private static final int WARM_UP_PAIRS = 10;

  private GeneratedBuildCpu() {}

  /** Keeps each build's result reachable, so that no build is optimized away. */
  private static volatile Object built;

  /**
   * Runs the blocks and prints the figures.
   *
   * @param args none
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    GeneratedBuildBenchmark builds = new GeneratedBuildBenchmark();
    long fastestGenerated = Long.MAX_VALUE;
    long fastestHandBuilt = Long.MAX_VALUE;
    List<Double> ratios = new ArrayList<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < BUILDS; i++) {
        built = builds.generatedBuilder();
      }
      long middle = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < BUILDS; i++) {
        built = builds.handBuilt();
      }
      long end = threads.getCurrentThreadCpuTime();
      if (pair >= WARM_UP_PAIRS) {
        fastestGenerated = Math.min(fastestGenerated, middle - start);
        fastestHandBuilt = Math.min(fastestHandBuilt, end - middle);
        ratios.add((double) (middle - start) / (end - middle));
      }
    }
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "generatedBuilder %.1f us, handBuilt %.1f us (fastest blocks), ratio %.3f;"
        + " median ratio of the pairs %.3f%n", fastestGenerated / 1e3 / BUILDS, fastestHandBuilt / 1e3 / BUILDS,
        (double) fastestGenerated / fastestHandBuilt, ratios.get(ratios.size() / 2));
  }
}
