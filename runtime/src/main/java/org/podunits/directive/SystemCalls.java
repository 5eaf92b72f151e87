package org.podunits.directive;

import java.io.IOException;
import java.io.InputStream;
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

  /*
   * Read whole and cut at newlines: the list is read in a fresh JVM's first check, where a
   * BufferedReader's line loop and a second hashing pass into an immutable copy cost milliseconds
   * of interpreted code. The set is never handed out, so it needs no immutable copy.
   */
  private static Set<String> load() {
    String text;
    try (InputStream in = Catalogue.openResource(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the system call list " + RESOURCE + " is missing from the podunits runtime");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the system call list " + RESOURCE, e);
    }
    Set<String> names = new HashSet<>(1024);
    for (int start = 0; start < text.length();) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start && text.charAt(start) != '#') {
        names.add(text.substring(start, end));
      }
      start = end + 1;
    }
    return names;
  }
}
