package org.podunits.pod;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Environment files in the format systemd's {@code EnvironmentFile=} reads ({@code
 * load_env_file}): one {@code NAME=value} line per variable.
 *
 * <p>rkt writes values raw. That parser strips leading and trailing whitespace, opens a quoted
 * value at a leading {@code '} or {@code "}, drops every unquoted {@code \} (and joins the next
 * line after a trailing one), and a raw newline ends the value. A value that would be misread so
 * is written in double quotes with {@code \}, {@code "}, {@code $} and {@code `} backslash-escaped:
 * inside double quotes every systemd release reads exactly those four escapes back as the
 * character, and keeps everything else, newlines included, as it is. Other values stay as rkt
 * writes them.
 */
final class EnvFiles {

  /** rkt's default environment, in the fixed order podunits writes it (rkt's is random). */
  static final List<Map.Entry<String, String>> DEFAULTS = List.of(
      Map.entry("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
      Map.entry("SHELL", "/bin/sh"),
      Map.entry("USER", "root"),
      Map.entry("LOGNAME", "root"),
      Map.entry("HOME", "/root"));

  private EnvFiles() {}

  /**
   * The app's environment file ({@code ComposeEnviron}): each default the app does not set, then
   * the app's variables in order, with {@code AC_APP_NAME} and, when the pod has one, {@code
   * AC_METADATA_URL} set (in place when the app sets them, appended otherwise).
   */
  static byte[] appEnvironment(Pod pod, App app) {
    Map<String, String> environment = new LinkedHashMap<>(app.environment());
    environment.put("AC_APP_NAME", app.name().value());
    if (pod.metadataUrl().isPresent()) {
      environment.put("AC_METADATA_URL", pod.metadataUrl().get());
    }
    StringBuilder out = new StringBuilder(256);
    for (Map.Entry<String, String> variable : DEFAULTS) {
      if (!environment.containsKey(variable.getKey())) {
        line(out, variable.getKey(), variable.getValue());
      }
    }
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      line(out, variable.getKey(), variable.getValue());
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Appends {@code name=value\n}, quoting the value if the parser would misread it raw. */
  static void line(StringBuilder out, String name, String value) {
    out.append(name).append('=');
    if (needsQuoting(value)) {
      out.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' || c == '"' || c == '$' || c == '`') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append('"');
    } else {
      out.append(value);
    }
    out.append('\n');
  }

  /** Whether systemd's parser would read the raw value as something else. */
  static boolean needsQuoting(String value) {
    if (value.isEmpty()) {
      return false;
    }
    if (isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '"' || c == '\'' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
