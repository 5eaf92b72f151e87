package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podunits.pod.Refusals.assertRefused;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.podunits.directive.Directives;

/** Each directive podunits writes itself is refused as an extra option, naming what to use. */
class WrittenDirectivesTest {

  static Stream<Map.Entry<String, String>> writtenDirectives() {
    return WrittenDirectives.SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey());
  }

  @ParameterizedTest
  @MethodSource("writtenDirectives")
  void anExtraOptionRepeatingIsRefusedNamingTheSetting(Map.Entry<String, String> written) {
    String section = written.getKey().substring(0, written.getKey().indexOf('/'));
    String name = written.getKey().substring(section.length() + 1);
    assertRefused(DiagnosticCode.OPTION_WRITTEN_BY_PODUNITS, "apps[hello].options[0].name", "[" + section + "] "
        + name + "= is written by podunits for every app; instead of an extra option, use " + written.getValue(),
        () -> Pods.hello().option(section, name, "x").build());
  }

  @ParameterizedTest
  @MethodSource("writtenDirectives")
  void eachWrittenDirectiveIsOneSystemdKnows(Map.Entry<String, String> written) {
    String section = written.getKey().substring(0, written.getKey().indexOf('/'));
    assertTrue(Directives.find(section, written.getKey().substring(section.length() + 1)).isPresent(), written::getKey);
  }
}
