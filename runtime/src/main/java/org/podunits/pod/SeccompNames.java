package org.podunits.pod;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podunits.directive.Suggestions;

/**
 * What a name in a seccomp set may be: a syscall of the pod's architecture (the table {@code
 * syscalls.txt}, generated from the kernel's headers by {@code tools/syscall-table.sh}), one of
 * rkt's wildcards, or one of systemd's groups as {@code @systemd/<group>}, from the systemd release
 * that has it. rkt skipped every other wildcard and wrote every other name; a set of only unknown
 * groups then wrote no filter at all, so podunits refuses them instead.
 */
final class SeccompNames {

  /** rkt's own wildcards. */
  private static final Set<String> WILDCARDS = Set.of(
      "@appc.io/all", "@appc.io/empty", "@docker/default-blacklist", "@docker/default-whitelist",
      "@rkt/default-blacklist", "@rkt/default-whitelist");

  /**
   * systemd's syscall groups, each with the first release that has it, from systemd's own sources
   * (repository systemd/systemd). A release too early lets through a unit whose older systemd logs
   * "Failed to parse system call, ignoring" and filters without the group, so where the sources
   * leave a doubt the later release stands.
   *
   * <ul>
   *   <li>231: NEWS, systemd 231 ("The SystemCallFilter= unit file setting gained support for
   *       pre-defined, named system call filter sets"). The names are those of the first table in
   *       src/shared/seccomp-util.c (the {@code .set_name} array), which pull request #3157 added
   *       before 231; that table also holds {@code @keyring} but does not say which release first
   *       shipped it.
   *   <li>233: NEWS, systemd 233 adds {@code @file-system} (written "@filesystem" there),
   *       {@code @reboot} and {@code @swap}. The seccomp-util.c tables from before
   *       {@code @file-system} already hold {@code @basic-io}, {@code @keyring} and
   *       {@code @resources}, so 233 has them; no NEWS names them and no source pins an earlier
   *       release, so 233 stands for all three.
   *   <li>235: NEWS, systemd 235: {@code @aio}, {@code @sync}, {@code @chown}, {@code @setuid},
   *       {@code @memlock}, {@code @signal}, {@code @timer}.
   *   <li>239: {@code @system-service} came with pull request #8766, opened after 238 was
   *       released; NEWS, systemd 239 announces what it did ("all long-running system services
   *       shipped with systemd will now default to a system call allow list") without naming it.
   *   <li>244: NEWS, systemd 244: {@code @pkey}. 247: NEWS, systemd 247: {@code @known}.
   * </ul>
   *
   * <p>Every group here is in systemd 252's {@code systemd-analyze syscall-filter}, which lists no
   * other.
   */
  private static final Map<String, Integer> SYSTEMD_GROUPS = Map.ofEntries(
      Map.entry("clock", 231), Map.entry("cpu-emulation", 231), Map.entry("debug", 231),
      Map.entry("default", 231), Map.entry("io-event", 231), Map.entry("ipc", 231),
      Map.entry("module", 231), Map.entry("mount", 231), Map.entry("network-io", 231),
      Map.entry("obsolete", 231), Map.entry("privileged", 231), Map.entry("process", 231),
      Map.entry("raw-io", 231),
      Map.entry("basic-io", 233), Map.entry("file-system", 233), Map.entry("keyring", 233),
      Map.entry("reboot", 233), Map.entry("resources", 233), Map.entry("swap", 233),
      Map.entry("aio", 235), Map.entry("chown", 235), Map.entry("memlock", 235), Map.entry("setuid", 235),
      Map.entry("signal", 235), Map.entry("sync", 235), Map.entry("timer", 235),
      Map.entry("system-service", 239), Map.entry("pkey", 244), Map.entry("known", 247));

  /** rkt's name for systemd's {@code @default}, kept so that rkt's pod manifests mean the same. */
  private static final String RKT_DEFAULT_GROUP = "default-whitelist";

  private static final Map<Architecture, Set<String>> SYSCALLS = load();

  private SeccompNames() {}

  /** The group systemd writes for {@code @systemd/<name>}, such as {@code @network-io}, or null. */
  static String systemdGroup(String name) {
    if (name.equals(RKT_DEFAULT_GROUP)) {
      return "@default";
    }
    return SYSTEMD_GROUPS.containsKey(name) ? "@" + name : null;
  }

  /**
   * Records an error at {@code path} if {@code name} is not something a seccomp set on this
   * stage1 and architecture can hold.
   */
  static void check(DiagnosticList out, String path, String name, Stage1 stage1, Architecture architecture) {
    if (!name.startsWith("@")) {
      Set<String> syscalls = SYSCALLS.get(architecture);
      if (!syscalls.contains(name)) {
        String suggestion = Suggestions.closest(name, syscalls);
        out.error(DiagnosticCode.SECCOMP_NAME_UNKNOWN, path, "seccomp name \"" + name + "\" is not a syscall of "
            + architecture.toString().toLowerCase(Locale.ROOT) + (suggestion != null
                ? "; did you mean " + suggestion + "?"
                : "; name a syscall as the kernel does, such as openat, or a group such as @systemd/file-system"));
      }
      return;
    }
    if (WILDCARDS.contains(name)) {
      return;
    }
    if (name.startsWith("@systemd/")) {
      String group = name.substring("@systemd/".length());
      Integer since = group.equals(RKT_DEFAULT_GROUP) ? Integer.valueOf(PlanChecks.SECCOMP_GROUPS_SINCE)
          : SYSTEMD_GROUPS.get(group);
      if (since == null) {
        String suggestion = Suggestions.closest(group, SYSTEMD_GROUPS.keySet());
        out.error(DiagnosticCode.SECCOMP_NAME_UNKNOWN, path, "seccomp name \"" + name + "\" is not a systemd"
            + " syscall group; " + (suggestion != null ? "did you mean @systemd/" + suggestion + "?"
                : "systemd-analyze syscall-filter lists them, such as @systemd/system-service"));
      } else if (since > PlanChecks.SECCOMP_GROUPS_SINCE && !stage1.atLeast(since)) {
        out.error(DiagnosticCode.SECCOMP_GROUP_UNSUPPORTED, path, "seccomp group " + name + " needs systemd "
            + since + " or newer, but the stage1 has systemd " + stage1.systemdVersion()
            + "; name its syscalls instead, or use a newer stage1");
      }
      return;
    }
    List<String> known = new ArrayList<>(WILDCARDS);
    for (String group : SYSTEMD_GROUPS.keySet()) {
      known.add("@systemd/" + group);
    }
    known.sort(null);
    String suggestion = Suggestions.closest(name, known);
    out.error(DiagnosticCode.SECCOMP_NAME_UNKNOWN, path, "seccomp name \"" + name + "\" is not a wildcard rkt or"
        + " systemd knows; " + (suggestion != null ? "did you mean " + suggestion + "?"
            : "use @rkt/default-whitelist, @docker/default-blacklist, @appc.io/all or a group such as"
                + " @systemd/system-service"));
  }

  private static Map<Architecture, Set<String>> load() {
    Map<Architecture, Set<String>> tables = new EnumMap<>(Architecture.class);
    try (InputStream in = SeccompNames.class.getResourceAsStream("syscalls.txt")) {
      if (in == null) {
        throw new IllegalStateException("the resource org/podunits/pod/syscalls.txt is missing from the runtime");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> current = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = new HashSet<>();
          tables.put(Architecture.valueOf(line.substring(1, line.length() - 1)), current);
        } else if (current != null) {
          current.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the runtime resource syscalls.txt", e);
    }
    tables.replaceAll((architecture, names) -> Set.copyOf(names));
    for (Architecture architecture : Architecture.values()) {
      if (!tables.containsKey(architecture)) {
        throw new IllegalStateException("the runtime resource syscalls.txt has no table for " + architecture);
      }
    }
    return tables;
  }
}
