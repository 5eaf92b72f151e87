package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podunits.write.UnitSet;

/**
 * Golden files of pod plans: {@code src/test/resources/golden/pod/<case>/plan.txt} holds every
 * entry of the plan in order, each as a header line ({@code === <path> [unit 0644]}, {@code [file
 * <mode>]} or {@code [link]}) followed by its exact text (a link's as {@code -> <target>}).
 *
 * <p>Regenerate after a deliberate change with {@code mvn -pl runtime test -Dgolden.update=true},
 * then review the diff: it shows exactly what changed for users.
 */
final class Golden {

  private static final Path ROOT = Path.of("src", "test", "resources", "golden", "pod");

  private Golden() {}

  /** The plan as golden text: entries in plan order, headers naming path, kind and mode. */
  static String text(UnitSet plan) {
    StringBuilder out = new StringBuilder();
    var rendered = plan.render();
    for (UnitSet.Entry entry : plan.entries()) {
      String kind;
      if (entry instanceof UnitSet.UnitEntry) {
        kind = "unit 0644";
      } else if (entry instanceof UnitSet.LinkEntry) {
        kind = "link";
      } else {
        kind = "file 0" + Integer.toOctalString(((UnitSet.FileEntry) entry).mode());
      }
      String content = rendered.get(entry.path().toString());
      out.append("=== ").append(entry.path()).append(" [").append(kind).append("]\n").append(content);
      if (!content.endsWith("\n")) {
        out.append("\n");
      }
    }
    return out.toString();
  }

  /** Asserts the plan equals the golden file of {@code name}, or rewrites it in update mode. */
  static void assertPlan(String name, UnitSet plan) {
    Path file = ROOT.resolve(name).resolve("plan.txt");
    String actual = text(plan);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertTrue(Files.exists(file), "golden file " + file + " is missing; run with -Dgolden.update=true");
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
