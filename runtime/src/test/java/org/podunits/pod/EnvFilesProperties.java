package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Environment-file lines read back, through an oracle of systemd's {@code EnvironmentFile=}
 * parser ({@link EnvFileReader}), as exactly the value written; values systemd reads literally
 * stay exactly as rkt writes them.
 */
class EnvFilesProperties {

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(" \t\n\r\\\"'`$#;=ab/%").ofMaxLength(12),
        Arbitraries.strings().ofMaxLength(20).filter(s -> s.indexOf('\0') < 0 && validUtf16(s)));
  }

  private static boolean validUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))) {
        return false;
      }
      if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Property(seed = "20261129")
  void everyValueReadsBackAsWritten(@ForAll("values") String value) {
    StringBuilder line = new StringBuilder();
    EnvFiles.line(line, "NAME", value);
    assertEquals(Map.of("NAME", value), EnvFileReader.read(line.toString()));
  }

  @Property(seed = "20261129")
  void literalValuesAreWrittenRaw(@ForAll("values") String value) {
    StringBuilder line = new StringBuilder();
    EnvFiles.line(line, "NAME", value);
    if (!EnvFiles.needsQuoting(value)) {
      assertEquals("NAME=" + value + "\n", line.toString());
    }
  }

  @Example
  void valueWithQuotesAndDollarIsDoubleQuoted() {
    StringBuilder line = new StringBuilder();
    EnvFiles.line(line, "X", "it's $5 \"off\"");
    assertEquals("X=\"it's \\$5 \\\"off\\\"\"\n", line.toString());
  }

  @Example
  void hashAndSemicolonAfterTheEqualsSignStayRaw() {
    StringBuilder line = new StringBuilder();
    EnvFiles.line(line, "X", "#not a comment;");
    assertEquals("X=#not a comment;\n", line.toString());
    assertEquals(Map.of("X", "#not a comment;"), EnvFileReader.read(line.toString()));
  }
}
