package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
