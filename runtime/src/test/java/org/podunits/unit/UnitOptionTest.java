package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validation in {@link UnitOption}'s constructor and the messages it gives. */
class UnitOptionTest {

  private static IllegalArgumentException refused(String section, String name, String value) {
    return assertThrows(IllegalArgumentException.class, () -> new UnitOption(section, name, value));
  }

  @Test
  void lineIsNameEqualsValue() {
    assertEquals("ExecStart=/bin/true", UnitOption.of("Service", "ExecStart", "/bin/true").line());
  }

  @Test
  void userNamesWithXPrefixAreAccepted() {
    assertEquals("X-Foo_bar-9=baz", UnitOption.of("X-Section", "X-Foo_bar-9", "baz").line());
  }

  @ParameterizedTest(name = "section control character U+{0}")
  @ValueSource(ints = {0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f})
  void sectionRefusesControlCharacters(int c) {
    IllegalArgumentException e = refused("A" + (char) c, "N", "v");
    assertTrue(e.getMessage().contains("section name contains ") && e.getMessage().endsWith(" at index 1"),
        e.getMessage());
  }

  @Test
  void sectionRefusesEscapeCharacterNamingIt() {
    assertEquals("unit option [A\\x1b] N: section name contains control character U+001B at index 1",
        refused("A\u001b", "N", "v").getMessage());
  }

  @ParameterizedTest(name = "section refuses {0}")
  @ValueSource(strings = {"\"", "'", "\\"})
  void sectionRefusesQuotesAndBackslash(String c) {
    assertEquals("unit option [A" + c + "] N: section name contains '" + c + "' at index 1, which systemd refuses in a "
        + "section header", refused("A" + c, "N", "v").getMessage());
  }

  @Test
  void sectionMayHoldSpacesAndUnicode() {
    assertEquals(" Unit ", UnitOption.of(" Unit ", "A", "b").section());
    assertEquals("Ünit", UnitOption.of("Ünit", "A", "b").section());
  }

  @Test
  void sectionHeaderUpToOneMebibyteIsAccepted() {
    int max = UnitOption.MAX_LINE_BYTES;
    UnitOption.of("S".repeat(max - 2), "A", "b");
    assertEquals("unit option [" + "S".repeat(max - 1) + "] A: section header is longer than systemd's limit of "
        + max + " bytes", refused("S".repeat(max - 1), "A", "b").getMessage());
  }

  @ParameterizedTest(name = "name refuses \"{0}\"")
  @ValueSource(strings = {"Some Thing", "<<<<<<<<", "a=b", "#x", ";x", "[x", "a.b", "é", "a\tb"})
  void nameRefusesCharactersOutsideItsSet(String name) {
    IllegalArgumentException e = refused("Unit", name, "v");
    assertTrue(e.getMessage().contains("; only A-Z, a-z, 0-9, '_' and '-' are allowed"), e.getMessage());
  }

  @Test
  void nameRefusalNamesTheCharacter() {
    assertEquals("unit option [Unit] a=b: option name contains '=' (U+003D) at index 1; only A-Z, a-z, 0-9, '_' and '-' "
        + "are allowed", refused("Unit", "a=b", "v").getMessage());
  }

  @Test
  void valueRefusesNewlineInTheMiddle() {
    assertEquals("unit option [Unit] Description: value contains a newline (U+000A) at index 1, which would end the line",
        refused("Unit", "Description", "a\nb").getMessage());
  }

  @Test
  void valueRefusesLoneCarriageReturn() {
    assertEquals("unit option [Unit] Description: value contains a carriage return (U+000D) at index 1, which would "
        + "end the line", refused("Unit", "Description", "a\rb").getMessage());
  }

  @Test
  void valueRefusesNul() {
    assertEquals("unit option [Unit] Description: value contains a NUL (U+0000) at index 0, which would end the line",
        refused("Unit", "Description", "\0").getMessage());
  }

  @Test
  void valueTakesAnEscapedBackslashAtTheEnd() throws Exception {
    // An even run of backslashes pairs up, so systemd does not join the next line.
    UnitOption option = UnitOption.of("Unit", "Description", "a\\\\");
    assertEquals(List.of(option), UnitFile.parse(UnitFile.of(option).serialize()).options());
    assertEquals("unit option [Unit] Description: value ends with a lone '\\', which would join the next line to it; write \\\\ for a backslash",
        refused("Unit", "Description", "a\\\\\\").getMessage());
  }

  @Test
  void valueMayHoldBackslashesInside() {
    assertEquals("a\\b", UnitOption.of("Unit", "Description", "a\\b").value());
  }

  @Test
  void valueRefusesLeadingTab() {
    assertEquals("unit option [Unit] Description: value starts with a TAB (U+0009), which systemd would strip",
        refused("Unit", "Description", "\tx").getMessage());
  }

  @Test
  void valueRefusesTrailingSpace() {
    assertEquals("unit option [Unit] Description: value ends with a space, which systemd would strip",
        refused("Unit", "Description", "x ").getMessage());
  }

  @Test
  void valueKeepsOtherWhitespaceThatSystemdDoesNotStrip() {
    String value = "\u000bx\u00a0\f";
    assertEquals(value, UnitOption.of("Unit", "Description", value).value());
  }

  @Test
  void valueRefusesUnpairedHighSurrogate() {
    assertEquals("unit option [Unit] Description: value has an unpaired surrogate at index 1 and cannot be written as "
        + "UTF-8", refused("Unit", "Description", "a\ud83dx").getMessage());
  }

  @Test
  void valueRefusesUnpairedLowSurrogate() {
    assertEquals("unit option [Unit] Description: value has an unpaired surrogate at index 0 and cannot be written as "
        + "UTF-8", refused("Unit", "Description", "\ude00").getMessage());
  }

  @Test
  void sectionRefusesUnpairedSurrogate() {
    assertEquals("unit option [S\\ud800] A: section name has an unpaired surrogate at index 1 and cannot be written as "
        + "UTF-8", refused("S\ud800", "A", "b").getMessage());
  }

  @Test
  void valueAcceptsSurrogatePairs() {
    assertEquals("😀", UnitOption.of("Unit", "Description", "😀").value());
  }

  @Test
  void valueRefusesNoncharacters() {
    assertEquals("unit option [Unit] Description: value contains the noncharacter U+FFFE at index 1, which systemd "
        + "refuses as not UTF-8 clean", refused("Unit", "Description", "a\ufffe").getMessage());
    refused("Unit", "Description", "\ufdd0");
    refused("Unit", "Description", new String(Character.toChars(0x1FFFF)));
  }

  @Test
  void lineOfOneMebibyteIsAccepted() {
    UnitOption option = UnitOption.of("Service", "ExecStart", "x".repeat(UnitOption.MAX_LINE_BYTES - "ExecStart=".length()));
    assertEquals(UnitOption.MAX_LINE_BYTES, option.lineBytes());
  }

  @Test
  void lineOverOneMebibyteIsRefused() {
    assertEquals("unit option [Service] ExecStart: line is 1048577 bytes, longer than systemd's limit of 1048576; write a"
        + " long list as repeated options",
        refused("Service", "ExecStart", "x".repeat(UnitOption.MAX_LINE_BYTES + 1 - "ExecStart=".length())).getMessage());
  }

  @Test
  void lineLengthCountsUtf8Bytes() {
    // "é" is 2 bytes and "😀" 4.
    assertEquals(2 + 1 + 1022 * 2, UnitOption.of("Unit", "AB", "é".repeat(1022)).lineBytes());
    assertEquals(3 + 1 + 510 * 4 + 3, UnitOption.of("Unit", "ABC", "😀".repeat(510) + "x".repeat(3)).lineBytes());
    int max = UnitOption.MAX_LINE_BYTES;
    refused("Unit", "AB", "é".repeat((max - 3) / 2 + 1));
  }

  @Test
  void nullPartsAreRefused() {
    assertThrows(NullPointerException.class, () -> new UnitOption(null, "A", "b"));
    assertThrows(NullPointerException.class, () -> new UnitOption("S", null, "b"));
    assertThrows(NullPointerException.class, () -> new UnitOption("S", "A", null));
  }
}
