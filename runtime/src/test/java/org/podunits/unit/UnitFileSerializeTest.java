package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link UnitFile#serialize()} against go-systemd's {@code TestSerialize} (cases 0-9; 6-9 are
 * errors for podunits) and the table of unit-file-format.md §7.1.
 */
class UnitFileSerializeTest {

  private static UnitOption o(String section, String name, String value) {
    return new UnitOption(section, name, value);
  }

  @Test
  void serializeOfNoOptionsIsEmpty() {
    assertEquals("", UnitFile.of(List.of()).serialize());
  }

  @Test
  void serializeGroupsOptionsBySectionInFirstSeenOrder() {
    UnitFile file = UnitFile.of(
        o("Service", "A", "1"), o("Unit", "B", "2"), o("Install", "C", "3"), o("Unit", "D", "4"),
        o("Service", "E", "5"));
    assertEquals("[Service]\nA=1\nE=5\n\n[Unit]\nB=2\nD=4\n\n[Install]\nC=3\n", file.serialize());
  }

  @Test
  void serializeMatchesGoSystemdCaseFive() {
    UnitFile file = UnitFile.of(
        o("Unit", "Description", "Foo"),
        o("Service", "ExecStart", "/usr/bin/sleep infinity"),
        o("Unit", "BindsTo", "bar.service"),
        o("X-Foo", "Bar", "baz"),
        o("Service", "ExecStop", "/usr/bin/sleep 1"),
        o("Unit", "Documentation", "https://foo.com"));
    assertEquals(
        "[Unit]\nDescription=Foo\nBindsTo=bar.service\nDocumentation=https://foo.com\n\n"
            + "[Service]\nExecStart=/usr/bin/sleep infinity\nExecStop=/usr/bin/sleep 1\n\n"
            + "[X-Foo]\nBar=baz\n",
        file.serialize());
  }

  @Test
  void serializeWritesEmptyValue() {
    assertEquals("[Unit]\nDescription=\n", UnitFile.of(o("Unit", "Description", "")).serialize());
  }

  // go-systemd TestSerialize.

  @Test
  void goSystemdCase1SameSectionTwoNames() {
    assertEquals("[Unit]\nDescription=Foo\nBindsTo=bar.service\n",
        UnitFile.of(o("Unit", "Description", "Foo"), o("Unit", "BindsTo", "bar.service")).serialize());
  }

  @Test
  void goSystemdCase2RepeatedName() {
    assertEquals("[Unit]\nDescription=Foo\nDescription=Bar\n",
        UnitFile.of(o("Unit", "Description", "Foo"), o("Unit", "Description", "Bar")).serialize());
  }

  @Test
  void goSystemdCase3TwoSectionsWithBlankLineBetween() {
    assertEquals("[Unit]\nDescription=Foo\n\n[Service]\nExecStart=/usr/bin/sleep infinity\n",
        UnitFile.of(o("Unit", "Description", "Foo"), o("Service", "ExecStart", "/usr/bin/sleep infinity")).serialize());
  }

  @Test
  void goSystemdCase4LaterOptionJoinsItsSectionsFirstGroup() {
    assertEquals("[Unit]\nDescription=Foo\nBindsTo=bar.service\n\n[Service]\nExecStart=/usr/bin/sleep infinity\n",
        UnitFile.of(o("Unit", "Description", "Foo"), o("Service", "ExecStart", "/usr/bin/sleep infinity"),
            o("Unit", "BindsTo", "bar.service")).serialize());
  }

  @Test
  void goSystemdCase6RefusesNonAsciiOptionName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("©", "µ☃", "ÇôrèÕ$"));
    assertEquals("unit option [©] µ☃: option name contains 'µ' (U+00B5) at index 0; only A-Z, a-z, 0-9, '_' and '-' "
        + "are allowed", e.getMessage());
  }

  @Test
  void nonAsciiSectionAndValueAreWrittenAsGiven() {
    assertEquals("[©]\nName=ÇôrèÕ$\n", UnitFile.of(o("©", "Name", "ÇôrèÕ$")).serialize());
  }

  @Test
  void goSystemdCase7RefusesNewlineInSection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Un\nit", "Description", "Foo"));
    assertEquals("unit option [Un\\x0ait] Description: section name contains a newline (U+000A) at index 2",
        e.getMessage());
  }

  @Test
  void goSystemdCase8RefusesNewlineInName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", "Desc\nription", "Foo"));
    assertEquals("unit option [Unit] Desc\\x0aription: option name contains a newline (U+000A) at index 4; only A-Z, "
        + "a-z, 0-9, '_' and '-' are allowed", e.getMessage());
  }

  @Test
  void goSystemdCase9RefusesNewlineInValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", "Description", "Fo\no"));
    assertEquals("unit option [Unit] Description: value contains a newline (U+000A) at index 2, which would end the "
        + "line", e.getMessage());
  }

  // unit-file-format.md §7.1: what go-systemd writes raw and podunits refuses or keeps.

  @Test
  void refusesCarriageReturnInValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", "Description", "a\r\nb"));
    assertEquals("unit option [Unit] Description: value contains a carriage return (U+000D) at index 1, which would end "
        + "the line", e.getMessage());
  }

  @Test
  void refusesNulInValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", "Description", "a\0b"));
    assertEquals("unit option [Unit] Description: value contains a NUL (U+0000) at index 1, which would end the line",
        e.getMessage());
  }

  @Test
  void refusesTrailingBackslash() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> o("Service", "ExecStart", "/bin/echo a \\"));
    assertEquals("unit option [Service] ExecStart: value ends with a lone '\\', which would join the next line to it; write \\\\ for a backslash",
        e.getMessage());
  }

  @Test
  void refusesClosingBracketInSection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Un]it", "A", "b"));
    assertEquals("unit option [Un]it] A: section name contains ']' at index 2", e.getMessage());
  }

  @Test
  void refusesOpeningBracketInSection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("[Unit", "A", "b"));
    assertEquals("unit option [[Unit] A: section name contains '[' at index 0", e.getMessage());
  }

  @Test
  void refusesEmptySectionBeforeEmptyName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("", "", "v"));
    assertEquals("unit option [] : section name is empty", e.getMessage());
  }

  @Test
  void refusesEmptyName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", "", "v"));
    assertEquals("unit option [Unit] : option name is empty", e.getMessage());
  }

  @Test
  void refusesNameWithSurroundingSpaces() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", " Name ", "x"));
    assertEquals("unit option [Unit]  Name : option name contains a space at index 0; only A-Z, a-z, 0-9, '_' and '-' "
        + "are allowed", e.getMessage());
  }

  @Test
  void refusesLeadingWhitespaceInValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> o("Unit", "Description", "  padded  "));
    assertEquals("unit option [Unit] Description: value starts with a space, which systemd would strip", e.getMessage());
  }

  @Test
  void refusesTrailingTabInValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> o("Unit", "Description", "x\t"));
    assertEquals("unit option [Unit] Description: value ends with a TAB (U+0009), which systemd would strip",
        e.getMessage());
  }

  @Test
  void writesSpecifiersAndVariablesVerbatim() {
    assertEquals("[Service]\nExecStart=/bin/echo %n $HOME 100%\n",
        UnitFile.of(o("Service", "ExecStart", "/bin/echo %n $HOME 100%")).serialize());
  }

  @Test
  void writesQuotedEnvironmentVerbatim() {
    assertEquals("[Service]\nEnvironment=\"A=B\" \"C=D\"\n",
        UnitFile.of(o("Service", "Environment", "\"A=B\" \"C=D\"")).serialize());
  }

  @Test
  void writesUserSectionsAndOptions() {
    assertEquals("[X-Foo]\nX-Bar=baz\n", UnitFile.of(o("X-Foo", "X-Bar", "baz")).serialize());
  }

  @Test
  void writesInnerWhitespaceAndEqualsSignsVerbatim() {
    assertEquals("[Unit]\nDescription=a  b\t= c\n", UnitFile.of(o("Unit", "Description", "a  b\t= c")).serialize());
  }

  @Test
  void interleavedAndGroupedFilesWithTheSameTextAreEqual() {
    UnitFile interleaved = UnitFile.of(o("A", "a", "1"), o("B", "b", "2"), o("A", "c", "3"));
    UnitFile grouped = UnitFile.of(o("A", "a", "1"), o("A", "c", "3"), o("B", "b", "2"));
    assertEquals(grouped, interleaved);
    assertEquals(grouped.hashCode(), interleaved.hashCode());
    assertEquals(grouped.serialize(), interleaved.serialize());
    assertNotEquals(grouped.options(), interleaved.options());
  }

  @Test
  void filesWithOptionsInDifferentOrderWithinASectionDiffer() {
    assertNotEquals(UnitFile.of(o("A", "a", "1"), o("A", "b", "2")), UnitFile.of(o("A", "b", "2"), o("A", "a", "1")));
  }

  @Test
  void serializeOfManyInterleavedSectionsKeepsFirstSeenOrder() {
    UnitFile file = UnitFile.of(o("S1", "a", "1"), o("S2", "a", "2"), o("S3", "a", "3"), o("S4", "a", "4"),
        o("S5", "a", "5"), o("S1", "b", "6"), o("S5", "b", "7"), o("S3", "b", "8"));
    assertEquals("[S1]\na=1\nb=6\n\n[S2]\na=2\n\n[S3]\na=3\nb=8\n\n[S4]\na=4\n\n[S5]\na=5\nb=7\n",
        file.serialize());
  }

  @Test
  void serializeOfManySectionsEachTogetherKeepsListOrder() {
    List<UnitOption> options = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      options.add(o("S" + i, "a", Integer.toString(i)));
      options.add(o("S" + i, "b", "x" + i));
      expected.append(i > 1 ? "\n" : "").append("[S").append(i).append("]\na=").append(i).append("\nb=x")
          .append(i).append('\n');
    }
    assertEquals(expected.toString(), UnitFile.of(options).serialize());
  }

  @Test
  void serializeOfASectionComingBackAfterTheEighthGroupsIt() {
    List<UnitOption> options = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      options.add(o("S" + i, "a", Integer.toString(i)));
    }
    options.add(o("S2", "b", "again"));
    String text = UnitFile.of(options).serialize();
    assertTrue(text.startsWith("[S1]\na=1\n\n[S2]\na=2\nb=again\n\n[S3]\na=3\n"), text);
    assertTrue(text.endsWith("\n[S9]\na=9\n"), text);
  }

  @Test
  void serializedLengthIsExact() {
    UnitFile file = UnitFile.of(o("Service", "A", "1"), o("Unit", "B", "22"), o("Service", "C", "333"));
    String text = file.serialize();
    assertEquals("[Service]\nA=1\nC=333\n\n[Unit]\nB=22\n", text);
    assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"));
  }
}
