package org.podunits.pod;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks on free text that enters the model, and how it is shown in messages. */
final class Texts {

  private Texts() {}

  /** Shows control characters as escapes, so a message never spans lines. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Returns the value if it holds no control character (newline, tab, NUL, DEL...). */
  static String requireNoControl(String what, String value) {
    requireNonNull(what, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(what + " \"" + printable(value)
            + "\" must not contain control characters such as newlines (found one at index " + i + ")");
      }
    }
    return value;
  }

  /** Returns the value if it holds no NUL, which no file format podunits writes can carry. */
  static String requireNoNul(String what, String value) {
    requireNonNull(what, value);
    int nul = value.indexOf('\0');
    if (nul >= 0) {
      throw new IllegalArgumentException(what + " \"" + printable(value)
          + "\" must not contain a NUL character (found one at index " + nul + ")");
    }
    return value;
  }

  /**
   * Returns the value if it is an absolute path without control characters; it is not cleaned,
   * callers that need rkt's lexical cleaning apply {@link PodLayout#clean}.
   */
  static String requireAbsolutePath(String what, String value) {
    requireNoControl(what, value);
    if (!value.startsWith("/")) {
      throw new IllegalArgumentException(what + " \"" + value + "\" must be an absolute path");
    }
    return value;
  }

  /**
   * An unmodifiable copy of the list, refused with a message naming the list (and the position)
   * if it or one of its elements is null.
   */
  static <T> List<T> copyList(String what, List<T> list) {
    requireNonNull(what, list);
    for (int i = 0; i < list.size(); i++) {
      requireNonNull(what + "[" + i + "]", list.get(i));
    }
    return List.copyOf(list);
  }

  /**
   * An ordered, unmodifiable copy of the map, refused with a message naming the entry if it, a
   * key or a value is null; {@code what} names one entry, as {@code app "web": annotation}.
   */
  static <V> Map<String, V> copyMap(String what, Map<String, V> map) {
    requireNonNull(what + "s", map);
    LinkedHashMap<String, V> copy = new LinkedHashMap<>(map);
    for (Map.Entry<String, V> entry : copy.entrySet()) {
      requireNonNull(what + " name", entry.getKey());
      requireNonNull(what + " " + printable(entry.getKey()), entry.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  static void requireNonNull(String what, Object value) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
  }
}
