package org.podunits.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.directive.Severity;
import org.podunits.unit.ExecCommand;
import org.podunits.unit.UnitName;
import org.podunits.unit.UnitNames;
import org.podunits.unit.UnitOption;

/**
 * Unit-name escaping and exec quoting on any text. Under {@code mvn verify} each target replays
 * the committed inputs in {@code src/test/resources/org/podunits/fuzz/NamesAndExecFuzzTestInputs/
 * <target>/}; {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class NamesAndExecFuzzTest {

  /**
   * Escaping refuses only with {@link IllegalArgumentException}; what it escapes unescapes back
   * (path escaping normalizes first, so only its second round is compared); name validation and
   * {@link UnitName#parse} refuse only with {@link IllegalArgumentException}.
   */
  @FuzzTest
  void unitNames(byte[] data) {
    String text = FuzzInput.text(data);
    String escaped = attempt(() -> UnitNames.escape(text));
    if (escaped != null) {
      assertEquals(text, UnitNames.unescape(escaped));
    }
    String pathEscaped = attempt(() -> UnitNames.pathEscape(text));
    if (pathEscaped != null) {
      String path = UnitNames.pathUnescape(pathEscaped);
      assertEquals(pathEscaped, UnitNames.pathEscape(path));
    }
    attempt(() -> UnitNames.unescape(text));
    attempt(() -> UnitNames.pathUnescape(text));
    attempt(() -> UnitNames.checkName(text));
    UnitName name = attemptName(text);
    if (name != null) {
      assertEquals(text, name.toString());
    }
  }

  /**
   * The input is argv joined by NULs. What {@link ExecCommand#quote} accepts, {@link
   * ExecCommand#split} reads back (with {@code %%} and {@code $$} kept), and the directive check
   * passes without an error; any text at all splits or fails with {@link IllegalArgumentException}.
   */
  @FuzzTest
  void execQuoting(byte[] data) {
    String text = FuzzInput.text(data);
    attempt(() -> String.join(" ", ExecCommand.split(text)));
    List<String> argv = Arrays.asList(text.split("\u0000", -1));
    String quoted = attempt(() -> ExecCommand.quote(argv));
    if (quoted == null) {
      return;
    }
    List<String> words = ExecCommand.split(quoted);
    assertEquals(argv.size(), words.size(), quoted);
    for (int i = 0; i < argv.size(); i++) {
      String expected = argv.get(i).replace("%", "%%");
      if (i > 0) {
        expected = expected.replace("$", "$$");
      }
      assertEquals(expected, words.get(i), quoted);
    }
    UnitOption option;
    try {
      option = UnitOption.of("Service", "ExecStart", quoted);
    } catch (IllegalArgumentException e) {
      // Too long for a unit-file line: the quoting was right, the unit model refuses the line.
      assertTrue(e.getMessage().contains("longer than systemd's limit"), e.getMessage());
      return;
    }
    for (Problem problem : Directives.check(option, 252)) {
      String program = argv.get(0);
      boolean plainPath = program.startsWith("/") && !program.endsWith("/");
      assertTrue(problem.severity() != Severity.ERROR || !plainPath, problem.message());
    }
  }

  private interface Attempt {
    String run();
  }

  /** The result, or null if the call refused with {@link IllegalArgumentException}, whose message must be printable. */
  private static String attempt(Attempt attempt) {
    try {
      return attempt.run();
    } catch (IllegalArgumentException e) {
      assertTrue(FuzzInput.isPrintable(e.getMessage()), e.getMessage());
      return null;
    }
  }

  private static UnitName attemptName(String text) {
    try {
      return UnitName.parse(text);
    } catch (IllegalArgumentException e) {
      assertTrue(FuzzInput.isPrintable(e.getMessage()), e.getMessage());
      return null;
    }
  }
}
