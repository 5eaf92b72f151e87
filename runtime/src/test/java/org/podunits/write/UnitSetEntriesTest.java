package org.podunits.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

class UnitSetEntriesTest {

  private static final UnitFile UNIT = UnitFile.of(List.of(new UnitOption("Unit", "Description", "x")));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../etc/passwd|path \"../etc/passwd\" holds a '..' component; it must be normalized and stay under the pod root",
      "a/../b|path \"a/../b\" holds a '..' component; it must be normalized and stay under the pod root",
      "a/./b|path \"a/./b\" holds a '.' component; it must be normalized and stay under the pod root",
      ".|path \".\" holds a '.' component; it must be normalized and stay under the pod root",
      "a/..|path \"a/..\" holds a '..' component; it must be normalized and stay under the pod root",
      "/etc/passwd|path \"/etc/passwd\" is absolute; it must be relative to the pod root",
  })
  void entriesRefuseAPathThatCouldLeaveThePodRoot(String path, String message) {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> new UnitSet.UnitEntry(Path.of(path), UNIT, "failed"));

    assertEquals(message, thrown.getMessage());
  }

  @Test
  void entriesRefuseAnEmptyPath() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> new UnitSet.LinkEntry(Path.of(""), "../x", "failed"));

    assertEquals("path \"\" is empty; it must name a file under the pod root", thrown.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {".hidden", "..x", "a/...", "stage1/rootfs/.env/..a.service"})
  void namesThatOnlyStartWithDotsAreFine(String path) {
    assertEquals(Path.of(path), new UnitSet.UnitEntry(Path.of(path), UNIT, "failed").path());
  }

  @Test
  void twoEntriesForOnePathAreRefused() {
    UnitSet.Builder builder = UnitSet.builder().unit(Path.of("a.service"), UNIT, "failed");

    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> builder.link(Path.of("a.service"), "../b.service", "failed"));

    assertEquals("unit set: two entries for the path a.service", thrown.getMessage());
  }

  @Test
  void aLinkNeedsATargetWithoutNul() {
    assertEquals("link w/a.service: target must be non-empty and hold no NUL",
        assertThrows(IllegalArgumentException.class,
            () -> new UnitSet.LinkEntry(Path.of("w/a.service"), "", "failed")).getMessage());
    assertEquals("link w/a.service: target must be non-empty and hold no NUL",
        assertThrows(IllegalArgumentException.class,
            () -> new UnitSet.LinkEntry(Path.of("w/a.service"), "../a\0", "failed")).getMessage());
  }

  @Test
  void aFileEntryRefusesAModeOutsidePermissionBitsAndAnEmptyFailure() {
    assertEquals("file env: mode 10000 is not a permission mode between 0 and 7777 (octal)",
        assertThrows(IllegalArgumentException.class,
            () -> new UnitSet.FileEntry(Path.of("env"), new byte[0], 010000, "failed")).getMessage());
    assertEquals("the failure message for env must not be empty",
        assertThrows(IllegalArgumentException.class,
            () -> new UnitSet.FileEntry(Path.of("env"), new byte[0], 0644, "")).getMessage());
  }

  @Test
  void aFileEntryKeepsItsOwnCopyOfTheBytes() {
    byte[] bytes = {'a'};
    UnitSet.FileEntry entry = new UnitSet.FileEntry(Path.of("env"), bytes, 0644, "failed");
    bytes[0] = 'b';
    entry.content()[0] = 'c';

    assertEquals("a", entry.text());
  }
}
