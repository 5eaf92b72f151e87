package org.podunits.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * a four-app pod of the same shape, on CoreOS's stage1 with systemd 233. Every invocation writes
 * into a fresh pod root on tmpfs that holds only what the stage1 image provides (the units
 * directory and its two want directories), made and deleted outside the timed part.
 *
 * <ul>
 *   <li>{@code plan}: {@code PodUnits.immutableEnv} alone: the model turned into a {@code UnitSet}.
 *   <li>{@code render}: the plan and every unit serialized to bytes, all a writer has to compute.
 *   <li>{@code planAndWrite}: {@code immutableEnv} then {@code UnitSet.writeTo} (atomic, confined,
 *       all or nothing).
 *   <li>{@code baselineFilesWrite}: the same bytes, rendered once outside the timed part, written
 *       with {@code Files.createDirectories}, {@code Files.write} and {@code
 *       Files.createSymbolicLink}: no atomicity, no rollback, modes as the umask makes them.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PodBenchmark {

  private static final Path TMPFS = Path.of("/dev/shm");

  /** How many apps the pod has. */
  @Param({"1", "4"})
  public int apps;

  private Pod pod;
  private final List<Path> directories = new ArrayList<>();
  private final List<Path> paths = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private final List<String> linkTargets = new ArrayList<>();
  private Path parent;
  private Path root;

  /** Builds the pod and renders its plan once, for the baseline. */
  @Setup(Level.Trial)
  public void preparePod() throws IOException {
    Pod.Builder builder = Pod.builder(Stage1.of("coreos", 233));
    String[] names = {"hello", "second", "third", "fourth"};
    for (int i = 0; i < apps; i++) {
      builder.app(App.builder(names[i]).image("example.com/" + names[i])
          .exec("/bin/" + names[i], "--greeting", "Hi there", "$HOME", "100%").build());
    }
    pod = builder.build();
    parent = Files.createTempDirectory(Files.isDirectory(TMPFS) ? TMPFS : Path.of("/tmp"), "podunits-pod-bench");
    Set<Path> seen = new LinkedHashSet<>();
    for (UnitSet.Entry entry : PodUnits.immutableEnv(pod).entries()) {
      Path directory = entry.path().getParent();
      if (seen.add(directory)) {
        directories.add(directory);
      }
      paths.add(entry.path());
      if (entry instanceof UnitSet.UnitEntry unit) {
        contents.add(unit.unit().serialize().getBytes(StandardCharsets.UTF_8));
        linkTargets.add(null);
      } else if (entry instanceof UnitSet.FileEntry file) {
        contents.add(file.content());
        linkTargets.add(null);
      } else {
        contents.add(null);
        linkTargets.add(((UnitSet.LinkEntry) entry).target());
      }
    }
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
    deleteTree(root);
  }

  /** Removes the parent directory. */
  @TearDown(Level.Trial)
  public void deleteParent() throws IOException {
    deleteTree(parent);
  }

  /** The model turned into a plan. */
  @Benchmark
  public UnitSet plan() {
    return PodUnits.immutableEnv(pod);
  }

  /** The plan, with every unit serialized. */
  @Benchmark
  public long render() {
    long bytes = 0;
    for (UnitSet.Entry entry : PodUnits.immutableEnv(pod).entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        bytes += unit.unit().serialize().length();
      }
    }
    return bytes;
  }

  /** The plan, written into the fresh pod root. */
  @Benchmark
  public Path planAndWrite() throws UnitWriteException {
    PodUnits.immutableEnv(pod).writeTo(root);
    return root;
  }

  /** The baseline: plain writes of pre-rendered bytes. */
  @Benchmark
  public Path baselineFilesWrite() throws IOException {
    for (Path directory : directories) {
      Files.createDirectories(root.resolve(directory));
    }
    for (int i = 0; i < paths.size(); i++) {
      Path path = root.resolve(paths.get(i));
      if (contents.get(i) != null) {
        Files.write(path, contents.get(i));
      } else {
        Files.createSymbolicLink(path, Path.of(linkTargets.get(i)));
      }
    }
    return root;
  }

  private static void deleteTree(Path top) throws IOException {
    if (top == null || !Files.exists(top)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(top)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
