package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitNameTest {

  @Test
  void parseSplitsPlainName() {
    UnitName name = UnitName.parse("reaper-hello.service");
    assertEquals(new UnitName("reaper-hello", null, UnitType.SERVICE), name);
    assertNull(name.instance());
    assertFalse(name.isTemplate());
    assertFalse(name.isInstance());
  }

  @Test
  void parseSplitsTemplate() {
    UnitName name = UnitName.parse("prepare-app@.service");
    assertEquals(new UnitName("prepare-app", "", UnitType.SERVICE), name);
    assertTrue(name.isTemplate());
    assertFalse(name.isInstance());
  }

  @Test
  void parseSplitsInstance() {
    UnitName name = UnitName.parse("prepare-app@-opt-stage2-my\\x2dapp-rootfs.service");
    assertEquals("prepare-app", name.prefix());
    assertEquals("-opt-stage2-my\\x2dapp-rootfs", name.instance());
    assertTrue(name.isInstance());
    assertFalse(name.isTemplate());
  }

  @Test
  void parseUsesLastDotForTheSuffix() {
    assertEquals(new UnitName("a.b", "c.d", UnitType.SOCKET), UnitName.parse("a.b@c.d.socket"));
  }

  @Test
  void toStringGivesTheNameBack() {
    for (String name : new String[] {"hello.service", "prepare-app@.service", "foo@bar.timer", "-.mount", "default.target"}) {
      assertEquals(name, UnitName.parse(name).toString());
    }
  }

  @Test
  void parseRefusesInvalidNameWithUnitNamesMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitName.parse("hello"));
    assertEquals("unit name \"hello\" does not end with a unit type suffix such as .service, .socket or .target",
        e.getMessage());
  }

  @Test
  void withInstanceFillsATemplate() {
    UnitName template = UnitName.template("prepare-app", UnitType.SERVICE);
    String instance = "-" + UnitNames.pathEscape("/opt/stage2/hello/rootfs");
    assertEquals("prepare-app@-opt-stage2-hello-rootfs.service", template.withInstance(instance).toString());
    assertEquals(template, template.withInstance(instance).template());
  }

  @Test
  void withInstanceRefusesEmptyInstance() {
    assertThrows(IllegalArgumentException.class, () -> UnitName.template("a", UnitType.SERVICE).withInstance(""));
  }

  @Test
  void constructorRefusesEmptyPrefix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitName.of("", UnitType.SERVICE));
    assertEquals("unit name prefix is empty; a unit name needs text before its suffix or '@'", e.getMessage());
  }

  @Test
  void constructorRefusesAtInPrefixOrInstance() {
    assertThrows(IllegalArgumentException.class, () -> UnitName.of("a@b", UnitType.SERVICE));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new UnitName("a", "b@c", UnitType.SERVICE));
    assertEquals("unit name instance \"b@c\" contains '@' at index 1; only A-Z, a-z, 0-9, ':', '-', '_', '.' and '\\' "
        + "are allowed (escape the text with UnitNames.escape)", e.getMessage());
  }

  @Test
  void constructorRefusesUnescapedText() {
    assertThrows(IllegalArgumentException.class, () -> new UnitName("a", "/opt/x", UnitType.SERVICE));
    assertThrows(IllegalArgumentException.class, () -> UnitName.of("my app", UnitType.SERVICE));
  }

  @Test
  void constructorRefusesNameLongerThan255() {
    UnitName.of("a".repeat(247), UnitType.SERVICE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UnitName.of("a".repeat(248), UnitType.SERVICE));
    assertTrue(e.getMessage().endsWith("is 256 characters long; a unit name has at most 255"), e.getMessage());
  }

  @Test
  void everyTypeHasItsSuffix() {
    assertEquals(".service", UnitType.SERVICE.suffix());
    assertEquals(".automount", UnitType.AUTOMOUNT.suffix());
    for (UnitType type : UnitType.values()) {
      assertEquals(Optional.of(type), UnitType.ofSuffix(type.suffix()));
      assertEquals("." + type.name().toLowerCase(Locale.ROOT), type.suffix());
    }
    assertEquals(Optional.empty(), UnitType.ofSuffix(".Service"));
  }
}
