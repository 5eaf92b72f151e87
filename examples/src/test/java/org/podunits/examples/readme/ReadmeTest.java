package org.podunits.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example: its spec is this package's WebPod, and it gives the unit the README shows. */
class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SPEC = Path.of("src/test/java/org/podunits/examples/readme/WebPod.java");

  @Test
  void theReadmesSpecIsTheOneThisTestCompiles() throws Exception {
    String spec = Files.readString(SPEC);
    assertTrue(Files.readString(README).contains(spec.substring(spec.indexOf("@PodSpec"))),
        "README.md shows " + SPEC + " from @PodSpec on");
  }

  @Test
  void theReadmesUnitIsWhatItsSpecProduces() throws Exception {
    String readme = Files.readString(README);
    assertTrue(readme.contains("WebPodUnits.builder().httpHostPort(8080).build().writeTo(podRoot);\n"), readme);
    String socket = WebPodUnits.builder().httpHostPort(8080).build().render()
        .get("stage1/rootfs/usr/lib/systemd/system/nginx.socket");
    int start = readme.indexOf("```ini\n") + "```ini\n".length();
    assertEquals(socket, readme.substring(start, readme.indexOf("```", start)));
  }
}
