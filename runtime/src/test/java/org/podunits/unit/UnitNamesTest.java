package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link UnitNames} against go-systemd's escape tests (where systemd-escape agrees) and the
 * observed systemd-escape 252 answers of unit-file-format.md §7.3. Strings in the tables are
 * literal: {@code \x2d} is four characters. An empty CSV cell is the empty string.
 */
class UnitNamesTest {

  @ParameterizedTest(name = "escape \"{0}\" = \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      ``                                          | ``
      .foo/.bar                                   | \\x2efoo-.bar
      ///..\\-!#??///                             | ---..\\x5c\\x2d\\x21\\x23\\x3f\\x3f---
      user-cloudinit@/var/lib/coreos/vagrant/vagrantfile-user-data.service | user\\x2dcloudinit\\x40-var-lib-coreos-vagrant-vagrantfile\\x2duser\\x2ddata.service
      a.b                                         | a.b
      ABCxyz019                                   | ABCxyz019
      a:b_c.d                                     | a:b_c.d
      .hidden                                     | \\x2ehidden
      /opt/stage2/my-app/rootfs                   | -opt-stage2-my\\x2dapp-rootfs
      100%                                        | 100\\x25
      ü                                           | \\xc3\\xbc
      é                                           | \\xc3\\xa9
      ~                                           | \\x7e
      `a b`                                       | a\\x20b
      """)
  void escapeMatchesSystemdEscape(String input, String expected) {
    assertEquals(expected, UnitNames.escape(input));
  }

  @Test
  void escapeWritesTwoHexDigitsBelow0x10() {
    // go-systemd writes \x9 and \x1; systemd-escape writes two digits.
    assertEquals("\\x09\\x01\\x7f", UnitNames.escape("\t\u0001\u007f"));
  }

  @Test
  void escapeRefusesNul() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.escape("a\0"));
    assertEquals("cannot escape \"a\\x00\": it contains a NUL at index 1", e.getMessage());
  }

  @Test
  void escapeRefusesUnpairedSurrogate() {
    assertThrows(IllegalArgumentException.class, () -> UnitNames.escape("\udc00"));
  }

  @ParameterizedTest(name = "pathEscape \"{0}\" = \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      /////////                     | -
      ///foo////bar/////tail//////  | foo-bar-tail
      /.                            | -
      /////////.                    | -
      /////////.///////////////     | -
      /.foo/.bar                    | \\x2efoo-.bar
      ///..\\-!#??///               | \\x2e.\\x5c\\x2d\\x21\\x23\\x3f\\x3f
      /opt/stage2/hello/rootfs      | opt-stage2-hello-rootfs
      /opt/stage2/my-app/rootfs     | opt-stage2-my\\x2dapp-rootfs
      /a/./b                        | a-b
      /./x                          | x
      /a//b/                        | a-b
      `/a b`                        | a\\x20b
      /ü                            | \\xc3\\xbc
      /                             | -
      /...                          | \\x2e..
      /a/.../b                      | a-...-b
      """)
  void pathEscapeMatchesSystemdEscape(String input, String expected) {
    assertEquals(expected, UnitNames.pathEscape(input));
  }

  @ParameterizedTest(name = "pathEscape refuses \"{0}\"")
  @ValueSource(strings = {"", ".", ".....", ".foo/.bar", "a/b", "foo/", "./a", "/a/../b", "/..", "/a/..", "../a"})
  void pathEscapeRefusesPathsThatAreNotNormalizedAndAbsolute(String input) {
    assertThrows(IllegalArgumentException.class, () -> UnitNames.pathEscape(input));
  }

  @Test
  void pathEscapeNamesTheRelativePath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.pathEscape("a/b"));
    assertEquals("cannot escape the path \"a/b\": it is not an absolute file system path", e.getMessage());
  }

  @Test
  void pathEscapeNamesTheDotDotComponent() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.pathEscape("/a/../b"));
    assertEquals("cannot escape the path \"/a/../b\": it is not a normalized file system path: it has a \"..\" component",
        e.getMessage());
  }

  @Test
  void pathEscapeAcceptsComponentOf255BytesAndRefuses256() {
    assertEquals("a".repeat(255), UnitNames.pathEscape("/" + "a".repeat(255)));
    assertThrows(IllegalArgumentException.class, () -> UnitNames.pathEscape("/" + "a".repeat(256)));
  }

  @Test
  void pathEscapeAcceptsPathOf4095BytesAndRefuses4096() {
    String path = ("/" + "a".repeat(255)).repeat(15) + "/" + "b".repeat(254);
    assertEquals(4095, path.length());
    assertTrue(UnitNames.pathEscape(path).endsWith("-" + "b".repeat(254)));
    assertThrows(IllegalArgumentException.class, () -> UnitNames.pathEscape(path + "b"));
  }

  @ParameterizedTest(name = "unescape \"{0}\" = \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      ``                                          | ``
      ---..\\x5c\\x2d\\x21\\x23\\x3f\\x3f---      | ///..\\-!#??///
      user\\x2dcloudinit\\x40-var-lib-coreos-vagrant-vagrantfile\\x2duser\\x2ddata.service | user-cloudinit@/var/lib/coreos/vagrant/vagrantfile-user-data.service
      \\x2D                                       | -
      \\x09                                       | `\t`
      \\x7f                                       | \u007f
      \\xc3\\xbc                                  | ü
      \\xc3\\xa9                                  | é
      -                                           | /
      a-b-c                                       | a/b/c
      -opt-stage2-my\\x2dapp-rootfs               | /opt/stage2/my-app/rootfs
      """)
  void unescapeMatchesSystemdEscape(String input, String expected) {
    assertEquals(expected, UnitNames.unescape(input));
  }

  @ParameterizedTest(name = "unescape refuses \"{0}\"")
  @ValueSource(strings = {"\\x9", "\\xaZ", "\\xZZ", "a\\x", "a\\", "\\X2d", "\\x+1", "\\x-1", "\\x.o", "\\x3"})
  void unescapeRefusesMalformedSequences(String input) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.unescape(input));
    assertTrue(e.getMessage().contains("does not start an escape \\xHH with two hex digits"), e.getMessage());
  }

  @Test
  void unescapeRefusesEscapedNul() {
    // systemd-escape -u cuts the result short at the NUL: "a\x00b" gives "a".
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.unescape("a\\x00b"));
    assertEquals("cannot unescape \"a\\x00b\": the escape \\x00 at byte 1 is a NUL, which no name or path can hold",
        e.getMessage());
  }

  @Test
  void unescapeRefusesBytesThatAreNotUtf8() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.unescape("\\xff"));
    assertEquals("cannot unescape \"\\xff\": its escapes decode to bytes that are not UTF-8", e.getMessage());
  }

  @ParameterizedTest(name = "pathUnescape \"{0}\" = \"{1}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      -                                           | /
      opt-stage2-my\\x2dapp-rootfs                | /opt/stage2/my-app/rootfs
      a\\x2fb                                     | /a/b
      ...                                         | /...
      \\x2e.\\x5c\\x2d\\x21\\x23\\x3f\\x3f        | /..\\-!#??
      """)
  void pathUnescapeMatchesSystemdEscape(String input, String expected) {
    assertEquals(expected, UnitNames.pathUnescape(input));
  }

  @ParameterizedTest(name = "pathUnescape refuses \"{0}\"")
  @ValueSource(strings = {"", "---------", "-opt-x", "a--b", "a-", "a-.-b", "a-..-b", "/abc", "\\x2fabc", "abc\\x2f", ".", "..",
      "\\x2e", "\\x2e\\x2e", "a-\\x2e-b",
      "\\x2e.\\x5c\\x2d\\xaZ\\x.o\\x21\\x23\\x3f\\x3f", "\\x2e.\\x5c\\x\\x2d\\xaZ\\x.o\\x21\\x23\\x3f\\x3f\\x3",
      "\\x2e.\\x5c\\x\\x2d\\xaZ\\x.o\\x21\\x23\\x3f\\x3f\\x", "\\x2e.\\x5c\\x\\x2d\\xaZ\\x.o\\x21\\x23\\x3f\\x3f\\"})
  void pathUnescapeRefusesWhatIsNotANormalizedAbsolutePath(String input) {
    assertThrows(IllegalArgumentException.class, () -> UnitNames.pathUnescape(input));
  }

  @Test
  void pathUnescapeExplainsTheRefusal() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.pathUnescape("a--b"));
    assertEquals("cannot unescape \"a--b\" as a path: it gives \"/a//b\", which is not a normalized absolute path: "
        + "it has an empty component", e.getMessage());
  }

  @Test
  void pathUnescapeAcceptsComponentOf255BytesAndRefuses256() {
    assertEquals("/" + "a".repeat(255), UnitNames.pathUnescape("a".repeat(255)));
    assertThrows(IllegalArgumentException.class, () -> UnitNames.pathUnescape("a".repeat(256)));
  }

  // Unit-name validation.

  @ParameterizedTest(name = "valid: {0}")
  @ValueSource(strings = {"hello.service", "prepare-app@.service", "prepare-app@-opt-stage2-my\\x2dapp-rootfs.service",
      "default.target", "a.b:c_d.socket", "x.device", "x.mount", "x.automount", "x.swap", "x.path", "x.timer",
      "x.slice", "x.scope", "reaper-hello.service"})
  void validNamesAreValid(String name) {
    assertTrue(UnitNames.isValid(name));
    assertEquals(name, UnitNames.checkName(name));
  }

  @Test
  void nameOf255CharactersIsValidAnd256IsNot() {
    String name255 = "a".repeat(255 - ".service".length()) + ".service";
    assertTrue(UnitNames.isValid(name255));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.checkName("a" + name255));
    assertTrue(e.getMessage().endsWith("is 256 characters long; a unit name has at most 255"), e.getMessage());
  }

  @Test
  void nameWithoutKnownSuffixIsInvalid() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.checkName("foo"));
    assertEquals("unit name \"foo\" does not end with a unit type suffix such as .service, .socket or .target",
        e.getMessage());
    assertFalse(UnitNames.isValid("foo.Service"));
    assertFalse(UnitNames.isValid("foo.service.bak"));
  }

  @Test
  void nameWithOnlySuffixIsInvalid() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.checkName(".service"));
    assertEquals("unit name \".service\" has nothing before its suffix", e.getMessage());
  }

  @Test
  void nameWithTwoAtSignsIsInvalid() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitNames.checkName("a@b@c.service"));
    assertEquals("unit name \"a@b@c.service\" has a second '@' at index 3; only one is allowed", e.getMessage());
  }

  @Test
  void nameStartingWithAtIsInvalid() {
    assertFalse(UnitNames.isValid("@foo.service"));
  }

  @Test
  void nameWithSlashIsInvalidAndPointsToEscape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitNames.checkName("bad/name.service"));
    assertEquals("unit name \"bad/name.service\" contains '/' (U+002F) at index 3; only A-Z, a-z, 0-9, ':', '-', '_', "
        + "'.', '\\' and one '@' are allowed (escape the text with UnitNames.escape)", e.getMessage());
  }

  @Test
  void emptyAndNullNamesAreInvalid() {
    assertFalse(UnitNames.isValid(""));
    assertFalse(UnitNames.isValid(null));
  }
}
