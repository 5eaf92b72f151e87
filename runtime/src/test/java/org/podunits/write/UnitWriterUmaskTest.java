package org.podunits.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Modes come out exact whatever the process umask. A JVM cannot change its own umask, so each case
 * starts a child JVM under {@code sh -c 'umask ...'} that runs {@link UmaskProbe}.
 */
class UnitWriterUmaskTest {

  @TempDir Path root;

  @ParameterizedTest
  @ValueSource(strings = {"077", "027", "000", "022", "002"})
  void modesAreExactUnderAnyUmask(String umask) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh to set a child's umask");
    Process child = new ProcessBuilder("/bin/sh", "-c", "umask \"$0\" && exec \"$@\"", umask,
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), UmaskProbe.class.getName(), root.toString())
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish in time");
    assertEquals(0, child.exitValue(), output);

    Map<String, Integer> expected = Map.of(
        "units", 0755, "units/new", 0755, "units/new/wants", 0755,
        "units/new/halt.target", 0644, "units/new/sysusers.conf", 0640, "tool", 0755,
        "units/env", 0644);
    expected.forEach((path, mode) ->
        assertEquals(Integer.toOctalString(mode), Integer.toOctalString(Trees.mode(root.resolve(path))),
            "umask " + umask + ": " + path));
  }

  @Test
  void umaskIsReadFromTheStatusFile(@TempDir Path temp) throws IOException {
    Path status = Files.writeString(temp.resolve("status"),
        "Name:\tjava\nUmask:\t0027\nState:\tR (running)\n");

    assertEquals(027, Umask.read(status));
  }

  @Test
  void umaskIsReadFromTheFirstLineAndNotFromAnotherFieldsName(@TempDir Path temp)
      throws IOException {
    Path status = Files.writeString(temp.resolve("status"), "Umask:\t0002\nXUmask:\t0077\n");

    assertEquals(02, Umask.read(status));
  }

  @Test
  void umaskIsUnknownWhenItsValueIsNotOctal(@TempDir Path temp) throws IOException {
    Path status = Files.writeString(temp.resolve("status"), "Name:\tjava\nUmask:\t0028\n");

    assertEquals(-1, Umask.read(status));
  }

  @Test
  void umaskIsUnknownWithoutAStatusLine(@TempDir Path temp) throws IOException {
    Path status = Files.writeString(temp.resolve("status"), "Name:\tjava\n");

    assertEquals(-1, Umask.read(status));
    assertEquals(-1, Umask.read(temp.resolve("missing")));
  }
}
