package org.podunits.unit;

/**
 * One {@code Name=Value} line of a unit file, in its section.
 *
 * <p>Every instance is valid: the constructor refuses anything that would not read back as the
 * same option, or that could add a line or a section to the file. A section name is non-empty and
 * holds no {@code [}, {@code ]}, control character, quote or backslash (systemd refuses a header
 * with those as "Bad characters in section header"); an option name matches {@code
 * [A-Za-z0-9_-]+}; a value holds no LF, CR or NUL, does not end with a lone {@code \} (an odd run of
 * backslashes, which systemd reads as joining the next line to it; {@code \\} is an escaped
 * backslash and fine), has no leading or trailing space or TAB (systemd would strip it), and the
 * serialized line {@code Name=Value} fits in systemd's {@value #MAX_LINE_BYTES}-byte {@code
 * LONG_LINE_MAX}. Lines of 2048 bytes or more are fine here: only systemd releases before 235 split
 * them, and the version-aware checks of {@code org.podunits.directive} refuse them for those
 * targets ({@link #lineBytes()}). Section and
 * value are UTF-8 that systemd accepts: no unpaired surrogate and no Unicode noncharacter
 * (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF), which systemd refuses as "not UTF-8 clean".
 *
 * @param section the section the option belongs to, such as {@code Service}
 * @param name the option name, such as {@code ExecStart}
 * @param value the value, verbatim; escaping for the option's meaning is the caller's job
 */
public record UnitOption(String section, String name, String value) {

  /**
   * The longest serialized line, in bytes of UTF-8, without its newline: systemd's {@code
   * LONG_LINE_MAX} (1 MiB), beyond which systemd 235 and newer refuse to load the unit.
   */
  public static final int MAX_LINE_BYTES = 1024 * 1024;

  /**
   * Validates the option.
   *
   * @throws IllegalArgumentException naming the section, the name and what is wrong
   * @throws NullPointerException if any part is null
   */
  public UnitOption {
    if (section == null || name == null || value == null) {
      throw new NullPointerException(
          "unit option " + section + "/" + name + "=" + value + ": section, name and value must not be null");
    }
    checkSection(section, name);
    checkName(section, name);
    checkValue(section, name, value);
  }

  /** Creates an option; reads better than the constructor in long lists. */
  public static UnitOption of(String section, String name, String value) {
    return new UnitOption(section, name, value);
  }

  /** The option as it appears in a unit file, without the newline: {@code Name=Value}. */
  public String line() {
    return name + '=' + value;
  }

  /** The length of {@link #line()} in bytes of UTF-8, as systemd measures it. */
  public int lineBytes() {
    return name.length() + 1 + utf8Length(value);
  }

  /**
   * Checks a section name on its own, as the constructor does.
   *
   * @throws IllegalArgumentException naming the section and what is wrong with it
   */
  static void checkSectionName(String section) {
    checkSection(section, null);
  }

  private static void checkSection(String section, String name) {
    if (isUnitTypeSection(section)) {
      return;
    }
    if (section.isEmpty()) {
      throw invalid(section, name, "section name is empty");
    }
    boolean ascii = true;
    for (int i = 0; i < section.length(); i++) {
      char c = section.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        continue;
      }
      if (c >= 0x80) {
        ascii = false;
        continue;
      }
      if (c == '[' || c == ']') {
        throw invalid(section, name, "section name contains '" + c + "' at index " + i);
      }
      if (c == '"' || c == '\'' || c == '\\') {
        throw invalid(section, name, "section name contains '" + c + "' at index " + i
            + ", which systemd refuses in a section header");
      }
      if (isControl(c)) {
        throw invalid(section, name, "section name contains " + describe(c) + " at index " + i);
      }
    }
    if (!ascii) {
      checkUtf8(section, name, section, "section name");
    }
    if ((ascii ? section.length() : utf8Length(section)) + 2 > MAX_LINE_BYTES) {
      throw invalid(section, name, "section header is longer than systemd's limit of " + MAX_LINE_BYTES + " bytes");
    }
  }

  /**
   * Whether the section is one of those systemd's unit types hold, as nearly every option's is. A
   * switch finds it by the string's hash (which a literal keeps) and one comparison, where the
   * checks below look at each character; a JVM's first pods run them interpreted, for hundreds of
   * options in a pod.
   */
  private static boolean isUnitTypeSection(String section) {
    switch (section) {
      case "Unit":
      case "Install":
      case "Service":
      case "Socket":
      case "Mount":
      case "Automount":
      case "Swap":
      case "Path":
      case "Timer":
      case "Slice":
      case "Scope":
        return true;
      default:
        return false;
    }
  }

  private static void checkName(String section, String name) {
    if (name.isEmpty()) {
      throw invalid(section, name, "option name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (!ok) {
        throw invalid(section, name, "option name contains " + describe(c) + " at index " + i
            + "; only A-Z, a-z, 0-9, '_' and '-' are allowed");
      }
    }
  }

  /*
   * Every unit line podunits writes is checked, 309 of them for the default seccomp filter alone,
   * so the checks of a section and a value look at each character once: an ASCII text (the usual
   * case) needs neither the UTF-8 pass nor the UTF-8 length.
   */
  private static void checkValue(String section, String name, String value) {
    int length = value.length();
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        ascii = false;
      } else if (c == '\n' || c == '\r' || c == '\0') {
        throw invalid(section, name, "value contains " + describe(c) + " at index " + i
            + ", which would end the line");
      }
    }
    if (length > 0) {
      char first = value.charAt(0);
      char last = value.charAt(length - 1);
      if (first == ' ' || first == '\t') {
        throw invalid(section, name, "value starts with " + describe(first) + ", which systemd would strip");
      }
      if (last == ' ' || last == '\t') {
        throw invalid(section, name, "value ends with " + describe(last) + ", which systemd would strip");
      }
      if (last == '\\' && endsWithOddBackslashRun(value)) {
        throw invalid(section, name, "value ends with a lone '\\', which would join the next line to it;"
            + " write \\\\ for a backslash");
      }
    }
    if (!ascii) {
      checkUtf8(section, name, value, "value");
    }
    long lineBytes = (long) name.length() + 1 + (ascii ? length : utf8Length(value));
    if (lineBytes > MAX_LINE_BYTES) {
      throw invalid(section, name, "line is " + lineBytes + " bytes, longer than systemd's limit of "
          + MAX_LINE_BYTES + "; write a long list as repeated options");
    }
  }

  /** Whether the value ends in an odd run of backslashes: systemd pairs them, and a lone last one continues the line. */
  private static boolean endsWithOddBackslashRun(String value) {
    int run = 0;
    for (int i = value.length() - 1; i >= 0 && value.charAt(i) == '\\'; i--) {
      run++;
    }
    return run % 2 == 1;
  }

  private static void checkUtf8(String section, String name, String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0xd800) {
        continue;
      }
      int codePoint = c;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        codePoint = Character.toCodePoint(c, text.charAt(i + 1));
      } else if (Character.isSurrogate(c)) {
        throw invalid(
            section, name, what + " has an unpaired surrogate at index " + i + " and cannot be written as UTF-8");
      }
      if (!SystemdText.isValidCodePoint(codePoint)) {
        throw invalid(section, name, what + " contains the noncharacter " + String.format("U+%04X", codePoint)
            + " at index " + i + ", which systemd refuses as not UTF-8 clean");
      }
      i += Character.charCount(codePoint) - 1;
    }
  }

  /** UTF-8 length of a string whose surrogates are known to be paired. */
  static int utf8Length(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c)) {
          bytes += 2;
          i++;
        } else {
          bytes += 2;
        }
      }
    }
    return bytes;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7f;
  }

  private static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    switch (c) {
      case '\n':
        return "a newline (" + code + ")";
      case '\r':
        return "a carriage return (" + code + ")";
      case '\0':
        return "a NUL (" + code + ")";
      case '\t':
        return "a TAB (" + code + ")";
      case ' ':
        return "a space";
      default:
        if (c < 0x20 || c == 0x7f) {
          return "control character " + code;
        }
        return SystemdText.printable(String.valueOf(c)).length() == 1 ? "'" + c + "' (" + code + ")" : "character " + code;
    }
  }

  /** An error naming the section, and the option unless only the section was checked. */
  private static IllegalArgumentException invalid(String section, String name, String reason) {
    String where = name == null
        ? "unit section [" + SystemdText.printable(section) + "]"
        : "unit option [" + SystemdText.printable(section) + "] " + SystemdText.printable(name);
    return new IllegalArgumentException(where + ": " + reason);
  }
}
