package org.podunits.pod;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test oracle: reads an environment file the way systemd's {@code load_env_file} does (its
 * state machine in {@code env-file.c}, as of systemd 254 and later; earlier releases read the
 * escapes podunits writes the same way). Keys and values are trimmed, a line whose first
 * non-blank character is {@code #} or {@code ;} is a comment, an unquoted value drops each
 * backslash and keeps the character after it (a backslash-newline joins lines), a value may open
 * with {@code '...'} (verbatim) or {@code "..."} (where a backslash before {@code " \ ` $} or a
 * newline is removed and kept before anything else), and text after a closing quote continues the
 * value.
 */
final class EnvFileReader {

  private enum State { PRE_KEY, KEY, PRE_VALUE, VALUE, VALUE_ESCAPE, SINGLE, DOUBLE, DOUBLE_ESCAPE, COMMENT,
    COMMENT_ESCAPE }

  private EnvFileReader() {}

  static Map<String, String> read(String text) {
    Map<String, String> result = new LinkedHashMap<>();
    State state = State.PRE_KEY;
    StringBuilder key = new StringBuilder();
    StringBuilder value = new StringBuilder();
    int keyTrim = -1;
    int valueTrim = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean newline = c == '\n' || c == '\r';
      boolean blank = c == ' ' || c == '\t' || newline;
      switch (state) {
        case PRE_KEY:
          if (c == '#' || c == ';') {
            state = State.COMMENT;
          } else if (!blank) {
            state = State.KEY;
            keyTrim = -1;
            key.append(c);
          }
          break;
        case KEY:
          if (newline) {
            state = State.PRE_KEY;
            key.setLength(0);
          } else if (c == '=') {
            state = State.PRE_VALUE;
            valueTrim = -1;
          } else {
            if (!blank) {
              keyTrim = -1;
            } else if (keyTrim < 0) {
              keyTrim = key.length();
            }
            key.append(c);
          }
          break;
        case PRE_VALUE:
          if (newline) {
            push(result, key, keyTrim, value, -1);
            state = State.PRE_KEY;
          } else if (c == '\'') {
            state = State.SINGLE;
          } else if (c == '"') {
            state = State.DOUBLE;
          } else if (c == '\\') {
            state = State.VALUE_ESCAPE;
          } else if (!blank) {
            state = State.VALUE;
            value.append(c);
          }
          break;
        case VALUE:
          if (newline) {
            push(result, key, keyTrim, value, valueTrim);
            state = State.PRE_KEY;
          } else if (c == '\\') {
            state = State.VALUE_ESCAPE;
            valueTrim = -1;
          } else {
            if (!blank) {
              valueTrim = -1;
            } else if (valueTrim < 0) {
              valueTrim = value.length();
            }
            value.append(c);
          }
          break;
        case VALUE_ESCAPE:
          state = State.VALUE;
          if (!newline) {
            value.append(c);
          }
          break;
        case SINGLE:
          if (c == '\'') {
            state = State.PRE_VALUE;
          } else {
            value.append(c);
          }
          break;
        case DOUBLE:
          if (c == '"') {
            state = State.PRE_VALUE;
          } else if (c == '\\') {
            state = State.DOUBLE_ESCAPE;
          } else {
            value.append(c);
          }
          break;
        case DOUBLE_ESCAPE:
          state = State.DOUBLE;
          if (c == '"' || c == '\\' || c == '`' || c == '$') {
            value.append(c);
          } else if (c != '\n') {
            value.append('\\').append(c);
          }
          break;
        case COMMENT:
          if (c == '\\') {
            state = State.COMMENT_ESCAPE;
          } else if (newline) {
            state = State.PRE_KEY;
          }
          break;
        case COMMENT_ESCAPE:
          state = newline ? State.PRE_KEY : State.COMMENT;
          break;
        default:
          throw new AssertionError(state);
      }
    }
    if (state != State.PRE_KEY && state != State.KEY && state != State.COMMENT && state != State.COMMENT_ESCAPE) {
      push(result, key, keyTrim, value, state == State.VALUE ? valueTrim : -1);
    }
    return result;
  }

  private static void push(Map<String, String> result, StringBuilder key, int keyTrim, StringBuilder value,
      int valueTrim) {
    if (keyTrim >= 0) {
      key.setLength(keyTrim);
    }
    if (valueTrim >= 0) {
      value.setLength(valueTrim);
    }
    result.put(key.toString(), value.toString());
    key.setLength(0);
    value.setLength(0);
  }
}
