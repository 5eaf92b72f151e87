package org.podunits.unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads unit-file text by systemd's rules (systemd 252 {@code config_parse}), but fails with the
 * line number where systemd would only warn and drop a line.
 *
 * <ul>
 *   <li>Lines end at LF, CR or NUL; a terminator also swallows one following terminator of another
 *       kind, so CRLF and LFCR are one line end, and a NUL always ends the terminator.
 *   <li>A line whose first non-blank character is {@code #} or {@code ;} is a comment, even
 *       inside a continuation, which then resumes with the next line.
 *   <li>A line ending in an unescaped {@code \} continues: the {@code \} becomes a space and the
 *       next non-comment line is appended verbatim. A blank line or the end of the text ends it.
 *   <li>Each logical line is stripped of spaces and TABs only; {@code [name]} opens a section;
 *       anything else must be {@code key=value} inside a section and a valid {@link UnitOption}.
 *   <li>A UTF-8 byte order mark is accepted at the very start.
 *   <li>A physical or joined line longer than systemd's {@code LONG_LINE_MAX} (1 MiB) is an error.
 * </ul>
 */
final class UnitFileParser {

  /** systemd's {@code LONG_LINE_MAX}, in bytes. */
  static final int LONG_LINE_MAX = UnitOption.MAX_LINE_BYTES;

  private static final char BYTE_ORDER_MARK = '\ufeff';
  private static final int TERMINATOR_LF = 1;
  private static final int TERMINATOR_CR = 2;
  private static final int TERMINATOR_NUL = 4;
  private static final int SHOWN_CHARS = 60;

  private final CharSequence text;
  private final List<UnitOption> options = new ArrayList<>();
  private final List<NumberedOption> numbered;
  private int position;
  private String section;

  private UnitFileParser(CharSequence text, boolean keepLines) {
    this.text = text;
    this.numbered = keepLines ? new ArrayList<>() : null;
  }

  static UnitFile parse(CharSequence text) throws UnitFormatException {
    return new UnitFileParser(text, false).run();
  }

  static List<NumberedOption> parseNumbered(CharSequence text) throws UnitFormatException {
    UnitFileParser parser = new UnitFileParser(text, true);
    parser.run();
    return List.copyOf(parser.numbered);
  }

  private UnitFile run() throws UnitFormatException {
    StringBuilder continuation = null;
    int continuationLine = 0;
    long continuationBytes = 0;
    int lineNumber = 0;
    while (position < text.length()) {
      int start = position;
      int end = endOfLine(start);
      lineNumber++;
      if (end - start > LONG_LINE_MAX / 3 && utf8Length(start, end) > LONG_LINE_MAX) {
        throw new UnitFormatException(lineNumber, "the line is " + utf8Length(start, end)
            + " bytes long, over systemd's limit of " + LONG_LINE_MAX);
      }
      if (isComment(start, end)) {
        continue;
      }
      if (lineNumber == 1 && start < end && text.charAt(start) == BYTE_ORDER_MARK) {
        start++;
      }
      boolean continues = endsWithUnescapedBackslash(start, end);
      if (continuation != null) {
        continuationBytes += utf8Length(start, end);
        if (continuationBytes > LONG_LINE_MAX) {
          throw new UnitFormatException(continuationLine, "the continued line starting here is longer than systemd's "
              + "limit of " + LONG_LINE_MAX + " bytes");
        }
        continuation.append(text, start, end);
      } else if (continues) {
        continuation = new StringBuilder(Math.max(64, 2 * (end - start))).append(text, start, end);
        continuationLine = lineNumber;
        continuationBytes = utf8Length(start, end);
      }
      if (continues) {
        continuation.setCharAt(continuation.length() - 1, ' ');
        continue;
      }
      if (continuation != null) {
        parseLine(continuation.toString(), continuationLine);
        continuation = null;
      } else {
        parseLine(text.subSequence(start, end).toString(), lineNumber);
      }
    }
    if (continuation != null) {
      parseLine(continuation.toString(), continuationLine);
    }
    return UnitFile.of(options);
  }

  /** Finds the end of the line at {@code start} and moves {@link #position} past its terminator. */
  private int endOfLine(int start) {
    int n = text.length();
    int end = start;
    while (end < n && terminator(text.charAt(end)) == 0) {
      end++;
    }
    int seen = 0;
    int i = end;
    while (i < n && (seen & TERMINATOR_NUL) == 0) {
      int kind = terminator(text.charAt(i));
      if (kind == 0 || (seen & kind) != 0) {
        break;
      }
      seen |= kind;
      i++;
    }
    position = i;
    return end;
  }

  private static int terminator(char c) {
    switch (c) {
      case '\n':
        return TERMINATOR_LF;
      case '\r':
        return TERMINATOR_CR;
      case '\0':
        return TERMINATOR_NUL;
      default:
        return 0;
    }
  }

  private boolean isComment(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        return c == '#' || c == ';';
      }
    }
    return false;
  }

  /**
   * Whether the line ends in a {@code \} that does not itself escape: systemd pairs a backslash
   * with the character after it, so {@code a\\} does not continue but {@code a\\\} does.
   */
  private boolean endsWithUnescapedBackslash(int start, int end) {
    int backslashes = 0;
    for (int i = end - 1; i >= start && text.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    if (backslashes == 0) {
      return false;
    }
    // The character before the run is not a backslash, so whether it was plain or the second half
    // of an escape, the run starts unescaped and its parity decides.
    return backslashes % 2 == 1;
  }

  private void parseLine(String raw, int lineNumber) throws UnitFormatException {
    String line = strip(raw);
    if (line.isEmpty()) {
      return;
    }
    if (line.charAt(0) == '[') {
      if (line.length() < 2 || line.charAt(line.length() - 1) != ']') {
        throw new UnitFormatException(lineNumber, "the section header " + show(line) + " does not end with ']'");
      }
      String name = line.substring(1, line.length() - 1);
      try {
        UnitOption.checkSectionName(name);
      } catch (IllegalArgumentException e) {
        throw new UnitFormatException(
            lineNumber, "the section header " + show(line) + " is invalid: " + e.getMessage(), e);
      }
      section = name;
      return;
    }
    if (section == null) {
      throw new UnitFormatException(lineNumber, "the line " + show(line)
          + " comes before the first section header, where systemd ignores it");
    }
    int equals = line.indexOf('=');
    if (equals < 0) {
      throw new UnitFormatException(lineNumber, "the line " + show(line) + " has no '=', so systemd ignores it");
    }
    if (equals == 0) {
      throw new UnitFormatException(lineNumber, "the line " + show(line)
          + " has no key before '=', so systemd ignores it");
    }
    String name = strip(line.substring(0, equals));
    String value = strip(line.substring(equals + 1));
    UnitOption option;
    try {
      option = new UnitOption(section, name, value);
    } catch (IllegalArgumentException e) {
      throw new UnitFormatException(lineNumber, e.getMessage(), e);
    }
    options.add(option);
    if (numbered != null) {
      numbered.add(new NumberedOption(option, lineNumber));
    }
  }

  /** Strips spaces and TABs, the only blanks systemd strips (not NBSP, not {@code \v}). */
  private static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isBlank(s.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static String show(String line) {
    String shown = line.length() > SHOWN_CHARS ? line.substring(0, SHOWN_CHARS) + "…" : line;
    return "\"" + SystemdText.printable(shown) + "\"";
  }

  private int utf8Length(int start, int end) {
    return utf8Length(text.subSequence(start, end));
  }

  /** UTF-8 length, counting an unpaired surrogate as the 3 bytes systemd would never see. */
  private static int utf8Length(CharSequence s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
