package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.podunits.pod.Refusals.assertDiagnostic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pod names {@code @systemd/<group>} from the systemd release that first has the group on: one
 * release earlier it is refused with the release it needs, because the older systemd would drop the
 * unknown group from the filter.
 */
class SeccompGroupReleasesTest {

  /**
   * Every group that came after the groups' introduction in 231, with its first release: systemd's
   * NEWS of 233 (file-system, reboot, swap), 235 (aio, chown, memlock, setuid, signal, sync, timer),
   * 244 (pkey) and 247 (known); basic-io, keyring and resources are in the seccomp-util.c tables from
   * before file-system was added; system-service came with systemd pull request #8766, which 239
   * shipped.
   */
  private static final Map<String, Integer> GROUPS_AFTER_231 = Map.ofEntries(
      Map.entry("basic-io", 233), Map.entry("file-system", 233), Map.entry("keyring", 233),
      Map.entry("reboot", 233), Map.entry("resources", 233), Map.entry("swap", 233),
      Map.entry("aio", 235), Map.entry("chown", 235), Map.entry("memlock", 235), Map.entry("setuid", 235),
      Map.entry("signal", 235), Map.entry("sync", 235), Map.entry("timer", 235),
      Map.entry("system-service", 239), Map.entry("pkey", 244), Map.entry("known", 247));

  private static Pod retaining(int systemdVersion, String... names) {
    return Pods.pod(Stage1.of(Stage1.Flavor.COREOS, systemdVersion), Pods.hello().retainSyscalls(names).build());
  }

  @Test
  void aGroupIsRefusedOneReleaseBeforeItsFirstWithTheReleaseItNeeds() {
    GROUPS_AFTER_231.forEach((group, since) -> {
      List<Diagnostic> refused = PodUnits.check(retaining(since - 1, "@systemd/" + group));
      assertEquals(1, refused.size(), refused::toString);
      assertDiagnostic(DiagnosticCode.SECCOMP_GROUP_UNSUPPORTED, "apps[hello].seccomp.retain[0]", "seccomp group"
          + " @systemd/" + group + " needs systemd " + since + " or newer, but the stage1 has systemd " + (since - 1)
          + "; name its syscalls instead, or use a newer stage1", refused.get(0));
    });
  }

  @Test
  void aGroupIsAcceptedFromItsFirstRelease() {
    GROUPS_AFTER_231.forEach((group, since) ->
        assertEquals(List.of(), PodUnits.check(retaining(since, "@systemd/" + group)), group));
  }

  @Test
  void keyringIsWrittenFromSystemd233() {
    assertEquals(List.of("@keyring"), Pods.serviceValues(
        PodUnits.immutableEnv(retaining(233, "@systemd/keyring")), "hello", "SystemCallFilter"));
  }

  @Test
  void everyGroupOfSystemd252IsAcceptedOnSystemd252() throws IOException {
    List<String> names = new ArrayList<>();
    for (String group : systemd252Groups()) {
      names.add("@systemd/" + group);
    }
    assertFalse(names.isEmpty(), "the directive resource syscalls.txt lists no group");
    assertEquals(List.of(), PodUnits.check(retaining(252, names.toArray(String[]::new))));
  }

  /** The groups of Debian 12's systemd 252, from the runtime's resource of its syscall-filter output. */
  private static List<String> systemd252Groups() throws IOException {
    List<String> groups = new ArrayList<>();
    InputStream in = SeccompGroupReleasesTest.class.getResourceAsStream("/org/podunits/directive/syscalls.txt");
    assertNotNull(in, "the runtime resource org/podunits/directive/syscalls.txt is missing");
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("@")) {
          groups.add(line.substring(1));
        }
      }
    }
    return groups;
  }
}
