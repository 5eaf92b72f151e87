package org.podunits.directive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The system call names and {@code @groups} systemd knows ({@code syscalls.txt}, from {@code
 * systemd-analyze syscall-filter} of systemd 252), read once on first use. systemd ignores a
 * {@code SystemCallFilter=} entry it cannot resolve, so an unknown name silently leaves the call
 * unfiltered.
 */
final class SystemCalls {

  private static final String RESOURCE = "syscalls.txt";

  private SystemCalls() {}

  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  /** Whether systemd knows this system call or {@code @group}. */
  static boolean isKnown(String name) {
    return Holder.NAMES.contains(name);
  }

  private static Set<String> load() {
    try (InputStream in = SystemCalls.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the system call list " + RESOURCE + " is missing from the podunits runtime");
      }
      Set<String> names = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(line);
        }
      }
      return Set.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the system call list " + RESOURCE, e);
    }
  }
}
