package org.podunits.directive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code OnCalendar=} calendar events as systemd.time(7) defines them: a shorthand such as {@code
 * daily}, or {@code [WEEKDAYS] [[YEAR-]MONTH-DAY] [HOUR:MINUTE[:SECOND]] [TIMEZONE]}, where each
 * number may be {@code *}, a list ({@code 1,15}), a range ({@code 8..17}) or a repetition ({@code
 * 0/15}), and {@code ~} counts days from the end of the month.
 */
final class CalendarSpec {

  private CalendarSpec() {}

  private static final List<String> SHORTHANDS = List.of("minutely", "hourly", "daily", "monthly", "weekly",
      "yearly", "annually", "quarterly", "semiannually");

  private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final Pattern TIME_ZONE = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)+");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  private static final Pattern SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  private static final String FIX = "; write e.g. daily, Mon..Fri 09:00, *-*-* 03:00:00 or *:0/15"
      + " (systemd-analyze calendar checks one)";

  /** Why systemd cannot read the calendar event, or null. */
  static String check(String value) {
    String v = value.strip();
    if (SHORTHANDS.contains(v.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String[] tokens = v.split("[ \\t]+");
    int first = 0;
    int last = tokens.length;
    if (last > 0 && (tokens[last - 1].equals("UTC") || TIME_ZONE.matcher(tokens[last - 1]).matches())) {
      last--;
    }
    if (first < last && weekdays(tokens[first])) {
      first++;
    }
    boolean date = false;
    boolean time = false;
    for (int i = first; i < last; i++) {
      String token = tokens[i];
      if (!date && !time && token.indexOf(':') < 0 && date(token)) {
        date = true;
      } else if (!time && token.indexOf(':') >= 0 && time(token)) {
        time = true;
      } else {
        return "\"" + value + "\" is not a calendar event systemd reads (at \"" + token + "\")" + FIX;
      }
    }
    if (first == 0 && !date && !time) {
      return "\"" + value + "\" is not a calendar event" + FIX;
    }
    return null;
  }

  private static boolean weekdays(String token) {
    for (String item : token.split(",", -1)) {
      String[] range = item.split("\\.\\.", -1);
      if (range.length > 2) {
        return false;
      }
      for (String day : range) {
        if (!WEEKDAYS.contains(day.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code [YEAR-]MONTH-DAY} or {@code [YEAR-]MONTH~DAY}. */
  private static boolean date(String token) {
    int tilde = token.indexOf('~');
    String[] parts;
    if (tilde >= 0) {
      String head = token.substring(0, tilde);
      String[] front = head.split("-", -1);
      parts = new String[front.length + 1];
      System.arraycopy(front, 0, parts, 0, front.length);
      parts[front.length] = token.substring(tilde + 1);
    } else {
      parts = token.split("-", -1);
    }
    if (parts.length == 2) {
      return component(parts[0], 1, 12) && component(parts[1], 1, 31);
    }
    return parts.length == 3 && component(parts[0], 1970, 2199) && component(parts[1], 1, 12)
        && component(parts[2], 1, 31);
  }

  /** {@code HOUR:MINUTE[:SECOND]}. */
  private static boolean time(String token) {
    String[] parts = token.split(":", -1);
    if (parts.length < 2 || parts.length > 3) {
      return false;
    }
    return component(parts[0], 0, 23) && component(parts[1], 0, 59)
        && (parts.length == 2 || seconds(parts[2]));
  }

  private static boolean seconds(String text) {
    for (String item : text.split(",", -1)) {
      String base = item.split("/", -1)[0];
      for (String end : base.split("\\.\\.", -1)) {
        if (!end.equals("*") && !(SECONDS.matcher(end).matches() && Double.parseDouble(end) < 60)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A list of {@code *}, numbers and {@code a..b} ranges in {@code [min, max]}, each with an optional {@code /step}. */
  private static boolean component(String text, int min, int max) {
    for (String item : text.split(",", -1)) {
      String[] stepped = item.split("/", -1);
      if (stepped.length > 2 || (stepped.length == 2 && !positive(stepped[1]))) {
        return false;
      }
      if (stepped[0].equals("*")) {
        continue;
      }
      String[] range = stepped[0].split("\\.\\.", -1);
      if (range.length > 2) {
        return false;
      }
      for (String end : range) {
        if (!NUMBER.matcher(end).matches() || end.length() > 4 || Integer.parseInt(end) < min || Integer.parseInt(end) > max) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean positive(String step) {
    return NUMBER.matcher(step).matches() && step.length() <= 4 && Integer.parseInt(step) > 0;
  }
}
