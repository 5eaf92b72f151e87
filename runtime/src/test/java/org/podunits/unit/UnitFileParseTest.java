package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitFile#parse}: every rule and error row of unit-file-format.md §7.2 (systemd 252's
 * reading, observed with {@code systemd-analyze verify}), and go-systemd's deserializer tests
 * (§6.3, §6.4, §6.5, §6.7) as podunits reads them.
 */
class UnitFileParseTest {

  private static List<UnitOption> parse(String text) throws UnitFormatException {
    return UnitFile.parse(text).options();
  }

  private static UnitFormatException error(String text) {
    return assertThrows(UnitFormatException.class, () -> UnitFile.parse(text));
  }

  private static void assertError(int line, String reason, String text) {
    UnitFormatException e = error(text);
    assertEquals(reason, e.reason());
    assertEquals(line, e.line());
    assertEquals("line " + line + ": " + reason, e.getMessage());
  }

  private static UnitOption o(String section, String name, String value) {
    return new UnitOption(section, name, value);
  }

  private static String value(String text) throws UnitFormatException {
    List<UnitOption> options = parse(text);
    assertEquals(1, options.size(), options.toString());
    return options.get(0).value();
  }

  // §7.2 row 1: continuation.

  @Test
  void continuationReplacesBackslashWithSpaceAndKeepsNextLineIndentation() throws Exception {
    assertEquals("Unnecessarily wrapped      words here",
        value("[Unit]\nDescription= Unnecessarily wrapped \\\n    words here\n"));
  }

  @Test
  void continuationJoinsSeveralLines() throws Exception {
    assertEquals("a b c", value("[Unit]\nDescription=a\\\nb\\\nc\n"));
  }

  @Test
  void continuationSwallowsASectionHeader() throws Exception {
    assertEquals(List.of(o("Unit", "Description", "a [Service]"), o("Unit", "After", "b")),
        parse("[Unit]\nDescription=a\\\n[Service]\nAfter=b\n"));
  }

  @Test
  void escapedBackslashAtLineEndDoesNotContinue() throws Exception {
    assertEquals(List.of(o("Unit", "Description", "a\\\\"), o("Unit", "After", "b")),
        parse("[Unit]\nDescription=a\\\\\nAfter=b\n"));
  }

  @Test
  void oddRunOfBackslashesContinues() throws Exception {
    assertEquals("a\\\\  b", value("[Unit]\nDescription=a\\\\\\\n b\n"));
  }

  @Test
  void backslashFollowedBySpaceDoesNotContinueAndIsRefused() {
    // §6.3 case 18: systemd keeps "poof \", which an option cannot hold.
    assertError(2, "unit option [Service] ExecStart: value ends with a lone '\\', which would join the next line to it; write \\\\ for a backslash",
        "[Service]\nExecStart=/bin/bash echo poof \\  ");
  }

  // Rows 2 and 3: what ends a continuation.

  @Test
  void blankLineEndsContinuation() throws Exception {
    assertEquals(List.of(o("Unit", "Description", "b"), o("Unit", "After", "c")),
        parse("[Unit]\nDescription=b \\\n\nAfter=c\n"));
  }

  @Test
  void endOfTextEndsContinuation() throws Exception {
    assertEquals("Bar", value("[Unit]\nDescription=Bar \\"));
  }

  @Test
  void blanksOnlyLineEndsContinuation() throws Exception {
    // §6.3 case 16: go-systemd gives "words here \\\n".
    assertEquals("words here", value("[Unit]\nDescription= words here \\\n  "));
  }

  // Rows 4 and 5: comments.

  @Test
  void commentLinesInsideContinuationAreSkipped() throws Exception {
    // §6.3 case 6: go-systemd gives "Bar\\\n# comment alpha" and "Bar\\\n# comment bravo \\\nBaz".
    assertEquals(List.of(o("Unit", "Description", "Bar"), o("Unit", "Description", "Bar Baz")),
        parse("[Unit]\nDescription=Bar\\\n# comment alpha\n\nDescription=Bar\\\n# comment bravo \\\nBaz\n"));
  }

  @Test
  void indentedCommentInsideContinuationIsSkipped() throws Exception {
    assertEquals("Bar Baz", value("[Unit]\nDescription=Bar\\\n  ; note\nBaz\n"));
  }

  @Test
  void commentEndingInBackslashDoesNotContinue() throws Exception {
    assertEquals(List.of(o("Unit", "A", "b"), o("Unit", "C", "d")), parse("[Unit]\n# comment \\\nA=b\nC=d\n"));
  }

  @Test
  void commentsAnywhereAreSkipped() throws Exception {
    // §6.3 case 5.
    assertEquals(List.of(o("Unit", "Description", "Bar")), parse("; comment alpha\n# comment bravo\n[Unit]\n"
        + "; comment charlie\n# comment delta\n#Description=Foo\nDescription=Bar\n; comment echo\n# comment foxtrot\n"));
  }

  @Test
  void hashInsideValueIsNotAComment() throws Exception {
    assertEquals("foo # bar", value("[Unit]\nDescription=foo # bar\n"));
  }

  // Rows 6 to 8: line terminators.

  @Test
  void crlfEndsLinesAndContinues() throws Exception {
    assertEquals(List.of(o("Unit", "Description", "foo    bar"), o("Unit", "After", "x")),
        parse("[Unit]\r\nDescription=foo \\\r\n  bar\r\nAfter=x\r\n"));
  }

  @Test
  void loneCarriageReturnEndsLine() throws Exception {
    assertEquals(List.of(o("Service", "Type", "foo"), o("Service", "Type", "bar")),
        parse("[Service]\rType=foo\rType=bar"));
  }

  @Test
  void nulEndsLine() throws Exception {
    assertEquals(List.of(o("Service", "Type", "foo"), o("Service", "Type", "bar")),
        parse("[Service]\0Type=foo\0Type=bar\0"));
  }

  @Test
  void lfCrIsOneLineEnd() throws Exception {
    // Observed: "a \" LF CR "  b" continues, so LF CR ends one line, not two.
    assertEquals("a    b", value("[Unit]\nDescription=a \\\n\r  b\n"));
    assertEquals(3, error("[Unit]\n\rA=b\n\rbad\n").line());
  }

  @Test
  void crNulIsOneLineEnd() throws Exception {
    assertEquals("a    b", value("[Unit]\nDescription=a \\\r\0  b\n"));
  }

  @Test
  void nulLfIsTwoLineEnds() {
    // Observed: after "a \" NUL LF the empty line ends the continuation and "  b" has no '='.
    assertError(4, "the line \"b\" has no '=', so systemd ignores it", "[Unit]\nDescription=a \\\0\n  b\n");
  }

  @Test
  void crCrIsTwoLineEnds() {
    assertError(4, "the line \"b\" has no '=', so systemd ignores it", "[Unit]\nDescription=a \\\r\r  b\n");
  }

  // Row 9: only space and TAB are blanks.

  @Test
  void noBreakSpaceAroundValueIsKept() throws Exception {
    assertEquals("\u00a0x\u00a0", value("[Service]\nType=\u00a0x\u00a0\n"));
  }

  @Test
  void verticalTabAndFormFeedAroundValueAreKept() throws Exception {
    assertEquals("\u000bx\f", value("[Service]\nType=\u000bx\f\n"));
  }

  @Test
  void verticalTabBeforeKeyMakesAnInvalidName() {
    UnitFormatException e = error("[Service]\n\u000bType=x\n");
    assertEquals(2, e.line());
    assertEquals("unit option [Service] \\x0bType: option name contains control character U+000B at index 0; only "
        + "A-Z, a-z, 0-9, '_' and '-' are allowed", e.reason());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }

  @Test
  void blanksAroundKeyAndValueAreStripped() throws Exception {
    // §6.3 cases 14 and 15, and go-systemd's TAB case.
    assertEquals(List.of(o("Unit", "Description", "words here"), o("Unit", "Description", "words here"),
        o("Unit", "Description", "Foo")),
        parse("[Unit]\n Description   =words here\nDescription= words here \n\tDescription\t=\tFoo\t\n"));
  }

  // Row 10: before the first section.

  @Test
  void assignmentBeforeFirstSectionIsAnError() {
    // §6.3 case 7.
    assertError(1, "the line \"Description=Foo\" comes before the first section header, where systemd ignores it",
        "Description=Foo\n[Unit]\nDescription=Bar\n");
  }

  @Test
  void garbageBeforeFirstSectionIsAnError() {
    // §6.3 case 8.
    assertEquals(1, error("<<<<<<<<\n[Unit]\nDescription=Bar\n").line());
  }

  @Test
  void bracketInsideGarbageDoesNotOpenASection() {
    assertError(1, "the line \"foo[Unit]\" comes before the first section header, where systemd ignores it",
        "foo[Unit]\nA=b\n");
  }

  @Test
  void byteOrderMarkBeforeCommentMakesItAnAssignmentAsForSystemd() {
    // Observed: systemd strips the BOM after deciding the line is not a comment.
    assertEquals(1, error("\ufeff# c\n[Unit]\nDescription=x\n").line());
  }

  // Rows 11 and 12: missing '=' or key.

  @Test
  void lineWithoutEqualsIsAnError() {
    // §6.4 case 2.
    assertError(2, "the line \"Description\" has no '=', so systemd ignores it", "[Unit]\nDescription\n");
  }

  @Test
  void garbageLineInSectionIsAnError() {
    // §6.4 case 3.
    assertError(2, "the line \"<<<<<<\" has no '=', so systemd ignores it", "[Unit]\n<<<<<<\nDescription=Foo\n");
  }

  @Test
  void lineWithoutEqualsAtEndOfTextIsAnError() {
    assertEquals(2, error("[Unit]\nDescription").line());
  }

  @Test
  void emptyKeyIsAnError() {
    assertError(2, "the line \"=value\" has no key before '=', so systemd ignores it", "[Unit]\n=value\n");
  }

  @Test
  void indentedEmptyKeyIsAnError() {
    assertError(2, "the line \"= value\" has no key before '=', so systemd ignores it", "[Unit]\n  = value\n");
  }

  // Rows 13 to 15: section headers.

  @Test
  void textAfterSectionHeaderIsAnError() {
    // §6.4 case 1.
    assertError(1, "the section header \"[Unit] pants\" does not end with ']'", "[Unit] pants\nDescription=Foo\n");
  }

  @Test
  void sectionHeaderWithoutClosingBracketIsAnError() {
    // §6.4 case 0.
    assertError(1, "the section header \"[Unit\" does not end with ']'", "[Unit\nDescription=Foo\n");
  }

  @Test
  void loneOpeningBracketIsAnError() {
    assertEquals(2, error("[Unit]\n[\n").line());
  }

  @Test
  void doubleBracketsNameAnInvalidSection() {
    assertError(1, "the section header \"[[Unit]]\" is invalid: unit section [[Unit]]: section name contains '[' at "
        + "index 0", "[[Unit]]\nA=b\n");
  }

  @Test
  void emptySectionNameIsAnError() {
    assertError(1, "the section header \"[]\" is invalid: unit section []: section name is empty", "[]\nA=b\n");
  }

  @Test
  void quoteInSectionNameIsAnError() {
    // Observed: "Bad characters in section header", and the unit fails to load.
    assertEquals(1, error("[X-Fo\"o]\nA=b\n").line());
  }

  @Test
  void spacesInsideBracketsBelongToTheSectionName() throws Exception {
    assertEquals(List.of(o(" Unit ", "A", "b")), parse("[ Unit ]\nA=b\n"));
  }

  @Test
  void indentedHeaderWithTrailingBlanksIsAccepted() throws Exception {
    assertEquals(List.of(o("Unit", "A", "b"), o("Service", "C", "d")), parse("[Unit]   \nA=b\n   [Service]\t\nC=d\n"));
  }

  @Test
  void repeatedSectionsAreAccepted() throws Exception {
    assertEquals(List.of(o("Unit", "A", "1"), o("Service", "B", "2"), o("Unit", "C", "3")),
        parse("[Unit]\nA=1\n[Service]\nB=2\n[Unit]\nC=3\n"));
  }

  @Test
  void sectionsWithoutOptionsGiveNoOptions() throws Exception {
    // §6.3 case 2.
    assertEquals(List.of(), parse("[Unit]\n[Service]\n[X-Third-Party]\n"));
  }

  // Row 16: line length.

  @Test
  void lineOfOneMebibyteIsAcceptedAndOneByteMoreIsRefused() throws Exception {
    String comment = "#" + "c".repeat(UnitFileParser.LONG_LINE_MAX - 1);
    assertEquals(List.of(o("Unit", "A", "b")), parse(comment + "\n[Unit]\nA=b\n"));
    assertError(2, "the line is 1048577 bytes long, over systemd's limit of 1048576",
        "[Unit]\n" + comment + "c\nA=b\n");
  }

  @Test
  void lineLengthCountsUtf8Bytes() {
    String comment = "#" + "é".repeat(UnitFileParser.LONG_LINE_MAX / 2);
    assertEquals(1, error(comment + "\n").line());
  }

  @Test
  void continuedLineOverOneMebibyteIsRefused() {
    String half = "x".repeat(UnitFileParser.LONG_LINE_MAX / 2) + "\\\n";
    assertError(2, "the continued line starting here is longer than systemd's limit of 1048576 bytes",
        "[Unit]\nDescription=" + half + half + half);
  }

  @Test
  void optionLineOf2048BytesAndMoreIsAccepted() throws Exception {
    // systemd 235 and newer read lines up to 1 MiB; the version-aware checks refuse them for older targets.
    String line = "ExecStart=/bin/bash -c \"echo " + ".".repeat(3663 - 30) + "\"";
    assertEquals(List.of(o("Service", "ExecStart", line.substring(10))), parse("[Service]\n" + line + "\n"));
  }

  @Test
  void optionLineOf2047BytesIsAccepted() throws Exception {
    // §6.3 cases 19 and 20.
    String line = "ExecStart=/bin/bash -c \"echo " + ".".repeat(2047 - 30) + "\"";
    assertEquals(2047, line.length());
    assertEquals(1, parse("[Service]\n" + line).size());
    assertEquals(List.of(o("Service", "ExecStart", line.substring(10)), o("Service", "Option", "value")),
        parse("[Service]\n" + line + "\nOption=value\n"));
  }

  @Test
  void longSectionNameAndLongOptionNameAreRead() throws Exception {
    assertEquals(List.of(o("e".repeat(2580), "A", "b")), parse("[" + "e".repeat(2580) + "]\nA=b\n"));
    assertEquals(List.of(o("Unit", "N".repeat(2100), "v")), parse("[Unit]\n" + "N".repeat(2100) + "=v\n"));
  }

  @Test
  void lineOverOneMebibyteIsRefused() {
    assertEquals(2, error("[Unit]\nDescription=" + "x".repeat(1024 * 1024) + "\n").line());
  }

  // Row 17: text systemd would call "not UTF-8 clean".

  @Test
  void unpairedSurrogateInValueIsAnError() {
    UnitFormatException e = error("[Unit]\nDescription=a\ud800\n");
    assertEquals(2, e.line());
    assertTrue(e.reason().endsWith("value has an unpaired surrogate at index 1 and cannot be written as UTF-8"));
  }

  @Test
  void noncharacterInValueIsAnError() {
    assertEquals(2, error("[Unit]\nDescription=a\ufffeb\n").line());
  }

  @Test
  void unpairedSurrogateInCommentIsIgnored() throws Exception {
    assertEquals(List.of(o("Unit", "A", "b")), parse("# \udc00\n[Unit]\nA=b\n"));
  }

  // Row 18: the first malformed line decides.

  @Test
  void firstMalformedLineIsReported() {
    assertEquals(3, error("[Unit]\nA=b\nbad\nworse\n=\n").line());
  }

  @Test
  void continuedLineIsReportedAtItsFirstLine() {
    assertEquals(2, error("[Unit]\nBad Key=a \\\nb \\\nc\n").line());
  }

  // What the two parsers agree on.

  @Test
  void byteOrderMarkAtStartIsAccepted() throws Exception {
    assertEquals(List.of(o("Unit", "A", "b")), parse("\ufeff[Unit]\r\nA=b\r\n"));
  }

  @Test
  void byteOrderMarkElsewhereIsNotStripped() {
    assertEquals(2, error("[Unit]\n\ufeffA=b\n").line());
  }

  @Test
  void equalsSignsInValueAreKept() throws Exception {
    assertEquals("A=B", value("[Service]\nEnvironment=A=B\n"));
  }

  @Test
  void emptyValueIsAllowed() throws Exception {
    assertEquals("", value("[Service]\nExecStart=\n"));
    assertEquals("", value("[Service]\nExecStart=    \n"));
  }

  @Test
  void emptyTextAndCommentsOnlyGiveNoOptions() throws Exception {
    assertEquals(List.of(), parse(""));
    assertEquals(List.of(), parse("# a\n; b\n\n  \n"));
  }

  // go-systemd TestDeserialize cases not covered above.

  @Test
  void goSystemdCase0() throws Exception {
    assertEquals(List.of(o("Unit", "Description", "Foo"), o("Unit", "Description", "Bar"),
        o("Unit", "Requires", "baz.service"), o("Unit", "After", "baz.service")),
        parse("[Unit]\nDescription=Foo\nDescription=Bar\nRequires=baz.service\nAfter=baz.service\n"));
  }

  @Test
  void goSystemdCase1() throws Exception {
    assertEquals(List.of(o("Unit", "Description", "Foo"), o("Service", "ExecStart", "/usr/bin/sleep infinity"),
        o("X-Third-Party", "Pants", "on")),
        parse("[Unit]\nDescription=Foo\n\n[Service]\nExecStart=/usr/bin/sleep infinity\n\n[X-Third-Party]\n"
            + "Pants=on\n\n"));
  }

  @Test
  void goSystemdCase3QuotedEnvironment() throws Exception {
    assertEquals("\"FOO=BAR\" \"BAZ=QUX\"", value("[Service]\nEnvironment= \"FOO=BAR\" \"BAZ=QUX\"\n"));
  }

  @Test
  void goSystemdCase9And10KeysThatAreNotOptionNames() {
    assertEquals(2, error("[Unit]\n<<<<<<<<=Bar\n").line());
    assertEquals(2, error("[Unit]\nSome Thing = Bar\n").line());
  }

  @Test
  void goSystemdCase11NoFinalNewline() throws Exception {
    assertEquals("Bar", value("[Unit]\nDescription=Bar"));
  }

  @Test
  void goSystemdCase13NonAsciiKey() {
    UnitFormatException e = error("[©]\nµ☃=ÇôrèÕ$");
    assertEquals(2, e.line());
    assertTrue(e.reason().startsWith("unit option [©] µ☃: option name contains 'µ'"), e.reason());
  }

  @Test
  void goSystemdCase17ShellCommandIsKeptVerbatim() throws Exception {
    String command = "/bin/bash -c \"while true; do echo \\\"ping\\\"; sleep 1; done\"";
    assertEquals(command, value("[Service]\nExecStart=" + command + "\n"));
  }

  @Test
  void goSystemdEndToEndCasesAsPodunitsReadsThem() throws Exception {
    // §6.7 cases 1 and 2 differ from go-systemd: continuations are joined as systemd joins them.
    assertEquals("[Unit]\nDescription=Unnecessarily wrapped      words here\n",
        UnitFile.parse("[Unit]\nDescription= Unnecessarily wrapped \\\n    words here").serialize());
    assertEquals("[Unit]\nDescription=Demo\nRequires=docker.service\n",
        UnitFile.parse("[Unit]\nDescription=Demo \\\n\nRequires=docker.service\n").serialize());
    assertEquals("[Unit]\nDescription=Bar\n", UnitFile.parse("; comment alpha\n# comment bravo\n[Unit]\n"
        + "; comment charlie\n# comment delta\n#Description=Foo\nDescription=Bar\n; comment echo\n").serialize());
  }

  @Test
  void parseOfSerializeGivesAnEqualFile() throws Exception {
    UnitFile file = UnitFile.of(o("Service", "A", "1"), o("Unit", "B", "x  y"), o("Service", "C", "a\\b"),
        o("X-Y", "D", ""));
    assertEquals(file, UnitFile.parse(file.serialize()));
  }
}
