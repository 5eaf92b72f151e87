package org.podunits.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.podunits.pod.App;
import org.podunits.pod.Pod;
import org.podunits.pod.PodLayout;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;
import org.podunits.write.UnitWriteException;

/**
 * The cold path: what a runtime pays for the pods it writes soon after its JVM starts. Run by
 * {@code benchmarks/cold-bench.sh}, which starts a fresh JVM per run and compares the figures with
 * {@code benchmarks/floor.c} writing the same tree.
 *
 * <pre>
 * ColdPods pods APPS COUNT ROOTS   write pod i into ROOTS/i for i &lt; COUNT (the roots exist, each
 *                                  holding the stage1 image's unit directories); print the
 *                                  nanoseconds of each pod, one a line
 * ColdPods warm APPS COUNT PARENT  write COUNT pods, each into a fresh root made and deleted under
 *                                  PARENT outside the timed part; print the median nanoseconds of
 *                                  the last tenth, then the live heap after a full GC and the RSS
 * ColdPods tree APPS DIR           write one pod into DIR: the tree the C floor copies
 * ColdPods phases APPS COUNT ROOTS like pods, but print for each pod the main thread's CPU time
 *                                  (ms) of each phase: model, plan, serialize, write
 * </pre>
 *
 * <p>A timed pod is everything a runtime does for it: build the model ({@link Pod#builder}), plan
 * it ({@link PodUnits#immutableEnv}) and write it ({@code UnitSet.writeTo}). The {@code pods}
 * command touches nothing else before its first pod, so the first figure includes every class the
 * pod loads and every static fact it builds. Results are printed after the last pod, so printing
 * costs nothing inside the loop. {@code phases} reads the thread's CPU time through {@code
 * java.lang.management}, which loads classes of its own before the first pod (some of the method
 * handle machinery among them), so its first pod is a little cheaper than that of {@code pods}.
 * Its {@code serialize} phase renders the plan's units apart, to show that share, and the {@code
 * write} phase renders them again as {@code writeTo} always does: so the write column holds a
 * second (already warmed) rendering, and the four columns add up to more than a pod.
 */
public final class ColdPods {

  private static final String[] NAMES = {"hello", "second", "third", "fourth"};

  private ColdPods() {}

  /**
   * rkt's one-app {@code hello} pod (stage1-units.md §5.1) on CoreOS's stage1 with systemd 233, or a
   * pod of the same shape with up to four apps: the pod {@code PodBenchmark} measures.
   */
  static Pod pod(int apps) {
    Pod.Builder builder = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 233));
    for (int i = 0; i < apps; i++) {
      // concat, not +: an invokedynamic concatenation would charge its bootstrap to the first pod
      builder.app(App.builder(NAMES[i]).image("example.com/".concat(NAMES[i]))
          .exec("/bin/".concat(NAMES[i]), "--greeting", "Hi there", "$HOME", "100%").build());
    }
    return builder.build();
  }

  /** Runs one command; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4 && !(args.length == 3 && args[0].equals("tree"))) {
      throw new IllegalArgumentException("usage: ColdPods pods|warm|phases APPS COUNT DIR, or ColdPods tree APPS DIR");
    }
    int apps = Integer.parseInt(args[1]);
    if (apps < 1 || apps > NAMES.length) {
      throw new IllegalArgumentException("APPS must be 1 to " + NAMES.length + ", not " + apps);
    }
    switch (args[0]) {
      case "pods" -> pods(apps, Integer.parseInt(args[2]), Path.of(args[3]));
      case "warm" -> warm(apps, Integer.parseInt(args[2]), Path.of(args[3]));
      case "phases" -> phases(apps, Integer.parseInt(args[2]), Path.of(args[3]));
      case "tree" -> PodUnits.immutableEnv(pod(apps)).writeTo(Files.createDirectories(Path.of(args[2])));
      default -> throw new IllegalArgumentException("unknown command \"" + args[0] + "\": pods, warm, phases or tree");
    }
  }

  private static void pods(int apps, int count, Path roots) throws UnitWriteException {
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      Path root = roots.resolve(Integer.toString(i));
      long start = System.nanoTime();
      PodUnits.immutableEnv(pod(apps)).writeTo(root);
      nanos[i] = System.nanoTime() - start;
    }
    StringBuilder out = new StringBuilder();
    for (long n : nanos) {
      out.append(n).append('\n');
    }
    System.out.print(out);
  }

  private static void phases(int apps, int count, Path roots) throws UnitWriteException {
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    long[][] nanos = new long[count][4];
    for (int i = 0; i < count; i++) {
      long start = thread.getCurrentThreadCpuTime();
      Pod pod = pod(apps);
      long modelled = thread.getCurrentThreadCpuTime();
      UnitSet plan = PodUnits.immutableEnv(pod);
      long planned = thread.getCurrentThreadCpuTime();
      for (UnitSet.Entry entry : plan.entries()) {
        if (entry instanceof UnitSet.UnitEntry unit) {
          unit.unit().serialize().getBytes(StandardCharsets.UTF_8);
        }
      }
      long serialized = thread.getCurrentThreadCpuTime();
      plan.writeTo(roots.resolve(Integer.toString(i)));
      long written = thread.getCurrentThreadCpuTime();
      nanos[i] = new long[] {modelled - start, planned - modelled, serialized - planned, written - serialized};
    }
    StringBuilder out = new StringBuilder("pod model plan serialize write (ms of CPU)\n");
    for (int i = 0; i < count; i++) {
      out.append(i + 1);
      for (long n : nanos[i]) {
        out.append(' ').append(n / 1000 / 1000.0);
      }
      out.append('\n');
    }
    System.out.print(out);
  }

  private static void warm(int apps, int count, Path parent) throws IOException {
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      Path root = parent.resolve("warm" + i);
      Files.createDirectories(root.resolve(PodLayout.defaultWantsPath()));
      Files.createDirectories(root.resolve(PodLayout.socketsWantsPath()));
      long start = System.nanoTime();
      PodUnits.immutableEnv(pod(apps)).writeTo(root);
      nanos[i] = System.nanoTime() - start;
      PlainWrites.deleteTree(root);
    }
    long[] last = Arrays.copyOfRange(nanos, count - count / 10, count);
    Arrays.sort(last);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long live = memory.getHeapMemoryUsage().getUsed();
    long committed = memory.getHeapMemoryUsage().getCommitted();
    System.out.println(last[last.length / 2]);
    System.out.println(live);
    System.out.println(committed);
    System.out.println(rssKilobytes());
  }

  private static long rssKilobytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.substring(6).replace("kB", "").trim());
      }
    }
    return -1;
  }
}
