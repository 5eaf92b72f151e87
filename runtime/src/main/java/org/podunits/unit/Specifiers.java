package org.podunits.unit;

import java.util.Objects;

/**
 * systemd's {@code %} specifiers, such as {@code %n} or {@code %I}, which systemd resolves in
 * many settings ({@code Description=}, paths, {@code Environment=}, exec lines).
 */
public final class Specifiers {

  private Specifiers() {}

  /**
   * Escapes every {@code %} as {@code %%}, so systemd reads the text literally in a setting that
   * resolves specifiers. Exec lines get this from {@link ExecCommand#quote(java.util.List)}.
   *
   * @param text any text
   * @return the text with each {@code %} doubled; the same instance when it holds no {@code %}
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    int first = text.indexOf('%');
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    out.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '%') {
        out.append('%');
      }
    }
    return out.toString();
  }
}
