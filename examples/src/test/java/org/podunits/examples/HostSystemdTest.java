package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --systemd auto}: reading {@code systemctl --version}, and failing clearly. */
class HostSystemdTest {

  @Test
  void readsTheReleaseFromTheFirstLine() {
    assertEquals(252, HostSystemd.version(List.of("printf", "systemd 252 (252.39-1~deb12u2)\n+PAM +AUDIT\n")));
  }

  @Test
  void aCommandThatFailsSaysHowToGoOn() {
    CommandFailure failure = assertThrows(CommandFailure.class, () -> HostSystemd.version(List.of("false")));
    assertEquals(Main.USAGE, failure.status());
    assertEquals("--systemd auto: false failed with exit status 1; give the target release instead, such as"
        + " --systemd 252", failure.getMessage());
  }

  @Test
  void aMissingCommandSaysHowToGoOn() {
    CommandFailure failure = assertThrows(CommandFailure.class,
        () -> HostSystemd.version(List.of("/nonexistent/systemctl", "--version")));
    assertTrue(failure.getMessage().startsWith("--systemd auto: cannot run /nonexistent/systemctl --version ("),
        failure.getMessage());
  }

  @Test
  void unexpectedOutputIsQuoted() {
    CommandFailure failure = assertThrows(CommandFailure.class,
        () -> HostSystemd.version(List.of("printf", "upstart 1.2\n")));
    assertEquals("--systemd auto: printf upstart 1.2\n printed \"upstart 1.2\" where \"systemd N\" was expected;"
        + " give the target release instead, such as --systemd 252", failure.getMessage());
  }
}
