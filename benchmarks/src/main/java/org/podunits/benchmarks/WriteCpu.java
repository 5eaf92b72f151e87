package org.podunits.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.podunits.write.UnitSet;
import org.podunits.write.UnitWriteException;

/**
 * The writer's processor time, which stays meaningful on a machine whose cores other work shares
 * (wall time then measures the waiting as well): {@link WriteBenchmark}'s {@code unitSetWriteTo}
 * and its baseline {@code plainFilesRendering}, in turn, each into a fresh pod root made and
 * deleted outside the measured part, timed by the thread's CPU time (user and system).
 *
 * <pre>
 * WriteCpu COUNT   write the pod COUNT times each way; print the medians of the second half,
 *                  in µs, and their ratio
 * </pre>
 */
public final class WriteCpu {

  private WriteCpu() {}

  /** Runs the comparison; see the class comment. */
  public static void main(String[] args) throws IOException, UnitWriteException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: WriteCpu COUNT");
    }
    int count = Integer.parseInt(args[0]);
    UnitSet plan = OnePodFixture.plan();
    PlainWrites plain = new PlainWrites(plan);
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    Path parent = Files.createTempDirectory(
        Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of("/tmp"), "write-cpu");
    long[] writeTo = new long[count];
    long[] baseline = new long[count];
    try {
      for (int i = 0; i < count; i++) {
        Path root = OnePodFixture.freshPodRoot(parent);
        long start = thread.getCurrentThreadCpuTime();
        plan.writeTo(root);
        writeTo[i] = thread.getCurrentThreadCpuTime() - start;
        PlainWrites.deleteTree(root);
        root = OnePodFixture.freshPodRoot(parent);
        start = thread.getCurrentThreadCpuTime();
        plain.renderAndWriteInto(plan, root);
        baseline[i] = thread.getCurrentThreadCpuTime() - start;
        PlainWrites.deleteTree(root);
      }
    } finally {
      PlainWrites.deleteTree(parent);
    }
    double write = secondHalfMedian(writeTo) / 1e3;
    double base = secondHalfMedian(baseline) / 1e3;
    System.out.printf("unitSetWriteTo %.1f us, plainFilesRendering %.1f us, ratio %.2f%n",
        write, base, write / base);
  }

  private static long secondHalfMedian(long[] nanos) {
    long[] warm = Arrays.copyOfRange(nanos, nanos.length / 2, nanos.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }
}
