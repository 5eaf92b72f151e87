package org.podunits.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process umask: the permission bits that creating a file or directory takes away. Java has
 * no call to read it; Linux shows it in {@code /proc/self/status} (since 4.7). It is read once,
 * because nothing in Java can change a process's umask.
 */
final class Umask {

  /** The umask, or -1 where it cannot be read; then the writer reads back what it creates. */
  static final int VALUE = read(Path.of("/proc/self/status"));

  private Umask() {}

  static int read(Path status) {
    try (BufferedReader reader = Files.newBufferedReader(status)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("Umask:")) {
          int umask = Integer.parseInt(line.substring("Umask:".length()).trim(), 8);
          return umask >= 0 && umask <= 0777 ? umask : -1;
        }
      }
      return -1;
    } catch (IOException | NumberFormatException unreadable) {
      return -1;
    }
  }
}
