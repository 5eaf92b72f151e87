package org.podunits.directive;

import org.podunits.unit.SystemdWords;

/**
 * The command lines of {@code Exec*=} settings: prefixes, quoting, {@code ;} separators and the
 * executable path, as systemd's {@code config_parse_exec} reads them.
 */
final class ExecLine {

  private ExecLine() {}

  static String check(String value, int systemdVersion) {
    SystemdWords words = Words.reader(value);
    boolean commandStart = true;
    while (words.skipSeparators()) {
      if (!commandStart && words.atToken(";")) {
        words.skip(1);
        commandStart = true;
        continue;
      }
      if (!commandStart && words.atToken("\\;")) {
        words.skip(2);
        continue;
      }
      String word = words.next();
      if (word == null) {
        return "the command line cannot be parsed: " + words.error();
      }
      if (commandStart) {
        String problem = executable(word, words, systemdVersion);
        if (problem != null) {
          return problem;
        }
        commandStart = false;
      }
    }
    if (words.error() != null) {
      return "the command line cannot be parsed: " + words.error();
    }
    return null;
  }

  /** Checks the first word of a command: its prefixes and the program path. */
  private static String executable(String word, SystemdWords words, int systemdVersion) {
    boolean argv0 = false;
    boolean ignore = false;
    boolean noEnvironment = false;
    int privilege = 0;
    int i = 0;
    while (i < word.length()) {
      char c = word.charAt(i);
      if (c == '@' && !argv0) {
        argv0 = true;
      } else if (c == '-' && !ignore) {
        ignore = true;
      } else if (c == ':' && !noEnvironment) {
        noEnvironment = true;
      } else if ((c == '+' || c == '!') && privilege == 0) {
        privilege = c == '!' && word.startsWith("!!", i) ? 2 : 1;
        i += privilege;
        continue;
      } else if (c == '@' || c == '-' || c == ':' || c == '+' || c == '!') {
        return "the prefix '" + c + "' is repeated or combined with another of +, ! and !! in \"" + word
            + "\"; each of @ - : may appear once, and at most one of + ! !!";
      } else {
        break;
      }
      i++;
    }
    String path = word.substring(i);
    if (path.isEmpty()) {
      return "the command \"" + word + "\" has no program after its prefixes; write e.g. " + word + "/usr/bin/app";
    }
    if (path.endsWith("/")) {
      return "the program \"" + path + "\" names a directory; write the path of an executable";
    }
    if (!path.startsWith("/")) {
      if (path.indexOf('/') >= 0) {
        return "the program \"" + path + "\" is a relative path; write an absolute path such as /" + path;
      }
      if (systemdVersion < ValueSyntax.PLAIN_EXEC_NAMES_SINCE) {
        return "the program \"" + path + "\" is not an absolute path, which systemd "
            + systemdVersion + " requires (plain program names need systemd "
            + ValueSyntax.PLAIN_EXEC_NAMES_SINCE + "); write e.g. /usr/bin/" + path;
      }
    }
    if (argv0 && (!words.skipSeparators() || words.atToken(";"))) {
      return "the @ prefix needs a word after the program to use as argv[0]; write e.g. @" + path + " name";
    }
    return null;
  }
}
