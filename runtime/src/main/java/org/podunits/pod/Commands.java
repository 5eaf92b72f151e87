package org.podunits.pod;

import java.util.List;
import org.podunits.unit.ExecCommand;

/** Checks on command lines, and on the executable word, which systemd treats specially. */
final class Commands {

  private Commands() {}

  /**
   * Whether systemd can run the word as argv[0]: non-empty, no control characters, and no {@code
   * $}, which systemd keeps literally in the executable path (so {@code $$} cannot escape it).
   */
  static boolean executable(DiagnosticList out, String path, String what, String word) {
    if (!out.noControl(path, what, word)) {
      return false;
    }
    if (word.isEmpty()) {
      out.error(DiagnosticCode.EXECUTABLE_INVALID, path, what + " must not be empty");
      return false;
    }
    if (word.indexOf('$') >= 0) {
      out.error(DiagnosticCode.EXECUTABLE_INVALID, path, what + " \"" + word
          + "\" must not contain '$': systemd does not expand variables in the executable path"
          + " and cannot be told a literal '$' there");
      return false;
    }
    return true;
  }

  /** Whether systemd can be given the command line, as {@link ExecCommand#quote} decides. */
  static boolean quotable(DiagnosticList out, String path, List<String> argv) {
    try {
      ExecCommand.quote(argv);
      return true;
    } catch (IllegalArgumentException e) {
      out.error(DiagnosticCode.EXEC_UNQUOTABLE, path, e.getMessage());
      return false;
    }
  }
}
