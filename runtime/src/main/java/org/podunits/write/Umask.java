package org.podunits.write;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process umask: the permission bits that creating a file or directory takes away. Java has
 * no call to read it; Linux shows it in {@code /proc/self/status} (since 4.7). It is read once,
 * because nothing in Java can change a process's umask.
 */
final class Umask {

  private static final byte[] FIELD = "\nUmask:".getBytes(StandardCharsets.US_ASCII);

  /** Enough for the whole status file; the umask is on its second line. */
  private static final int MAX_STATUS_BYTES = 16384;

  /** The umask, or -1 where it cannot be read; then the writer reads back what it creates. */
  static final int VALUE = read(Path.of("/proc/self/status"));

  private Umask() {}

  /**
   * The umask a status file shows, or -1. Read as bytes through a {@link FileInputStream}, whose
   * classes the JVM has loaded at its start: a {@code FileChannel} reading into a heap buffer
   * goes through a temporary direct buffer and more code run in the interpreter, and a {@code
   * Reader} would load a dozen classes of its own, into the first write of every JVM.
   */
  static int read(Path status) {
    byte[] text = new byte[MAX_STATUS_BYTES];
    int length = 0;
    try (FileInputStream in = new FileInputStream(status.toString())) {
      int n;
      while (length < text.length && (n = in.read(text, length, text.length - length)) > 0) {
        length += n; // procfs hands the file over in pieces
      }
    } catch (IOException unreadable) {
      return -1;
    }
    return parse(text, length);
  }

  /** The octal value after {@code Umask:} and blanks at the start of a line, or -1. */
  private static int parse(byte[] text, int length) {
    int at = valueStart(text, length);
    if (at < 0) {
      return -1;
    }
    while (at < length && (text[at] == ' ' || text[at] == '\t')) {
      at++;
    }
    int umask = 0;
    int digits = 0;
    for (; at < length && text[at] >= '0' && text[at] <= '7' && umask <= 0777; at++, digits++) {
      umask = umask * 8 + text[at] - '0';
    }
    boolean lineEnds = at == length || text[at] == '\n';
    return digits > 0 && lineEnds && umask <= 0777 ? umask : -1;
  }

  /**
   * Where the text after the first {@code Umask:} at the start of a line begins, or -1. The first
   * line counts as if a line break preceded it.
   */
  private static int valueStart(byte[] text, int length) {
    for (int start = -1; start + FIELD.length <= length; start++) {
      boolean match = true;
      for (int i = start < 0 ? 1 : 0; i < FIELD.length && match; i++) {
        match = text[start + i] == FIELD[i];
      }
      if (match) {
        return start + FIELD.length;
      }
    }
    return -1;
  }
}
