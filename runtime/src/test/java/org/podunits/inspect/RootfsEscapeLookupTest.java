package org.podunits.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.podunits.pod.PodLayout;

/**
 * Laws of {@link RootfsPaths#evaluateInside} over random link farms: whatever the links point
 * at (absolute, relative, climbing with {@code ..}, looping), the result is a clean absolute path
 * that names a file inside the rootfs, and evaluating it again changes nothing.
 */
class RootfsEscapeLookupTest {

  private static final List<String> LINK_PLACES = List.of("l1", "a/l2", "a/b/l3");
  private static final List<String> TARGETS = List.of("/", "..", "../..", "../../../..", "/a", "a/b", "b",
      "/etc", "../../../../../outside", "l1", "/a/b/l3", "/a/l2/..", "missing/x");
  private static final List<String> SEGMENTS = List.of("a", "b", "l1", "l2", "l3", "..", ".", "x", "");

  @Provide
  Arbitrary<List<String>> targets() {
    return Arbitraries.of(TARGETS).list().ofSize(LINK_PLACES.size());
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(8).map(parts -> "/" + String.join("/", parts));
  }

  @Property(tries = 300, seed = "20261129")
  void evaluatedPathIsCleanInsideTheRootfsAndStable(@ForAll("targets") List<String> targets,
      @ForAll("paths") String path) throws IOException {
    Path temp = Files.createTempDirectory("rootfs-law");
    try {
      Path rootfs = Files.createDirectories(temp.resolve("rootfs"));
      Files.createDirectories(rootfs.resolve("a/b"));
      Files.writeString(temp.resolve("outside"), "host file");
      for (int i = 0; i < LINK_PLACES.size(); i++) {
        Files.createSymbolicLink(rootfs.resolve(LINK_PLACES.get(i)), Path.of(targets.get(i)));
      }
      String evaluated;
      try {
        evaluated = RootfsPaths.evaluateInside(rootfs, path);
      } catch (PodInspectionException e) {
        assertTrue(e.getMessage().contains("symbolic links (a loop?)") || e.getMessage().contains("is not a directory"),
            e.getMessage());
        return;
      }
      assertEquals(PodLayout.clean(evaluated), evaluated);
      assertTrue(RootfsPaths.onHost(rootfs, evaluated).normalize().startsWith(rootfs), evaluated);
      assertEquals(evaluated, RootfsPaths.evaluateInside(rootfs, evaluated));
    } finally {
      try (Stream<Path> files = Files.walk(temp)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
