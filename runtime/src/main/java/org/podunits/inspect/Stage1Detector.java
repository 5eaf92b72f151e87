package org.podunits.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podunits.pod.Stage1;

/**
 * Reads a pod's stage1 flavor and systemd version from its root, as rkt's {@code GetFlavor} does,
 * but with an error instead of a crash on an empty version file, and with a version rkt could not
 * parse (a development build such as {@code master}) kept as {@link Stage1#UNKNOWN_VERSION}.
 */
public final class Stage1Detector {

  /** The command rkt runs to learn the host's systemd version for the {@code host} flavor. */
  static final List<String> SYSTEMCTL_VERSION = List.of("systemctl", "--version");

  private static final String FLAVOR_ERROR = "unable to determine stage1 flavor";
  private static final String VERSION_ERROR = "unable to determine stage1's systemd version";
  private static final String PARSE_ERROR = "error parsing stage1's systemd version";
  private static final String HOST_ERROR = "error finding systemctl version";

  /** How long {@code systemctl --version} may take; it answers at once unless something is wrong. */
  private static final long COMMAND_TIMEOUT_SECONDS = 10;

  /** At most this much of the command's output is read: the version is on its first line. */
  private static final int COMMAND_OUTPUT_LIMIT = 64 * 1024;

  private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern SYSTEMCTL_FIRST_LINE = Pattern.compile("systemd[ \t]+([0-9]+)(?![0-9]).*");

  private Stage1Detector() {}

  /**
   * The stage1 of the pod at {@code podRoot}, read as rkt reads it: the flavor is the target text
   * of the link {@code <podRoot>/stage1/rootfs/flavor}; the systemd version is the release in
   * {@code <podRoot>/stage1/rootfs/systemd-version} (such as {@code v233}; a non-numeric version
   * such as {@code master} is {@link Stage1#UNKNOWN_VERSION}), or for the {@code host} flavor the
   * release that {@code systemctl --version} reports on this machine.
   *
   * @param podRoot the pod's root directory
   * @return the stage1 the pod runs in
   * @throws PodInspectionException if the link is missing or not a flavor name, or the version
   *     file is missing, unreadable, empty or out of range, or {@code systemctl --version} fails;
   *     the message names the file or command, and the cause is chained
   */
  public static Stage1 detect(Path podRoot) throws PodInspectionException {
    Objects.requireNonNull(podRoot, "podRoot");
    return detect(podRoot, SYSTEMCTL_VERSION);
  }

  /**
   * The stage1 of the pod at {@code podRoot}; for the {@code host} flavor the version comes from
   * running {@code hostVersionCommand}, whose first output line must read {@code systemd <n>}.
   */
  static Stage1 detect(Path podRoot, List<String> hostVersionCommand) throws PodInspectionException {
    Path stage1Rootfs = podRoot.resolve("stage1").resolve("rootfs");
    Stage1.Flavor flavor = flavor(stage1Rootfs.resolve("flavor"));
    int version = flavor == Stage1.Flavor.HOST
        ? hostVersion(hostVersionCommand)
        : versionFile(stage1Rootfs.resolve("systemd-version"));
    return Stage1.of(flavor, version);
  }

  private static Stage1.Flavor flavor(Path link) throws PodInspectionException {
    String flavor;
    try {
      flavor = Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      throw new PodInspectionException(FLAVOR_ERROR + ": cannot read the symbolic link " + link, e);
    }
    try {
      return Stage1.Flavor.parse(flavor);
    } catch (IllegalArgumentException e) {
      throw new PodInspectionException(FLAVOR_ERROR + ": the link " + link + " points to \""
          + flavor + "\", which is not a flavor name such as coreos, kvm, src, host or fly", e);
    }
  }

  private static int versionFile(Path file) throws PodInspectionException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PodInspectionException(VERSION_ERROR + ": cannot read " + file, e);
    }
    return parseVersionFile(new String(bytes, StandardCharsets.UTF_8), file);
  }

  /**
   * The release in a {@code systemd-version} file's text: surrounding blanks and line ends are
   * trimmed (rkt trims only spaces and LF; a CRLF file would otherwise read as a development build,
   * the newest version of all), a leading {@code v} is dropped, and what remains is a decimal
   * release. Anything that is not a number is a development build: {@link Stage1#UNKNOWN_VERSION}.
   *
   * @param text the file's content
   * @param file the file, named in errors
   */
  static int parseVersionFile(String text, Path file) throws PodInspectionException {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new PodInspectionException(VERSION_ERROR + ": " + file
          + " is empty; it should hold the systemd release such as v233");
    }
    String number = trimmed.startsWith("v") ? trimmed.substring(1) : trimmed;
    if (!NUMBER.matcher(number).matches()) {
      return Stage1.UNKNOWN_VERSION;
    }
    long release;
    try {
      release = Long.parseLong(number);
    } catch (NumberFormatException e) {
      throw new PodInspectionException(PARSE_ERROR + ": \"" + trimmed + "\" in " + file
          + " is out of range", e);
    }
    if (release < 1 || release >= Stage1.UNKNOWN_VERSION) {
      throw new PodInspectionException(PARSE_ERROR + ": \"" + trimmed + "\" in " + file
          + " is out of range; a systemd release is between 1 and " + (Stage1.UNKNOWN_VERSION - 1));
    }
    return (int) release;
  }

  private static int hostVersion(List<String> command) throws PodInspectionException {
    String shown = String.join(" ", command);
    Process process;
    try {
      process = new ProcessBuilder(command)
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new PodInspectionException(HOST_ERROR + ": cannot run " + shown, e);
    }
    byte[] output;
    boolean finished;
    try (InputStream out = process.getInputStream()) {
      // Waiting before reading bounds the time even if the command hangs with its output open; the
      // pipe buffer holds far more than a version banner.
      finished = process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      output = finished ? out.readNBytes(COMMAND_OUTPUT_LIMIT) : new byte[0];
    } catch (IOException e) {
      throw new PodInspectionException(HOST_ERROR + ": cannot read the output of " + shown, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PodInspectionException(HOST_ERROR + ": interrupted while running " + shown, e);
    } finally {
      process.destroy();
    }
    if (!finished) {
      throw new PodInspectionException(HOST_ERROR + ": " + shown + " did not finish within "
          + COMMAND_TIMEOUT_SECONDS + " seconds");
    }
    if (process.exitValue() != 0) {
      throw new PodInspectionException(HOST_ERROR + ": " + shown + " exited with status "
          + process.exitValue());
    }
    return parseSystemctlVersion(new String(output, StandardCharsets.UTF_8));
  }

  /**
   * The release in the output of {@code systemctl --version}, whose first line reads
   * {@code systemd 252 (252.38-1~deb12u1)}.
   */
  static int parseSystemctlVersion(String output) throws PodInspectionException {
    int end = output.indexOf('\n');
    String firstLine = end < 0 ? output : output.substring(0, end);
    Matcher matcher = SYSTEMCTL_FIRST_LINE.matcher(firstLine);
    if (matcher.matches()) {
      String digits = matcher.group(1);
      if (digits.length() <= 9 && Integer.parseInt(digits) >= 1) {
        return Integer.parseInt(digits);
      }
    }
    throw new PodInspectionException(HOST_ERROR + ": cannot parse version: \"" + firstLine + "\"");
  }
}
