package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Each hand-written shape in {@link Shapes} accepts exactly what the regular expression the value
 * checks used before accepts: the expressions are the oracle, tried on generated strings made of
 * the characters that matter to them and on chosen edge cases.
 */
class ShapesTest {

  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL_MODE = Pattern.compile("0*[0-7]{1,4}");
  private static final Pattern REALTIME_SIGNAL = Pattern.compile("RTMIN(\\+[0-9]{1,2})?|RTMAX(-[0-9]{1,2})?");
  private static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,2}");
  private static final Pattern ERRNO = Pattern.compile("[A-Z][A-Z0-9]*|[0-9]{1,4}|kill");
  private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern USER_NAME = Pattern.compile("[^\\s:/,]+");

  /** Each shape beside its oracle. */
  private record Shape(String name, Pattern oracle, Predicate<String> shape) {}

  private static final List<Shape> SHAPES = List.of(
      new Shape("decimal", DECIMAL, Shapes::isDecimal),
      new Shape("integer", INTEGER, Shapes::isInteger),
      new Shape("octal mode", OCTAL_MODE, Shapes::isOctalMode),
      new Shape("realtime signal", REALTIME_SIGNAL, Shapes::isRealtimeSignal),
      new Shape("small number", SMALL_NUMBER, Shapes::isSmallNumber),
      new Shape("errno", ERRNO, Shapes::isErrno),
      new Shape("environment name", ENVIRONMENT_NAME, Shapes::isEnvironmentName),
      new Shape("digits", DIGITS, Shapes::isDigits),
      new Shape("user name", USER_NAME, Shapes::isUserName));

  /** Digits (octal and not), signs, separators, letters of both cases, ASCII and other white space. */
  private static final String ALPHABET = "0012345678907+-._:/,AEZRTMINXaklz \t\n\u000b\f\r\u00a0\u00e9\u0660";

  @Property(seed = "20261130", tries = 5000)
  void everyShapeAcceptsWhatItsExpressionMatches(@ForAll("strings") String s) {
    for (Shape shape : SHAPES) {
      assertEquals(shape.oracle().matcher(s).matches(), shape.shape().test(s), shape.name() + " of \"" + s + "\"");
    }
  }

  @Property(seed = "20261130", tries = 2000)
  void signalsAndErrnosAgreeAfterTheirPrefixes(@ForAll("prefixed") String s) {
    for (Shape shape : SHAPES) {
      assertEquals(shape.oracle().matcher(s).matches(), shape.shape().test(s), shape.name() + " of \"" + s + "\"");
    }
  }

  @Property(seed = "20261130", tries = 2000)
  void numbersAgree(@ForAll("numbers") String s) {
    for (Shape shape : SHAPES) {
      assertEquals(shape.oracle().matcher(s).matches(), shape.shape().test(s), shape.name() + " of \"" + s + "\"");
    }
  }

  @Test
  void edgeCasesAgree() {
    List<String> cases = List.of("", "0", "00", "000000000", "7777", "07777", "17777", "00017777", "8", "0.", ".5",
        "1.5", "1..5", "1.5.5", "+", "-", "+0", "-12", "+-1", "99", "100", "RTMIN", "RTMAX", "RTMIN+", "RTMIN+3",
        "RTMIN+33", "RTMIN+333", "RTMIN-3", "RTMAX-3", "RTMAX+3", "kill", "kil", "EPERM", "E", "1234", "12345",
        "_", "_a1", "1a", "a-b", "root", "a b", "a:b", "a/b", "a,b", "a\u00a0b", "\u00e9", "\u0660");
    for (String s : cases) {
      for (Shape shape : SHAPES) {
        assertEquals(shape.oracle().matcher(s).matches(), shape.shape().test(s), shape.name() + " of \"" + s + "\"");
      }
    }
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.strings().withChars("000178.+-").ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> prefixed() {
    return Combinators.combine(Arbitraries.of("", "RTMIN", "RTMAX", "E", "kill", "0"), strings())
        .as((prefix, rest) -> prefix + rest);
  }
}
