package org.podunits.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.podunits.unit.UnitFile;
import org.podunits.write.UnitSet;
import org.podunits.write.UnitWriteException;
import org.podunits.write.UnitWriter;

/**
 * Writing rkt's one-app pod ({@link OnePodFixture}) into a fresh pod root on tmpfs. Every
 * invocation gets a new pod root holding only the stage1 image's units directory, made and
 * deleted outside the timed part.
 *
 * <ul>
 *   <li>{@code plainFiles}: the baseline. The same bytes, already rendered, written with {@code
 *       Files.createDirectories} (once per distinct parent directory: like the writer, it does
 *       not know which exist), {@code Files.write} and {@code Files.createSymbolicLink}: no
 *       atomicity, no confinement, modes as the umask makes them.
 *   <li>{@code plainFilesRendering}: the baseline, rendering the units in the timed part as any
 *       writer of a {@code UnitSet} must.
 *   <li>{@code atomicFilesRendering}: the cheapest JDK writer that is atomic per file, as the
 *       design requires of every writer: the baseline with each file written under a temporary
 *       name and renamed into place; no confinement, no journal, modes as the umask makes them.
 *   <li>{@code unitSetWriteTo}: {@code UnitSet.writeTo}, all or nothing across a crash too
 *       (journal, staged names, manifest).
 *   <li>{@code unitWriter}: the same steps through a plain {@code UnitWriter} (atomic, confined,
 *       exact modes, no rollback journal).
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteBenchmark {

  private static final Path TMPFS = Path.of("/dev/shm");

  private final UnitSet plan = OnePodFixture.plan();
  private final PlainWrites plain = new PlainWrites(plan);
  private Path parent;
  private Path root;

  /** Makes a parent directory on tmpfs for the pod roots. */
  @Setup(Level.Trial)
  public void makeParent() throws IOException {
    parent = Files.createTempDirectory(Files.isDirectory(TMPFS) ? TMPFS : Path.of("/tmp"),
        "podunits-bench");
  }

  /** A fresh pod root for each invocation. */
  @Setup(Level.Invocation)
  public void freshPodRoot() throws IOException {
    root = OnePodFixture.freshPodRoot(parent);
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

  /** The baseline: plain writes of pre-rendered bytes. */
  @Benchmark
  public Path plainFiles() throws IOException {
    return plain.writeInto(root);
  }

  /** The baseline, rendering each unit in the timed part. */
  @Benchmark
  public Path plainFilesRendering() throws IOException {
    return plain.renderAndWriteInto(plan, root);
  }

  /** The baseline, atomic per file: temporary name, then rename. */
  @Benchmark
  public Path atomicFilesRendering() throws IOException {
    return plain.renderAndWriteAtomicallyInto(plan, root);
  }

  /** {@code UnitSet.writeTo}: confined, exact modes, all or nothing across a crash. */
  @Benchmark
  public Path unitSetWriteTo() throws UnitWriteException {
    plan.writeTo(root);
    return root;
  }

  /** The same steps through a plain {@code UnitWriter}. */
  @Benchmark
  public Path unitWriter() throws UnitWriteException {
    UnitWriter writer = new UnitWriter(root);
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        writer.writeUnit(unit.path(), unit.failure(), unit.unit());
      } else if (entry instanceof UnitSet.FileEntry file) {
        writer.writeFile(file.path(), file.content(), file.mode(), file.failure());
      } else {
        UnitSet.LinkEntry link = (UnitSet.LinkEntry) entry;
        writer.link(link.path(), link.target(), link.failure());
      }
    }
    writer.throwIfFailed();
    return root;
  }

  /** Rendering alone, to show its share. */
  @Benchmark
  public int renderOnly() {
    int bytes = 0;
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        UnitFile file = unit.unit();
        bytes += file.serialize().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }
}
