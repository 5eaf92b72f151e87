package org.podunits.pod;

/** Builds the field paths of {@link Diagnostic}s. */
final class FieldPath {

  private FieldPath() {}

  /** {@code field[key]}, the key quoted unless it is plain. */
  static String keyed(String field, String key) {
    return field + "[" + key(key) + "]";
  }

  /** {@code field[index]}. */
  static String indexed(String field, int index) {
    return field + "[" + index + "]";
  }

  /** {@code apps[name]}: the root of an app's paths. */
  static String app(String name) {
    return keyed("apps", name);
  }

  /** {@code prefix.path}, or either alone when the other is empty; an index joins without a dot. */
  static String join(String prefix, String path) {
    if (prefix.isEmpty()) {
      return path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  /** A key as a path prints it: raw when plain, else quoted with Java escapes; null is {@code ""}. */
  static String key(String key) {
    if (key == null) {
      return "\"\"";
    }
    if (isRaw(key)) {
      return key;
    }
    StringBuilder quoted = new StringBuilder(key.length() + 2).append('"');
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
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
        case '\r':
          quoted.append("\\r");
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * Whether the key is plain ({@code [A-Za-z0-9._/-]+}): a loop rather than a regular expression,
   * which would load the regex engine and its lambdas into a fresh JVM's first pod.
   */
  private static boolean isRaw(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean raw = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '/' || c == '-';
      if (!raw) {
        return false;
      }
    }
    return true;
  }
}
