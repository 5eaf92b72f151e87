package org.podunits.examples;

import org.podunits.directive.Severity;

/**
 * {@code check --format json}: one object with the counts and every problem, stable for CI tools.
 *
 * <pre>
 * {
 *   "systemd": 252, "units": 240, "dropIns": 12, "masked": 6,
 *   "errors": 0, "warnings": 1, "unreadable": 0,
 *   "problems": [
 *     {"file": "/lib/systemd/system/x.service", "line": 9, "severity": "warning", "message": "..."}
 *   ]
 * }
 * </pre>
 *
 * {@code line} is null for a problem with the whole file.
 */
final class CheckJson {

  private CheckJson() {}

  /** The result as JSON text, ending in a newline. */
  static String of(CheckResult result) {
    StringBuilder json = new StringBuilder(256)
        .append("{\n  \"systemd\": ").append(result.systemdVersion)
        .append(",\n  \"units\": ").append(result.units())
        .append(",\n  \"dropIns\": ").append(result.dropIns())
        .append(",\n  \"masked\": ").append(result.maskedUnits())
        .append(",\n  \"errors\": ").append(result.count(Severity.ERROR))
        .append(",\n  \"warnings\": ").append(result.count(Severity.WARNING))
        .append(",\n  \"unreadable\": ").append(result.unreadable())
        .append(",\n  \"problems\": [");
    String separator = "\n    ";
    for (Finding finding : result.findings()) {
      json.append(separator)
          .append("{\"file\": ").append(string(finding.file().toString()))
          .append(", \"line\": ").append(finding.line() > 0 ? Integer.toString(finding.line()) : "null")
          .append(", \"severity\": ").append(string(finding.severityName()))
          .append(", \"message\": ").append(string(finding.message()))
          .append('}');
      separator = ",\n    ";
    }
    return json.append(result.findings().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped (RFC 8259 §7). */
  static String string(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          quoted.append("\\\"");
          break;
        case '\\':
          quoted.append("\\\\");
          break;
        case '\n':
          quoted.append("\\n");
          break;
        case '\t':
          quoted.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }
}
