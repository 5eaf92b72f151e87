package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.pod.Refusals.assertRefused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** appc's ACName rules and messages (stage1-units.md §10). */
class AppNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "hello", "my-app", "a1-b2-c3", "0"})
  void acNamesAreAccepted(String name) {
    assertEquals(name, AppName.of(name).value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hello|ACName must contain only lower case alphanumeric characters plus \"-\"",
      "my_app|ACName must contain only lower case alphanumeric characters plus \"-\"",
      "a b|ACName must contain only lower case alphanumeric characters plus \"-\"",
      "100%|ACName must contain only lower case alphanumeric characters plus \"-\"",
      "-app|ACName must start and end with only lower case alphanumeric characters",
      "app-|ACName must start and end with only lower case alphanumeric characters",
      "a--b|ACName must start and end with only lower case alphanumeric characters",
  })
  void invalidNamesGetAppcsMessage(String name, String message) {
    assertRefused(DiagnosticCode.NAME_INVALID, "name", "app name \"" + name + "\": " + message, () -> AppName.of(name));
  }

  @org.junit.jupiter.api.Test
  void emptyNameGetsAppcsMessage() {
    assertRefused(DiagnosticCode.NAME_INVALID, "name", "app name \"\": ACName cannot be empty", () -> AppName.of(""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Example.com/x|ACIdentifier must contain only lower case alphanumeric characters plus \"-._~/\"",
      "example.com/|ACIdentifier must start and end with only lower case alphanumeric characters",
      "a..b|ACIdentifier must start and end with only lower case alphanumeric characters",
  })
  void invalidImageNamesGetAppcsMessage(String image, String message) {
    assertRefused(DiagnosticCode.IDENTIFIER_INVALID, "apps[hello].image", "image name \"" + image + "\": " + message,
        () -> App.builder("hello").image(image).exec("/bin/hello").build());
  }
}
