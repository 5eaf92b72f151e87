package org.podunits.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where each input of a spec came from, by the runtime's field path ({@code apps[web].exec[0]}):
 * the processor hands the runtime the spec's values in a known order, so each path the runtime
 * reports back names one annotation attribute.
 */
final class SpecLocations {
  private static final Pattern RAW_KEY = Pattern.compile("[A-Za-z0-9._/-]+");

  private final Location spec;
  private final Map<String, Location> byPath = new HashMap<>();
  private final Map<String, String> derivedNames = new HashMap<>();

  SpecLocations(Location spec) {
    this.spec = spec;
  }

  /** The segment {@code name[key]}, with the key quoted as the runtime quotes it. */
  static String segment(String name, Object key) {
    String text = String.valueOf(key);
    return name + "[" + (RAW_KEY.matcher(text).matches() ? text : quote(text)) + "]";
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        case '\b' -> quoted.append("\\b");
        case '\f' -> quoted.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  void put(String path, Location location) {
    byPath.put(path, location);
  }

  /** Records that the app name at {@code path} ({@code apps[x].name}) is derived from {@code method}. */
  void derivedName(String path, String method) {
    derivedNames.put(path, method);
  }

  /** The method an app name at {@code path} is derived from, if it is a derived app name's path. */
  Optional<String> derivedName(String path) {
    return Optional.ofNullable(derivedNames.get(path));
  }

  /**
   * The location of {@code path}, or of the nearest enclosing path known, or the spec itself: a
   * runtime path more precise than any attribute lands on the attribute that holds it.
   */
  Location find(String path) {
    String current = path;
    while (!current.isEmpty()) {
      Location found = byPath.get(current);
      if (found != null) {
        return found;
      }
      current = parent(current);
    }
    return spec;
  }

  private static String parent(String path) {
    int bracket = path.endsWith("]") ? lastOpenBracket(path) : -1;
    int dot = path.lastIndexOf('.', bracket >= 0 ? bracket : path.length());
    int cut = Math.max(bracket, dot);
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private static int lastOpenBracket(String path) {
    boolean quoted = false;
    for (int i = path.length() - 2; i >= 0; i--) {
      char c = path.charAt(i);
      if (c == '"' && (i == 0 || path.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (c == '[' && !quoted) {
        return i;
      }
    }
    return -1;
  }

  /** The spec interface, where problems of the pod as a whole go. */
  Location spec() {
    return spec;
  }
}
