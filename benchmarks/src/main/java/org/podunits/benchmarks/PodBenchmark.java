package org.podunits.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.podunits.pod.App;
import org.podunits.pod.Pod;
import org.podunits.pod.PodLayout;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;
import org.podunits.write.UnitWriteException;

/**
 * Turning a pod into its stage1 files: rkt's one-app pod ({@code hello}, stage1-units.md §5.1) and
 * a four-app pod of the same shape, on CoreOS's stage1 with systemd 233.
 *
 * <ul>
 *   <li>{@code plan}: {@code PodUnits.immutableEnv} alone: the model turned into a {@code UnitSet}.
 *   <li>{@code render}: the plan and every unit serialized to bytes, all a writer has to compute.
 *   <li>{@code planAndWrite}: {@code immutableEnv} then {@code UnitSet.writeTo} (atomic, confined,
 *       all or nothing) into a fresh pod root.
 *   <li>{@code writeOnly}: {@code UnitSet.writeTo} of a plan made outside the timed part.
 *   <li>{@code baselineFilesWrite}: the same bytes, rendered once outside the timed part, written
 *       with {@code Files.createDirectories}, {@code Files.write} and {@code
 *       Files.createSymbolicLink}: no atomicity, no rollback, modes as the umask makes them.
 * </ul>
 *
 * <p>Each writing invocation gets a fresh pod root on tmpfs that holds only what the stage1 image
 * provides (the units directory and its two want directories), made and deleted outside the timed
 * part; {@code plan} and {@code render} run without that per-invocation fixture.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PodBenchmark {

  /** The pod, its plan, and the plan's bytes for the baseline. */
  @State(Scope.Thread)
  public static class PodState {
    /** How many apps the pod has. */
    @Param({"1", "4"})
    public int apps;

    Pod pod;
    UnitSet planned;
    PlainWrites plain;

    /** Builds the pod and renders its plan once. */
    @Setup(Level.Trial)
    public void preparePod() {
      Pod.Builder builder = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 233));
      String[] names = {"hello", "second", "third", "fourth"};
      for (int i = 0; i < apps; i++) {
        builder.app(App.builder(names[i]).image("example.com/" + names[i])
            .exec("/bin/" + names[i], "--greeting", "Hi there", "$HOME", "100%").build());
      }
      pod = builder.build();
      planned = PodUnits.immutableEnv(pod);
      plain = new PlainWrites(planned);
    }
  }

  /** A fresh pod root on tmpfs for every invocation. */
  @State(Scope.Thread)
  public static class RootState {
    private static final Path TMPFS = Path.of("/dev/shm");

    Path parent;
    Path root;

    /** Makes the parent directory on tmpfs. */
    @Setup(Level.Trial)
    public void makeParent() throws IOException {
      parent = Files.createTempDirectory(Files.isDirectory(TMPFS) ? TMPFS : Path.of("/tmp"), "podunits-pod-bench");
    }

    /** A fresh pod root holding the stage1 image's unit directories. */
    @Setup(Level.Invocation)
    public void freshPodRoot() throws IOException {
      root = Files.createTempDirectory(parent, "pod");
      Files.createDirectories(root.resolve(PodLayout.defaultWantsPath()));
      Files.createDirectories(root.resolve(PodLayout.socketsWantsPath()));
    }

    /** Removes the invocation's pod root. */
    @TearDown(Level.Invocation)
    public void deletePodRoot() throws IOException {
      PlainWrites.deleteTree(root);
    }

    /** Removes the parent directory. */
    @TearDown(Level.Trial)
    public void deleteParent() throws IOException {
      PlainWrites.deleteTree(parent);
    }
  }

  /** The model turned into a plan. */
  @Benchmark
  public UnitSet plan(PodState state) {
    return PodUnits.immutableEnv(state.pod);
  }

  /** The plan, with every unit serialized. */
  @Benchmark
  public long render(PodState state) {
    long bytes = 0;
    for (UnitSet.Entry entry : PodUnits.immutableEnv(state.pod).entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        bytes += unit.unit().serialize().length();
      }
    }
    return bytes;
  }

  /** The plan, written into the fresh pod root. */
  @Benchmark
  public Path planAndWrite(PodState state, RootState root) throws UnitWriteException {
    PodUnits.immutableEnv(state.pod).writeTo(root.root);
    return root.root;
  }

  /** A plan made outside the timed part, written: the writer's share of {@code planAndWrite}. */
  @Benchmark
  public Path writeOnly(PodState state, RootState root) throws UnitWriteException {
    state.planned.writeTo(root.root);
    return root.root;
  }

  /** The baseline: plain writes of pre-rendered bytes. */
  @Benchmark
  public Path baselineFilesWrite(PodState state, RootState root) throws IOException {
    return state.plain.writeInto(root.root);
  }
}
