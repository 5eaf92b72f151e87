package org.podunits.unit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Unit names: their escaping, as {@code systemd-escape} of systemd 252 does it, and their
 * validation, as systemd's {@code unit_name_is_valid} does it.
 *
 * <p>The four escaping operations answer what {@code systemd-escape}, {@code systemd-escape -p},
 * {@code systemd-escape -u} and {@code systemd-escape -u -p} answer, and refuse what they refuse,
 * with {@link IllegalArgumentException}. They are also stricter in four places, each where the
 * tool's answer could not be reversed: {@link #pathEscape} refuses what {@code systemd-escape -p}
 * only warns about (an empty or relative path, or one of 4096 bytes or more); the unescapes refuse
 * {@code \x00}, where the tool silently cuts the result short, and sequences that do not decode to
 * UTF-8, which a Java string cannot hold; and every operation refuses a NUL or an unpaired
 * surrogate, which no command line can carry.
 */
public final class UnitNames {

  /** systemd's {@code UNIT_NAME_MAX} is 256 with the terminating NUL. */
  public static final int MAX_NAME_LENGTH = 255;

  /** {@code PATH_MAX} with its NUL: a path of this many bytes or more is not valid. */
  private static final int PATH_MAX = 4096;

  /** {@code NAME_MAX}: the longest path component. */
  private static final int NAME_MAX = 255;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private UnitNames() {}

  /**
   * Escapes a string for use in a unit name, as {@code systemd-escape} does: {@code /} becomes
   * {@code -}; a leading {@code .} and every UTF-8 byte outside {@code [A-Za-z0-9:_.]} become
   * {@code \xHH} (two lowercase hex digits). {@code ü} → {@code \xc3\xbc}, {@code my-app} →
   * {@code my\x2dapp}.
   *
   * @throws IllegalArgumentException if the string holds a NUL or an unpaired surrogate
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    byte[] bytes = utf8(text, "escape");
    StringBuilder out = new StringBuilder(bytes.length + 16);
    appendEscaped(out, bytes, 0, bytes.length);
    return out.toString();
  }

  /**
   * Escapes an absolute file system path for use in a unit name, as {@code systemd-escape -p}
   * does: redundant, leading and trailing {@code /} and {@code .} components are dropped, the rest
   * is {@link #escape escaped}, and the root becomes {@code -}. {@code /opt/stage2/my-app/rootfs} →
   * {@code opt-stage2-my\x2dapp-rootfs}.
   *
   * @throws IllegalArgumentException if the path is empty, relative, has a {@code ..} component or
   *     a component longer than 255 bytes, is 4096 bytes or longer, or holds a NUL or an unpaired
   *     surrogate
   */
  public static String pathEscape(String path) {
    Objects.requireNonNull(path, "path");
    byte[] bytes = utf8(path, "escape the path");
    if (bytes.length == 0) {
      throw new IllegalArgumentException("cannot escape the path \"\": it is empty, not an absolute file system path");
    }
    if (bytes[0] != '/') {
      throw badPath(path, "is not an absolute file system path");
    }
    if (bytes.length >= PATH_MAX) {
      throw badPath(path, "is " + bytes.length + " bytes long; a file system path has at most " + (PATH_MAX - 1));
    }
    // The simplified path, without its leading '/', joined in place: never longer than the input.
    byte[] simplified = new byte[bytes.length];
    int size = 0;
    int i = 0;
    while (i < bytes.length) {
      while (i < bytes.length && bytes[i] == '/') {
        i++;
      }
      int end = i;
      while (end < bytes.length && bytes[end] != '/') {
        end++;
      }
      int length = end - i;
      if (length > NAME_MAX) {
        throw badPath(path, "has a component of " + length + " bytes; a component has at most " + NAME_MAX);
      }
      boolean dot = length == 1 && bytes[i] == '.';
      boolean dotDot = length == 2 && bytes[i] == '.' && bytes[i + 1] == '.';
      if (dotDot) {
        throw badPath(path, "is not a normalized file system path: it has a \"..\" component");
      }
      if (length > 0 && !dot) {
        if (size > 0) {
          simplified[size++] = '/';
        }
        System.arraycopy(bytes, i, simplified, size, length);
        size += length;
      }
      i = end;
    }
    if (size == 0) {
      return "-";
    }
    StringBuilder out = new StringBuilder(size + 16);
    appendEscaped(out, simplified, 0, size);
    return out.toString();
  }

  /**
   * Reverses {@link #escape}, as {@code systemd-escape -u} does: {@code -} becomes {@code /} and
   * every {@code \xHH} (either case) its byte; the bytes are read as UTF-8.
   *
   * @throws IllegalArgumentException if a {@code \} is not followed by {@code x} and two hex
   *     digits, if an escape is {@code \x00}, if the bytes are not UTF-8, or if the text holds a
   *     NUL or an unpaired surrogate
   */
  public static String unescape(String escaped) {
    Objects.requireNonNull(escaped, "escaped");
    return unescape(escaped, "unescape");
  }

  /**
   * Reverses {@link #pathEscape}, as {@code systemd-escape -u -p} does: {@code -} alone is the root,
   * anything else is {@link #unescape unescaped} and prefixed with {@code /}, and the result must
   * be a normalized absolute path. {@code opt-stage2-my\x2dapp-rootfs} → {@code
   * /opt/stage2/my-app/rootfs}.
   *
   * @throws IllegalArgumentException if {@link #unescape} refuses the text, if it is empty, or if
   *     the result is not a normalized path (a leading or trailing {@code -}, {@code --}, a
   *     {@code .} or {@code ..} component, a component over 255 bytes, 4096 bytes or more)
   */
  public static String pathUnescape(String escaped) {
    Objects.requireNonNull(escaped, "escaped");
    if (escaped.isEmpty()) {
      throw new IllegalArgumentException("cannot unescape \"\" as a path: it is empty; the root is \"-\"");
    }
    if (escaped.equals("-")) {
      return "/";
    }
    String unescaped = unescape(escaped, "unescape as a path");
    String path = "/" + unescaped;
    if (unescaped.startsWith("/") || unescaped.endsWith("/")) {
      throw badEscapedPath(escaped, path, "it would start or end with '/'");
    }
    int bytes = UnitOption.utf8Length(path);
    if (bytes >= PATH_MAX) {
      throw badEscapedPath(escaped, path, "it is " + bytes + " bytes long, over " + (PATH_MAX - 1));
    }
    int start = 1;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      String component = path.substring(start, end);
      if (component.isEmpty()) {
        throw badEscapedPath(escaped, path, "it has an empty component");
      }
      if (component.equals(".") || component.equals("..")) {
        throw badEscapedPath(escaped, path, "it has a \"" + component + "\" component");
      }
      if (UnitOption.utf8Length(component) > NAME_MAX) {
        throw badEscapedPath(escaped, path, "it has a component longer than " + NAME_MAX + " bytes");
      }
      start = end + 1;
    }
    return path;
  }

  /**
   * Whether systemd accepts this as a unit name: a prefix of {@code [A-Za-z0-9:_.\-]}, optionally
   * {@code @} and an instance of the same characters (empty for a template), then a known type
   * suffix such as {@code .service}; at most {@value #MAX_NAME_LENGTH} characters. Unlike systemd,
   * which lets an instance hold further {@code @}, only one {@code @} is allowed.
   */
  public static boolean isValid(String name) {
    return name != null && problem(name) == null;
  }

  /**
   * Checks a unit name as {@link #isValid} does.
   *
   * @return the name
   * @throws IllegalArgumentException naming the name and what is wrong with it
   */
  public static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    String problem = problem(name);
    if (problem != null) {
      throw new IllegalArgumentException("unit name \"" + SystemdText.printable(name) + "\" " + problem);
    }
    return name;
  }

  /** What is wrong with a unit name, or null if nothing is. */
  static String problem(String name) {
    if (name.isEmpty()) {
      return "is empty";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return "is " + name.length() + " characters long; a unit name has at most " + MAX_NAME_LENGTH;
    }
    int dot = name.lastIndexOf('.');
    if (dot < 0 || UnitType.ofSuffix(name.substring(dot)).isEmpty()) {
      return "does not end with a unit type suffix such as .service, .socket or .target";
    }
    if (dot == 0) {
      return "has nothing before its suffix";
    }
    int at = -1;
    for (int i = 0; i < dot; i++) {
      char c = name.charAt(i);
      if (c == '@') {
        if (at >= 0) {
          return "has a second '@' at index " + i + "; only one is allowed";
        }
        if (i == 0) {
          return "starts with '@'; the prefix before '@' must not be empty";
        }
        at = i;
      } else if (!isNameChar(c)) {
        return "contains " + describe(c) + " at index " + i
            + "; only A-Z, a-z, 0-9, ':', '-', '_', '.', '\\' and one '@' are allowed"
            + " (escape the text with UnitNames.escape)";
      }
    }
    return null;
  }

  /** The characters systemd allows in a unit name besides {@code @}. */
  static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == ':' || c == '-' || c == '_' || c == '.' || c == '\\';
  }

  private static String describe(char c) {
    if (c < 0x20 || c == 0x7f) {
      return String.format("control character U+%04X", (int) c);
    }
    if (SystemdText.printable(String.valueOf(c)).length() != 1) {
      return String.format("character U+%04X", (int) c);
    }
    return String.format("'%c' (U+%04X)", c, (int) c);
  }

  private static void appendEscaped(StringBuilder out, byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      if (b == '/') {
        out.append('-');
      } else if ((b == '.' && i == from) || !isPlain(b)) {
        out.append('\\').append('x').append(HEX[b >> 4]).append(HEX[b & 0xf]);
      } else {
        out.append((char) b);
      }
    }
  }

  /** The bytes {@code systemd-escape} keeps as they are. */
  private static boolean isPlain(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
        || b == ':' || b == '_' || b == '.';
  }

  private static String unescape(String escaped, String action) {
    byte[] in = utf8(escaped, action);
    byte[] out = new byte[in.length];
    int size = 0;
    for (int i = 0; i < in.length; i++) {
      byte b = in[i];
      if (b == '-') {
        out[size++] = '/';
      } else if (b == '\\') {
        int high = i + 2 < in.length ? hexDigit(in[i + 2]) : -1;
        int low = i + 3 < in.length ? hexDigit(in[i + 3]) : -1;
        if (i + 1 >= in.length || in[i + 1] != 'x' || high < 0 || low < 0) {
          throw new IllegalArgumentException("cannot " + action + " \"" + SystemdText.printable(escaped)
              + "\": the '\\' at byte " + i + " does not start an escape \\xHH with two hex digits");
        }
        int value = high << 4 | low;
        if (value == 0) {
          throw new IllegalArgumentException("cannot " + action + " \"" + SystemdText.printable(escaped)
              + "\": the escape \\x00 at byte " + i + " is a NUL, which no name or path can hold");
        }
        out[size++] = (byte) value;
        i += 3;
      } else {
        out[size++] = b;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out, 0, size))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("cannot " + action + " \"" + SystemdText.printable(escaped)
          + "\": its escapes decode to bytes that are not UTF-8", e);
    }
  }

  private static int hexDigit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  /** The UTF-8 bytes of a string that holds no NUL and no unpaired surrogate. */
  private static byte[] utf8(String text, String action) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new IllegalArgumentException("cannot " + action + " \"" + SystemdText.printable(text)
            + "\": it contains a NUL at index " + i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("cannot " + action + " \"" + SystemdText.printable(text)
            + "\": it has an unpaired surrogate at index " + i + " and is not UTF-8");
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException badPath(String path, String reason) {
    return new IllegalArgumentException("cannot escape the path \"" + SystemdText.printable(path) + "\": it " + reason);
  }

  private static IllegalArgumentException badEscapedPath(String escaped, String path, String reason) {
    return new IllegalArgumentException("cannot unescape \"" + SystemdText.printable(escaped)
        + "\" as a path: it gives \"" + SystemdText.printable(path) + "\", which is not a normalized absolute path: "
        + reason);
  }
}
