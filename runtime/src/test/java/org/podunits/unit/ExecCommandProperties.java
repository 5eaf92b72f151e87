package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ExecCommand#split} reads back every word {@link ExecCommand#quote} writes. Seeds are fixed
 * so that every run checks the same cases.
 */
class ExecCommandProperties {

  @Property(tries = 500, seed = "20261129")
  void splitOfQuoteGivesTheWordsWithSpecifiersAndVariablesEscaped(@ForAll("argvs") List<String> argv) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String word = argv.get(i).replace("%", "%%");
      expected.add(i == 0 ? word : word.replace("$", "$$"));
    }
    assertEquals(expected, ExecCommand.split(ExecCommand.quote(argv)));
  }

  @Property(tries = 500, seed = "20261129")
  void quotedCommandIsAValidOptionValue(@ForAll("argvs") List<String> argv) {
    String value = ExecCommand.quote(argv);
    assertEquals(value, UnitOption.of("Service", "ExecStart", value).value());
  }

  @Provide
  Arbitrary<List<String>> argvs() {
    Arbitrary<String> word = Arbitraries.oneOf(
            Arbitraries.strings()
                .withChars(" \t\n\r\\\"';%$#[]=\u0001\u001b\u007f\u0085\u00a0\u200b\u2028é日!")
                .withCharRange('a', 'c')
                .ofMaxLength(12)
                .map(s -> s.replace("!", "😀")),
            Arbitraries.strings().all().ofMaxLength(12))
        .filter(ExecCommandProperties::isQuotable);
    Arbitrary<String> executable = word.filter(w -> w.indexOf('$') < 0);
    return executable.flatMap(first -> word.list().ofMaxSize(6).map(rest -> {
      List<String> argv = new ArrayList<>();
      argv.add(first);
      argv.addAll(rest);
      return argv;
    }));
  }

  /** What quote accepts: no NUL, no unpaired surrogate, no noncharacter. */
  private static boolean isQuotable(String word) {
    for (int i = 0; i < word.length(); i++) {
      int codePoint = word.codePointAt(i);
      if (codePoint == 0 || !SystemdText.isValidCodePoint(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint) - 1;
    }
    return true;
  }
}
