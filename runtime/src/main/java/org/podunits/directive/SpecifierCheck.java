package org.podunits.directive;

/**
 * The {@code %} specifiers systemd resolves in many settings: finding unknown ones, and standing
 * in for known ones so the value's own syntax can be checked.
 */
final class SpecifierCheck {

  private SpecifierCheck() {}

  /** The specifier letters of systemd 252 (systemd.unit(5)), {@code %%} included. */
  static final String LETTERS = "aAbBCdEfgGhHiIjJlLmMnNopPqsStTuUvVwWyY%";

  /** The systemd release whose specifier list {@link #LETTERS} is. */
  static final int LETTERS_VERSION = 252;

  /**
   * Letters later releases document (man/standard-specifiers.xml: {@code %R}, the pretty host
   * name). The release that added them is not recorded here, so they pass for targets after
   * {@link #LETTERS_VERSION} and are refused for that release and older.
   */
  static final String LATER_LETTERS = "R";

  /** Letters that resolve to an absolute path: directories, the unit file, the user's shell. */
  private static final String PATH_LETTERS = "CdEfhLsStTVyY";

  /**
   * Whether the value ends in a {@code %} that starts no specifier: an odd run of {@code %} at its
   * end. systemd 252 keeps such a {@code %} as it is.
   */
  static boolean endsInLonePercent(String value) {
    int run = 0;
    for (int i = value.length() - 1; i >= 0 && value.charAt(i) == '%'; i--) {
      run++;
    }
    return run % 2 == 1;
  }

  /** Why the value's specifiers would fail, or null when every {@code %} is a known specifier. */
  static String check(String value, int systemdVersion) {
    int percent = value.indexOf('%');
    while (percent >= 0) {
      if (percent == value.length() - 1) {
        return "the value ends in a lone %; write %% for a literal %";
      }
      char letter = value.charAt(percent + 1);
      if (LATER_LETTERS.indexOf(letter) >= 0 && systemdVersion <= LETTERS_VERSION) {
        return "%" + letter + " is not a specifier systemd " + systemdVersion + " knows (it came after "
            + LETTERS_VERSION + "); write %% for a literal %, or raise the target version";
      }
      if (LETTERS.indexOf(letter) < 0 && LATER_LETTERS.indexOf(letter) < 0) {
        String what = Character.isLetterOrDigit(letter)
            ? "%" + letter + " is not a specifier systemd knows"
            : "the % at index " + percent + " is not followed by a specifier letter";
        return what + "; write %% for a literal %, or use a specifier such as %n %N %p %P %i %I %f %j %J %t %S %C %L %E %h %u %U %H %m %b %v %a (see systemd.unit(5))";
      }
      percent = value.indexOf('%', percent + 2);
    }
    return null;
  }

  /**
   * The value with each specifier replaced by a stand-in of the right shape: {@code /x} for the
   * ones that are absolute paths, {@code x} for the others, {@code %} for {@code %%}. Only call
   * after {@link #check} passed.
   */
  static String standIn(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      char letter = value.charAt(++i);
      out.append(letter == '%' ? "%" : PATH_LETTERS.indexOf(letter) >= 0 ? "/x" : "x");
    }
    return out.toString();
  }
}
