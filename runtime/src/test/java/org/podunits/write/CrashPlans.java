package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * Two plans that differ in every way a re-render can (files replaced, added, left as they were,
 * mode changed; links added, retargeted, dropped; directories only one plan needs), and the child
 * JVM that {@link WriteToCrashTest} kills: it writes them in turn into one pod root until killed.
 */
final class CrashPlans {

  static final Path UNITS = Path.of("stage1/rootfs/usr/lib/systemd/system");
  static final Path WANTS = UNITS.resolve("default.target.wants");

  private CrashPlans() {}

  /** The first plan. */
  static UnitSet first() {
    return UnitSet.builder()
        .unit(UNITS.resolve("default.target"), unit("Wants", "web.service"), "failed default")
        .unit(UNITS.resolve("web.service"), unit("Description", "web, first"), "failed web")
        .unit(UNITS.resolve("log.service"), unit("Description", "log"), "failed log")
        .file(Path.of("stage1/rootfs/rkt/env/web"), "A=1\n".getBytes(UTF_8), 0644, "failed env")
        .file(Path.of("stage1/rootfs/rkt/env/log"), "B=2\n".getBytes(UTF_8), 0600, "failed env")
        .file(Path.of("stage1/rootfs/opt/first/only/tool"), new byte[] {1, 2}, 04755, "failed tool")
        .link(WANTS.resolve("web.service"), "../web.service", "failed link")
        .link(WANTS.resolve("log.service"), "../log.service", "failed link")
        .build();
  }

  /** The second plan. */
  static UnitSet second() {
    return UnitSet.builder()
        .unit(UNITS.resolve("default.target"), unit("Wants", "batch.service"), "failed default")
        .unit(UNITS.resolve("web.service"), unit("Description", "web, second"), "failed web")
        .unit(UNITS.resolve("batch.service"), unit("Description", "batch"), "failed batch")
        .file(Path.of("stage1/rootfs/rkt/env/web"), "A=1\n".getBytes(UTF_8), 0644, "failed env")
        .file(Path.of("stage1/rootfs/rkt/env/log"), "B=2\n".getBytes(UTF_8), 0640, "failed env")
        .file(Path.of("stage1/rootfs/opt/second/a/b/data"), new byte[] {3}, 0644, "failed data")
        .link(WANTS.resolve("web.service"), "../batch.service", "failed link")
        .link(WANTS.resolve("batch.service"), "../batch.service", "failed link")
        .build();
  }

  /** A pod root as a stage1 image leaves it, with a file podunits did not write. */
  static void prepare(Path root) throws Exception {
    Files.createDirectories(root.resolve(WANTS));
    Files.write(root.resolve(UNITS.resolve("systemd-journald.service")), new byte[] {9});
  }

  private static UnitFile unit(String name, String value) {
    return UnitFile.of(UnitOption.of("Unit", name, value));
  }

  /**
   * The child: {@code <scratch directory>}. It writes both plans once in its scratch directory, so
   * that its classes are loaded, prints {@code ready}, reads two pod roots from a line of standard
   * input and writes the two plans into them in turn until it is killed: into the first as
   * {@link UnitSet#writeTo(Path)} does, into the second durably, in a thread of its own.
   */
  public static void main(String[] args) throws Exception {
    UnitSet first = first();
    UnitSet second = second();
    Path scratch = Path.of(args[0]);
    prepare(scratch);
    second.writeTo(scratch);
    first.writeTo(scratch);
    System.out.println("ready");
    System.out.flush();
    String[] roots = new BufferedReader(new InputStreamReader(System.in, UTF_8)).readLine()
        .split(" ");
    Thread durable = new Thread(() -> alternate(first, second, Path.of(roots[1]),
        WriteOptions.DEFAULT.withDurability(true)));
    durable.start();
    alternate(first, second, Path.of(roots[0]), WriteOptions.DEFAULT);
  }

  private static void alternate(UnitSet first, UnitSet second, Path root, WriteOptions options) {
    try {
      while (true) {
        second.writeTo(root, options);
        first.writeTo(root, options);
      }
    } catch (UnitWriteException e) {
      throw new IllegalStateException(e);
    }
  }
}
