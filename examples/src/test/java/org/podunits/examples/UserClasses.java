package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.podunits.pod.Pod;

/** Compiles a user's classes against the podunits runtime into a directory, as a user's build would. */
final class UserClasses {

  private UserClasses() {}

  /** Compiles the sources (fully qualified class name → source text) into {@code classes}. */
  static void compile(Path classes, Map<String, String> sources) throws IOException, URISyntaxException {
    Path sourceRoot = Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-src"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
        Path.of(Pod.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(), "--release", "17"));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac.run(null, null, null, args.toArray(new String[0])) == 0, "the test's user classes compile");
  }

  /** A pod of one app built with the runtime API, as a body for a method returning Pod. */
  static final String POD = """
        org.podunits.pod.App app = org.podunits.pod.App.builder("hello")
            .image("example.com/hello")
            .exec("/bin/hello", "--loud")
            .build();
        return org.podunits.pod.Pod.builder(org.podunits.pod.Stage1.of(org.podunits.pod.Stage1.Flavor.COREOS, 252)).app(app).build();
      """;
}
