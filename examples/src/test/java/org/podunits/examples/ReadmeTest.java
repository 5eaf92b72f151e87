package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.podunits.pod.App;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;

/** The README's example: its pod, written as the README writes it, gives the unit the README shows. */
class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void theReadmesUnitIsWhatItsPodProduces() throws Exception {
    String readme = Files.readString(README);
    App nginx = App.builder("nginx")
        .image("example.com/nginx")
        .exec("/usr/sbin/nginx", "-g", "daemon off;")
        .stdio(IoMode.NULL, IoMode.STREAM, IoMode.STREAM)
        .port("http", Protocol.TCP, 80, true)
        .build();
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252)).hostPort("http", 8080).app(nginx).build();
    String socket = PodUnits.immutableEnv(pod).render().get("stage1/rootfs/usr/lib/systemd/system/nginx.socket");

    for (String line : new String[] {
        "App nginx = App.builder(\"nginx\")\n    .image(\"example.com/nginx\")\n",
        "    .exec(\"/usr/sbin/nginx\", \"-g\", \"daemon off;\")\n",
        "    .stdio(IoMode.NULL, IoMode.STREAM, IoMode.STREAM)\n",
        "    .port(\"http\", Protocol.TCP, 80, true)",
        "Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252)).hostPort(\"http\", 8080).app(nginx).build();\n"}) {
      assertTrue(readme.contains(line), "the README builds the pod this test builds: " + line);
    }
    int start = readme.indexOf("```ini\n") + "```ini\n".length();
    assertEquals(socket, readme.substring(start, readme.indexOf("```", start)));
  }
}
