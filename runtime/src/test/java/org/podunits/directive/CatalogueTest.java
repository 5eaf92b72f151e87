package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's index of its text: rows parsed on first use, each the same entry as in the listing. */
class CatalogueTest {

  private static final String TEXT = String.join("\n",
      "# a header",
      "",
      "directive\tUnit\tDescription\tstring\t-\t0\t-\t-\tno\tyes\t-\tunit_string",
      "directive\tService\tType\tenum\tsimple,exec\t0\t-\t-\tno\tno\t-\tservice_type",
      "directive\tService\tMemoryLimit\tbytes\t-\t0\t231\tMemoryMax\tno\tno\t258\tbytes",
      "directive\tSocket\tType\tstring\t-\t0\t-\t-\tno\tno\t-\tstring",
      "value\tService\tType\texec\t240\t-\t-",
      "value\tService\tType\tsimple\t200\t-\t-\tlower-bound",
      "");

  @Test
  void aRowIsParsedWhenFirstAskedForAndIsTheListingsEntry() {
    Catalogue catalogue = new Catalogue(TEXT);
    Catalogue.Entry type = catalogue.find("Service", "Type");
    assertEquals(List.of("simple", "exec"), type.directive().allowedValues());
    assertEquals("service_type", type.parser());
    assertEquals(Map.of("exec", new Catalogue.ValueFact(240, -1, "", false),
        "simple", new Catalogue.ValueFact(200, -1, "", true)), type.valueFacts());
    assertSame(type, catalogue.find("Service", "Type"));
    assertSame(type, catalogue.entries().get(1));
    assertEquals(4, catalogue.entries().size());
    assertEquals(Map.of(), catalogue.find("Socket", "Type").valueFacts());
    assertEquals(List.of(type, catalogue.find("Socket", "Type")), catalogue.named("Type"));
    assertEquals(2, catalogue.inSection("Service").size());
  }

  @Test
  void sectionsAreKnownWithoutParsingARow() {
    Catalogue catalogue = new Catalogue(TEXT);
    assertTrue(catalogue.hasSection("Socket"));
    assertFalse(catalogue.hasSection("Timer"));
    assertEquals("Service", catalogue.allSections().closest("Servic"));
  }

  @Test
  void aNameOrSectionWithATabFindsNothing() {
    Catalogue catalogue = new Catalogue(TEXT);
    assertNull(catalogue.find("Service\tType", "enum"));
    assertNull(catalogue.find("Service", "Type\tenum"));
    assertNull(catalogue.find("Service", "ExecStart"));
  }

  @Test
  void aLineThatIsNoRowIsRefusedWithItsNumber() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new Catalogue("# header\nsomething\telse\n"));
    assertEquals("directives.tsv:2: not a directive or value row: something\telse", e.getMessage());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefusedWhenParsed() {
    Catalogue catalogue = new Catalogue("# header\ndirective\tService\tType\tenum\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> catalogue.find("Service", "Type"));
    assertEquals("directives.tsv:2: not a directive or value row: directive\tService\tType\tenum", e.getMessage());
  }

  @Test
  void theResourceIsAsciiSoReadingItAsLatin1ReadsItAsUtf8() throws IOException {
    try (InputStream in = Catalogue.openResource(Catalogue.RESOURCE)) {
      byte[] bytes = in.readAllBytes();
      for (int i = 0; i < bytes.length; i++) {
        assertTrue(bytes[i] >= 0, Catalogue.RESOURCE + " has a non-ASCII byte at offset " + i
            + "; Catalogue reads it as Latin-1, so keep the generated catalogue ASCII");
      }
    }
  }

  @Test
  void theRuntimesCatalogueParsesEveryRow() {
    List<Catalogue.Entry> entries = Catalogue.get().entries();
    assertEquals(1468, entries.size());
    for (Catalogue.Entry entry : entries) {
      assertSame(entry, Catalogue.get().find(entry.directive().section(), entry.directive().name()));
    }
  }
}
