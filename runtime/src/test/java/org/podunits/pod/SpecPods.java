package org.podunits.pod;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/**
 * Hand-built unit sets shaped like the outputs of stage1-units.md (sections 3.1, 3.2, 5.1, 5.2 and
 * 6), from {@code src/test/resources/verify/<pod>/}: one file per unit, {@code links.txt} with one
 * {@code <path> -> <target>} want link a line (paths relative to the units directory), and a
 * {@code README} that says which part of the spec the pod comes from.
 */
final class SpecPods {

  /** The pods under {@code verify/}. */
  static final List<String> NAMES = List.of("immutable-hello", "mutable-env", "two-apps-full",
      "stream-and-tty", "isolators", "old-systemd-src-v226");

  private static final Path UNITS = SystemdVerifier.STAGE1_ROOTFS.resolve(SystemdVerifier.UNITS);

  private SpecPods() {}

  /** The unit set of the pod {@code name}. */
  static UnitSet load(String name) throws IOException {
    Path directory = directory(name);
    UnitSet.Builder builder = UnitSet.builder();
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.sorted().toList();
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      if (fileName.equals("links.txt") || fileName.equals("README")) {
        continue;
      }
      builder.unit(UNITS.resolve(fileName), parse(Files.readString(file, StandardCharsets.UTF_8)),
          "failed to write " + fileName);
    }
    for (String line : Files.readAllLines(directory.resolve("links.txt"), StandardCharsets.UTF_8)) {
      String[] parts = line.split(" -> ", 2);
      builder.link(UNITS.resolve(parts[0]), parts[1], "failed to link service want");
    }
    return builder.build();
  }

  /** The simple unit texts of the spec: section headers and {@code Name=Value} lines. */
  private static UnitFile parse(String text) {
    List<UnitOption> options = new ArrayList<>();
    String section = null;
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        section = line.substring(1, line.length() - 1);
      } else {
        int equals = line.indexOf('=');
        options.add(new UnitOption(section, line.substring(0, equals), line.substring(equals + 1)));
      }
    }
    return UnitFile.of(options);
  }

  private static Path directory(String name) throws IOException {
    URL url = SpecPods.class.getResource("/verify/" + name);
    if (url == null) {
      throw new IOException("test resource verify/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException("test resource verify/" + name + " has no file path", e);
    }
  }
}
