package org.podunits.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The systemd release this machine runs, as {@code systemctl --version} reports it. */
final class HostSystemd {

  /** The command whose first line reads {@code systemd 252 (252.39-1~deb12u2)}. */
  static final List<String> SYSTEMCTL_VERSION = List.of("systemctl", "--version");

  private static final Pattern FIRST_LINE = Pattern.compile("systemd[ \t]+([0-9]{1,9})(?![0-9]).*");
  private static final long TIMEOUT_SECONDS = 10;
  private static final int OUTPUT_LIMIT = 64 * 1024;

  private HostSystemd() {}

  /**
   * The release the command reports.
   *
   * @throws CommandFailure with {@link Main#USAGE} if the command cannot run, fails, or does not
   *     print {@code systemd N} first: the user can give the release instead
   */
  static int version(List<String> command) {
    String shown = String.join(" ", command);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw unknown("cannot run " + shown + " (" + IoMessages.reason(e) + ")", e);
    }
    String output;
    try (InputStream in = process.getInputStream()) {
      process.getOutputStream().close();
      output = new String(in.readNBytes(OUTPUT_LIMIT), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw unknown(shown + " did not finish within " + TIMEOUT_SECONDS + " seconds", null);
      }
    } catch (IOException e) {
      throw unknown("cannot read the output of " + shown + " (" + IoMessages.reason(e) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unknown("interrupted while waiting for " + shown, e);
    } finally {
      process.destroy();
    }
    if (process.exitValue() != 0) {
      throw unknown(shown + " failed with exit status " + process.exitValue(), null);
    }
    String firstLine = output.lines().findFirst().orElse("");
    Matcher matcher = FIRST_LINE.matcher(firstLine);
    if (!matcher.matches()) {
      throw unknown(shown + " printed \"" + Shown.text(firstLine) + "\" where \"systemd N\" was expected", null);
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static CommandFailure unknown(String why, Throwable cause) {
    return new CommandFailure(Main.USAGE, "--systemd auto: " + why
        + "; give the target release instead, such as --systemd 252", cause);
  }
}
