package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ExecCommand}: rkt master's {@code TestQuoteExec} cases and the further observed cases of
 * its {@code quoteExec}, with podunits' deliberate fixes ({@code %} in argv[0], {@code $} in
 * argv[0] and NUL refused); then {@code split}.
 */
class ExecCommandTest {

  private static String quote(String... argv) {
    return ExecCommand.quote(List.of(argv));
  }

  // rkt TestQuoteExec (pod_test.go), cases 0-9.

  @Test
  void quoteEscapesDoubleAndSingleQuotes() {
    assertEquals("\"path\" \"\\\"arg1\\\"\" \"\\\"\\'arg2\\'\\\"\" \"\\'arg3\\'\"",
        quote("path", "\"arg1\"", "\"'arg2'\"", "'arg3'"));
  }

  @Test
  void quoteOfExecutableAloneIsOneQuotedWord() {
    assertEquals("\"path\"", quote("path"));
  }

  @Test
  void quoteKeepsEmptyArgumentAsEmptyQuotes() {
    assertEquals("\"path\" \"\" \"arg2\"", quote("path", "", "arg2"));
  }

  @Test
  void quoteDoublesBackslashes() {
    assertEquals("\"path\" \"\\\"foo\\\\bar\\\"\" \"\\\\\"", quote("path", "\"foo\\bar\"", "\\"));
  }

  @Test
  void quoteKeepsSpacesInExecutable() {
    assertEquals("\"path with spaces\" \"\\\"foo\\\\bar\\\"\" \"\\\\\"",
        quote("path with spaces", "\"foo\\bar\"", "\\"));
  }

  @Test
  void quoteEscapesQuotesAndBackslashesInExecutable() {
    assertEquals("\"path with \\\"quo\\'t\\'es\\\" and \\\\slashes\" \"\\\"arg\\\"\" \"\\\\\"",
        quote("path with \"quo't'es\" and \\slashes", "\"arg\"", "\\"));
  }

  @Test
  void quoteDoublesDollarInArgumentsOnly() {
    assertEquals("\"/bin/path\" \"$$argument\" \"a$$b$$\"", quote("/bin/path", "$argument", "a$b$"));
  }

  @Test
  void quoteRefusesDollarInExecutable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quote("$path$", "$argument"));
    assertEquals("exec argv[0] \"$path$\" contains '$' at index 0; systemd does not expand variables in the "
        + "executable path, so it cannot be escaped there", e.getMessage());
  }

  @Test
  void quoteDoublesPercentInEveryWordIncludingExecutable() {
    // rkt master gives "%path%" "%%argument": it forgot argv[0] (stage1-units.md §12.1).
    assertEquals("\"%%path%%\" \"%%argument\"", quote("%path%", "%argument"));
  }

  @Test
  void quoteKeepsBackslashNAsTwoCharacters() {
    assertEquals("\"path\" \"Args\\\\nwith\\\\nnewlines\"", quote("path", "Args\\nwith\\nnewlines"));
  }

  @Test
  void quoteEscapesRealNewlines() {
    assertEquals("\"path\" \"Args\\nwith\\nnewlines\"", quote("path", "Args\nwith\nnewlines"));
  }

  // Further observed cases of rkt master's quoteExec (stage1-units.md §9).

  @Test
  void quoteEscapesSpecifiersAndVariablesInShellArgument() {
    assertEquals("\"/bin/sh\" \"-c\" \"echo $$HOME $${USER} 100%% %%n %%%%\"",
        quote("/bin/sh", "-c", "echo $HOME ${USER} 100% %n %%"));
  }

  @Test
  void quoteEscapesEverySingleQuote() {
    assertEquals("\"/bin/x\" \"\\'\" \"\\'\\'\" \"\\\\\\'\" \"\\\\\\\\\"", quote("/bin/x", "'", "''", "\\'", "\\\\"));
  }

  @Test
  void quoteOfOneEmptyWordIsEmptyQuotes() {
    assertEquals("\"\"", quote(""));
  }

  @Test
  void quoteEscapesSpecifierInExecutablePath() {
    // rkt gives "/opt/%n/bin": systemd would expand %n in the path.
    assertEquals("\"/opt/%%n/bin\" \"$$1\"", quote("/opt/%n/bin", "$1"));
  }

  @Test
  void quoteUsesCEscapesForControlCharacters() {
    assertEquals("\"/bin/x\" \"tab\\there\" \"cr\\rlf\" \"bell\\a\" \"bs\\b\" \"ff\\f\" \"vt\\v\" \"del\\x7f\" \"esc\\x1b\"",
        quote("/bin/x", "tab\there", "cr\rlf", "bell\u0007", "bs\b", "ff\f", "vt\u000b", "del\u007f", "esc\u001b"));
  }

  @Test
  void quoteWritesOtherC0ControlsAsTwoLowercaseHexDigits() {
    assertEquals("\"/bin/x\" \"\\x01\\x1f\\x0e\"", quote("/bin/x", "\u0001\u001f\u000e"));
  }

  @Test
  void quoteRefusesNul() {
    // rkt writes "nul\x00", which systemd refuses.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quote("/bin/x", "nul\0"));
    assertEquals("exec argv[1] \"nul\\x00\" contains a NUL at index 3, which systemd refuses", e.getMessage());
  }

  @Test
  void quoteRefusesNulInExecutable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quote("/bin/\0x"));
    assertTrue(e.getMessage().startsWith("exec argv[0] "), e.getMessage());
  }

  @Test
  void quoteLeavesShellMetacharactersAlone() {
    assertEquals("\"/bin/x\" \"a;b\" \"a b\" \"{}\" \"*\" \"~\" \"`cmd`\" \"#hash\" \"semi;colon\"",
        quote("/bin/x", "a;b", "a b", "{}", "*", "~", "`cmd`", "#hash", "semi;colon"));
  }

  @Test
  void quoteKeepsPrintableUnicodeAndEscapesInvisibleCharacters() {
    assertEquals("\"/bin/x\" \"ü\" \"日本\" \"😀\" \"zero\\u200bwidth\" \"nbsp\\u00a0x\"",
        quote("/bin/x", "ü", "日本", "😀", "zero\u200bwidth", "nbsp\u00a0x"));
  }

  @Test
  void quoteEscapesC1ControlsAsFourHexDigits() {
    assertEquals("\"/bin/x\" \"\\u0085\\u009f\"", quote("/bin/x", "\u0085\u009f"));
  }

  @Test
  void quoteEscapesNonPrintableSupplementaryCharactersAsEightHexDigits() {
    // U+E0001 LANGUAGE TAG is a format character; U+F0000 is private use.
    assertEquals("\"/bin/x\" \"\\U000e0001\\U000f0000\"",
        quote("/bin/x", new String(Character.toChars(0xE0001)) + new String(Character.toChars(0xF0000))));
  }

  @Test
  void quoteRefusesEmptyArgv() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.quote(List.of()));
    assertEquals("exec argv is empty; it needs at least the executable", e.getMessage());
  }

  @Test
  void quoteRefusesUnpairedSurrogateNamingTheWord() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quote("/bin/x", "a", "b\ud800"));
    assertEquals("exec argv[2] \"b\\ud800\" has an unpaired surrogate at index 1", e.getMessage());
  }

  @Test
  void quoteRefusesNoncharacters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> quote("/bin/x", "\ufffe"));
    assertEquals("exec argv[1] \"\ufffe\" contains the noncharacter U+FFFE at index 0, which systemd refuses",
        e.getMessage());
  }

  @Test
  void quoteArgumentsGivesRktReaperLine() {
    assertEquals("/reaper.sh \"hello\" \"/opt/stage2/hello/rootfs\" \"/bin/hello\"",
        "/reaper.sh " + ExecCommand.quoteArguments(List.of("hello", "/opt/stage2/hello/rootfs", "/bin/hello")));
  }

  @Test
  void quoteArgumentsEscapesEveryWordAsAnArgument() {
    assertEquals("\"a$$b\" \"100%%\" \"q\\\"\\\\\"", ExecCommand.quoteArguments(List.of("a$b", "100%", "q\"\\")));
  }

  @Test
  void quoteArgumentsOfNoWordsIsEmpty() {
    assertEquals("", ExecCommand.quoteArguments(List.of()));
  }

  // split

  @Test
  void splitReadsQuotedAndBareWords() {
    assertEquals(List.of("/bin/echo", "a b", "c", "d"), ExecCommand.split("/bin/echo \"a b\"\t'c'   d"));
  }

  @Test
  void splitOfBlankValueIsEmpty() {
    assertEquals(List.of(), ExecCommand.split("  \t "));
  }

  @Test
  void splitKeepsEmptyQuotedWord() {
    assertEquals(List.of("/bin/x", "", "y"), ExecCommand.split("/bin/x \"\" y"));
  }

  @Test
  void splitDecodesEveryCEscape() {
    assertEquals(List.of("\u0007\b\f\n\r\t\u000b\\\"' \u001bé日😀A"),
        ExecCommand.split("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\'\\s\\x1b\\xc3\\xa9\\u65e5\\U0001f600\\101\""));
  }

  @Test
  void splitDecodesEscapesOutsideQuotes() {
    assertEquals(List.of("a b", ";"), ExecCommand.split("a\\sb \\x3b"));
  }

  @Test
  void splitReadsWholeWordEscapedSemicolonAsSemicolon() {
    assertEquals(List.of("/bin/find", ".", "-exec", "rm", "{}", ";"), ExecCommand.split("/bin/find . -exec rm {} \\;"));
  }

  @Test
  void splitReturnsBareSemicolonSeparatorAsAWord() {
    assertEquals(List.of("/bin/a", ";", "/bin/b"), ExecCommand.split("/bin/a ; /bin/b"));
  }

  @Test
  void splitRefusesEscapedSemicolonInsideAWord() {
    assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("a\\;b"));
  }

  @Test
  void splitLeavesSpecifiersAndVariablesAlone() {
    assertEquals(List.of("/bin/x", "%%n", "$$HOME"), ExecCommand.split("\"/bin/x\" \"%%n\" $$HOME"));
  }

  @Test
  void splitRefusesUnbalancedQuote() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("/bin/x \"a b"));
    assertEquals("exec value \"/bin/x \"a b\" cannot be split: the quote \" opened at index 7 is never closed",
        e.getMessage());
  }

  @Test
  void splitRefusesQuoteInsideWord() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("a\"b c\"d"));
    assertTrue(e.getMessage().contains("quote \" at index 1 is inside a word"), e.getMessage());
  }

  @Test
  void splitRefusesTextAfterClosingQuote() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("\"a\"b"));
    assertTrue(e.getMessage().contains("text follows the closing quote at index 2"), e.getMessage());
  }

  @Test
  void splitRefusesUnknownEscape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("\"a\\/b\""));
    assertTrue(e.getMessage().contains("the escape \\/ at index 2 is not one of systemd's"), e.getMessage());
  }

  @Test
  void splitRefusesEscapedNul() {
    for (String value : List.of("\"\\x00\"", "\\000", "\\u0000", "\\U00000000")) {
      assertThrows(IllegalArgumentException.class, () -> ExecCommand.split(value), value);
    }
  }

  @Test
  void splitRefusesTrailingBackslash() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("a\\"));
    assertTrue(e.getMessage().endsWith("it ends with a lone '\\'"), e.getMessage());
  }

  @Test
  void splitRefusesShortHexEscape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("\\x4"));
    assertTrue(e.getMessage().contains("needs 2 digits"), e.getMessage());
  }

  @Test
  void splitRefusesEscapesThatAreNotUtf8() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("\\xff"));
    assertTrue(e.getMessage().endsWith("its escapes decode to bytes that are not valid UTF-8"), e.getMessage());
  }

  @Test
  void splitRefusesSurrogateAndNoncharacterEscapes() {
    for (String value : List.of("\\ud800", "\\ufdd0", "\\U0010ffff", "\\U00110000")) {
      assertThrows(IllegalArgumentException.class, () -> ExecCommand.split(value), value);
    }
  }

  @Test
  void splitRefusesOctalAbove377() {
    assertThrows(IllegalArgumentException.class, () -> ExecCommand.split("\\400"));
  }

  @Test
  void splitReadsQuoteBackIntoWords() {
    assertEquals(List.of("/bin/sh", "-c", "echo $$HOME 100%%", "it's", "tab\t"),
        ExecCommand.split(quote("/bin/sh", "-c", "echo $HOME 100%", "it's", "tab\t")));
  }

  @Test
  void specifiersEscapeDoublesEveryPercent() {
    assertEquals("100%% %%n %%%%", Specifiers.escape("100% %n %%"));
  }

  @Test
  void specifiersEscapeLeavesTextWithoutPercentAlone() {
    String text = "Application=hello Image=example.com/hello";
    assertEquals(text, Specifiers.escape(text));
  }
}
