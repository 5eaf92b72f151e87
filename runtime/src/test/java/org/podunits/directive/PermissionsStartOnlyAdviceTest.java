package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podunits.unit.UnitOption;

/**
 * The advice for {@code PermissionsStartOnly=} names what replaces it, the {@code +} prefix of the
 * control commands (NEWS 240), not a directive.
 */
class PermissionsStartOnlyAdviceTest {

  @Test
  void deprecationNamesThePrivilegedPrefix() {
    List<Problem> problems = Directives.check(new UnitOption("Service", "PermissionsStartOnly", "true"), 240);
    assertEquals(List.of(new Problem(Severity.WARNING, "[Service] PermissionsStartOnly=true: PermissionsStartOnly= is deprecated since systemd 240;"
        + " use a \"+\" before each ExecStartPre=, ExecStartPost=, ExecReload=, ExecStop= and ExecStopPost="
        + " command that must run with full privileges (systemd 231 and newer) instead")), problems);
  }

  @Test
  void notDeprecatedBefore240() {
    assertEquals(List.of(), Directives.check(new UnitOption("Service", "PermissionsStartOnly", "true"), 239));
  }
}
