package org.podunits.pod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.podunits.write.UnitSet;

/**
 * The systemd-analyze integration check of DESIGN.md section 6: lays a pod's units out in a pod
 * root, provides what a real stage1 image would (the units rkt's units depend on, and a dummy
 * executable at every {@code Exec*=} path), runs
 * {@code systemd-analyze verify --man=no --generators=no --recursive-errors=yes --root=<stage1 rootfs>}
 * on the pod's units and sorts every line it prints into known deprecation notes (see
 * {@link #ALLOWED}) and problems. Shared by every {@code *VerifyTest}: {@link GoldenPlansVerifyTest}
 * runs it on every golden pod plan.
 *
 * <p>systemd-analyze is Debian's {@code systemd} package; {@link #assumeAvailable()} skips a test
 * where it is missing. It needs no running systemd.
 */
final class SystemdVerifier {

  /** The stage1 rootfs, relative to the pod root: systemd-analyze's {@code --root}. */
  static final Path STAGE1_ROOTFS = Path.of("stage1/rootfs");

  /** The units directory, relative to the stage1 rootfs. */
  static final Path UNITS = Path.of("usr/lib/systemd/system");

  /** How long one verify run may take; a pod's units verify in well under a second. */
  private static final long TIMEOUT_SECONDS = 120;

  /**
   * A message systemd 252 prints for output podunits writes on purpose, and why it is fine.
   *
   * @param pattern the whole line, after the stage1 rootfs path is replaced by {@code <s1>}
   * @param reason why the message does not mean the unit is wrong
   */
  record Allowed(Pattern pattern, String reason) {}

  /**
   * The only messages a verify run may print. Everything else fails the check.
   */
  static final List<Allowed> ALLOWED = List.of(
      new Allowed(Pattern.compile("<s1>/usr/lib/systemd/system/[^:]+\\.service:[0-9]+: Unit uses MemoryLimit=; "
              + "please use MemoryMax= instead\\. Support for MemoryLimit= will be removed soon\\."),
          "podunits keeps rkt's MemoryLimit= for the memory isolator (stage1-units.md section 7 step 14)"
              + " on a stage1 systemd older than 231, which predates MemoryMax=; systemd 252 still"
              + " honours it and only notes the deprecation"),
      new Allowed(Pattern.compile("<s1>/usr/lib/systemd/system/[^:]+\\.service:[0-9]+: Unit uses CPUShares=; "
              + "please use CPUWeight= instead\\. Support for CPUShares= will be removed soon\\."),
          "podunits keeps rkt's CPUShares= for the cpu-shares isolator (stage1-units.md section 7 step 14)"
              + " on a stage1 systemd older than 232, which predates CPUWeight=; systemd 252 still honours it"
              + " and only notes the deprecation"));

  /**
   * Units a stage1 image ships that rkt's units name as dependencies, each with the binary its
   * stub runs. systemd-analyze loads every dependency and fails a unit whose dependency it cannot
   * find, so each one rkt's units name needs a stand-in:
   * <ul>
   *   <li>{@code systemd-journald.service}: app and prepare-app units are ordered after it, and the
   *       mutable default.target requires it;</li>
   *   <li>{@code systemd-journal-flush.service}: the want link every pod gets;</li>
   *   <li>{@code sysusers.service}: every app unit requires it (it creates the gen* users);</li>
   *   <li>{@code supervisor-ready.service}: default.target wants it;</li>
   *   <li>{@code iomux@.service} and {@code ttymux@.service}: apps with stream or tty I/O require an
   *       instance.</li>
   * </ul>
   */
  private static final Map<String, String> STAGE1_UNITS = stage1Units();

  private static Map<String, String> stage1Units() {
    Map<String, String> units = new LinkedHashMap<>();
    units.put("systemd-journald.service", "/usr/lib/systemd/systemd-journald");
    units.put("systemd-journal-flush.service", "/usr/bin/journalctl --flush");
    units.put("sysusers.service", "/usr/bin/systemd-sysusers");
    units.put("supervisor-ready.service", "/usr/bin/systemd-notify --ready");
    units.put("iomux@.service", "/iottymux --action=iomux --app=%i");
    units.put("ttymux@.service", "/iottymux --action=ttymux --app=%i");
    return units;
  }

  private static final Pattern EXEC_LINE = Pattern.compile("Exec[A-Za-z]+=(.*)");
  private static final Pattern ROOT_DIRECTORY_LINE = Pattern.compile("RootDirectory=(.*)");

  /**
   * What one verify run printed, sorted.
   *
   * @param command the command line that ran
   * @param exitCode its exit status
   * @param allowed lines that matched {@link #ALLOWED}
   * @param problems every other line
   */
  record Report(List<String> command, int exitCode, List<String> allowed, List<String> problems) {
    /** Whether systemd found nothing wrong beyond the known deprecation notes. */
    boolean accepted() {
      return problems.isEmpty() && (exitCode == 0 || !allowed.isEmpty());
    }

    @Override
    public String toString() {
      return String.join(" ", command) + "\nexit status " + exitCode + "\nproblems:\n  "
          + String.join("\n  ", problems) + "\nallowed:\n  " + String.join("\n  ", allowed);
    }
  }

  private SystemdVerifier() {}

  /** Skips the calling test, saying why, when systemd-analyze cannot run here. */
  static void assumeAvailable() {
    boolean available;
    try {
      Process process = new ProcessBuilder("systemd-analyze", "--version")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      available = process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      available = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      available = false;
    }
    Assumptions.assumeTrue(available, "systemd-analyze is not installed (Debian package systemd, which"
        + " .ci/run installs), so systemd cannot be asked whether it accepts the units");
  }

  /** Fails the calling test unless systemd accepts {@code units} written to {@code podRoot}. */
  static Report assertAccepted(UnitSet units, Path podRoot) throws IOException {
    Report report = verify(units, podRoot);
    Assertions.assertTrue(report.accepted(), () -> "systemd-analyze verify rejects the units:\n" + report);
    return report;
  }

  /**
   * Writes {@code units} into {@code podRoot} (an empty directory), provides the stage1 image's
   * part, and verifies every unit file of the set.
   */
  static Report verify(UnitSet units, Path podRoot) throws IOException {
    List<String> names = new ArrayList<>();
    Path unitsDir = STAGE1_ROOTFS.resolve(UNITS);
    for (UnitSet.Entry entry : units.entries()) {
      Path target = podRoot.resolve(entry.path());
      Files.createDirectories(target.getParent());
      if (entry instanceof UnitSet.UnitEntry unit) {
        Files.writeString(target, unit.unit().serialize());
        if (entry.path().getParent() != null && entry.path().getParent().equals(unitsDir)) {
          names.add(entry.path().getFileName().toString());
        }
      } else if (entry instanceof UnitSet.LinkEntry link) {
        Files.createSymbolicLink(target, Path.of(link.target()));
      } else {
        UnitSet.FileEntry file = (UnitSet.FileEntry) entry;
        Files.write(target, file.content());
      }
    }
    return verify(podRoot, names);
  }

  /**
   * Verifies the units {@code unitNames} in a pod root already written, after providing the
   * stage1 image's part.
   */
  static Report verify(Path podRoot, List<String> unitNames) throws IOException {
    Path stage1 = podRoot.resolve(STAGE1_ROOTFS).toAbsolutePath();
    Path unitsDir = stage1.resolve(UNITS);
    Files.createDirectories(unitsDir.resolve("default.target.wants"));
    Files.createDirectories(unitsDir.resolve("sockets.target.wants"));
    for (Map.Entry<String, String> unit : STAGE1_UNITS.entrySet()) {
      Path file = unitsDir.resolve(unit.getKey());
      if (Files.notExists(file)) {
        Files.writeString(file, "[Unit]\nDescription=stand-in for the stage1 image's " + unit.getKey()
            + "\nDefaultDependencies=no\n\n[Service]\nType=oneshot\nExecStart=" + unit.getValue() + "\n");
      }
    }
    provideExecutables(stage1, unitsDir);
    return run(stage1, unitNames);
  }

  /**
   * Puts a dummy executable at every {@code Exec*=} path of every unit file. systemd 252's verify
   * looks the path up under {@code --root} and ignores {@code RootDirectory=}, so an app's binary
   * goes there; it also goes into the app rootfs, where the real one lives.
   */
  private static void provideExecutables(Path stage1, Path unitsDir) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(unitsDir)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String rootDirectory = null;
      List<String> binaries = new ArrayList<>();
      for (String line : lines) {
        Matcher root = ROOT_DIRECTORY_LINE.matcher(line);
        if (root.matches()) {
          rootDirectory = root.group(1);
        }
        Matcher exec = EXEC_LINE.matcher(line);
        if (exec.matches()) {
          String binary = argv0(exec.group(1));
          if (binary.startsWith("/") && binary.indexOf('%') < 0) {
            binaries.add(binary);
          }
        }
      }
      for (String binary : binaries) {
        dummyExecutable(stage1, binary);
        if (rootDirectory != null) {
          dummyExecutable(stage1, rootDirectory + binary);
        }
      }
    }
  }

  private static void dummyExecutable(Path stage1, String absolute) throws IOException {
    Path file = stage1.resolve(absolute.substring(1));
    if (Files.exists(file)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\nexit 0\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /**
   * The executable path of an {@code Exec*=} value: its prefixes ({@code -@:+!}) dropped, its first
   * word unquoted with systemd's C escapes, and {@code %%} turned back into {@code %}.
   */
  static String argv0(String value) {
    int start = 0;
    while (start < value.length() && "-@:+!".indexOf(value.charAt(start)) >= 0) {
      start++;
    }
    StringBuilder word = new StringBuilder();
    boolean quoted = start < value.length() && value.charAt(start) == '"';
    for (int i = quoted ? start + 1 : start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted && c == '"' || !quoted && Character.isWhitespace(c)) {
        break;
      }
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        word.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> next;
        });
      } else {
        word.append(c);
      }
    }
    return word.toString().replace("%%", "%");
  }

  private static Report run(Path stage1, List<String> unitNames) throws IOException {
    List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no",
        "--generators=no", "--recursive-errors=yes", "--root=" + stage1));
    command.addAll(unitNames);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().put("SYSTEMD_COLORS", "0");
    builder.environment().put("SYSTEMD_PAGER", "cat");
    builder.environment().put("SYSTEMD_LOG_LOCATION", "0");
    Process process = builder.start();
    String output;
    try (InputStream out = process.getInputStream()) {
      output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while running systemd-analyze", e);
    }
    List<String> allowed = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String line : output.split("\n")) {
      String shown = line.replace(stage1.toString(), "<s1>").strip();
      if (shown.isEmpty()) {
        continue;
      }
      boolean known = ALLOWED.stream().anyMatch(a -> a.pattern().matcher(shown).matches());
      (known ? allowed : problems).add(shown);
    }
    if (process.exitValue() != 0 && allowed.isEmpty() && problems.isEmpty()) {
      problems.add("exit status " + process.exitValue() + " without a message");
    }
    return new Report(command, process.exitValue(), List.copyOf(allowed), List.copyOf(problems));
  }
}
