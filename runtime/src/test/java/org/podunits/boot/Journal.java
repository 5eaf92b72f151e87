package org.podunits.boot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a booted pod's journal, read from {@code journalctl -o export}: text fields as
 * {@code NAME=value} lines, binary-safe fields as {@code NAME}, a little-endian 64-bit length and
 * the bytes; a blank line ends an entry.
 */
final class Journal {

  private static final String HEX_REPORT = "podunits-report ";

  private final List<Map<String, String>> entries;

  private Journal(List<Map<String, String>> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Parses journalctl's export format. */
  static Journal parseExport(byte[] export) {
    List<Map<String, String>> entries = new ArrayList<>();
    Map<String, String> entry = new LinkedHashMap<>();
    int i = 0;
    while (i < export.length) {
      int end = indexOf(export, (byte) '\n', i);
      if (end < 0) {
        end = export.length;
      }
      if (end == i) {
        if (!entry.isEmpty()) {
          entries.add(entry);
          entry = new LinkedHashMap<>();
        }
        i = end + 1;
        continue;
      }
      String line = new String(export, i, end - i, StandardCharsets.UTF_8);
      int equals = line.indexOf('=');
      if (equals >= 0) {
        entry.put(line.substring(0, equals), line.substring(equals + 1));
        i = end + 1;
      } else {
        long length = ByteBuffer.wrap(export, end + 1, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        int start = end + 9;
        entry.put(line, new String(export, start, (int) length, StandardCharsets.UTF_8));
        i = start + (int) length + 1;
      }
    }
    if (!entry.isEmpty()) {
      entries.add(entry);
    }
    return new Journal(entries);
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Every entry in journal order. */
  List<Map<String, String>> entries() {
    return entries;
  }

  /**
   * The reports of the recording programs, in the order they ran: native entries, or the hex line
   * a recorder writes on stdout where the journal's socket is out of its view.
   */
  List<Map<String, String>> reports() {
    List<Map<String, String>> reports = new ArrayList<>();
    for (Map<String, String> entry : entries) {
      String message = entry.getOrDefault("MESSAGE", "");
      if ("podunits-boot".equals(entry.get("SYSLOG_IDENTIFIER")) && entry.containsKey("PODUNITS_PROGRAM")) {
        reports.add(entry);
      } else if (message.startsWith(HEX_REPORT)) {
        // A report written on stdout because the journal's socket was out of the app's view.
        reports.add(hexReport(message));
      }
    }
    return reports;
  }

  /** A report that a recorder wrote as one hex line ({@code podunits-report <hex>}). */
  static Map<String, String> hexReport(String line) {
    return parseExport(HexFormat.of().parseHex(line.substring(HEX_REPORT.length()).trim())).entries().get(0);
  }

  /** The reports among lines of text, such as what a stdio stream received. */
  static List<Map<String, String>> hexReports(String text) {
    return text.lines().map(line -> line.replace("\r", "")).filter(line -> line.startsWith(HEX_REPORT))
        .map(Journal::hexReport).toList();
  }

  /** The messages of the pod's service manager (PID 1) at warning level or above. */
  List<String> managerWarnings() {
    return entries.stream()
        .filter(e -> "1".equals(e.get("_PID")) && "systemd".equals(e.get("SYSLOG_IDENTIFIER")))
        .filter(e -> Integer.parseInt(e.getOrDefault("PRIORITY", "6")) <= 4)
        .map(e -> e.get("MESSAGE"))
        .toList();
  }

  /** The messages of the pod's service manager (PID 1). */
  List<String> managerMessages() {
    return entries.stream()
        .filter(e -> "1".equals(e.get("_PID")) && "systemd".equals(e.get("SYSLOG_IDENTIFIER")))
        .map(e -> e.getOrDefault("MESSAGE", ""))
        .toList();
  }
}
