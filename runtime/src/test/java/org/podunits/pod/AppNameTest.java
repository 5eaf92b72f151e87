package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals("app name \"" + name + "\": " + message,
        assertThrows(IllegalArgumentException.class, () -> AppName.of(name)).getMessage());
  }

  @org.junit.jupiter.api.Test
  void emptyNameGetsAppcsMessage() {
    assertEquals("app name \"\": ACName cannot be empty",
        assertThrows(IllegalArgumentException.class, () -> AppName.of("")).getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Example.com/x|ACIdentifier must contain only lower case alphanumeric characters plus \"-._~/\"",
      "example.com/|ACIdentifier must start and end with only lower case alphanumeric characters",
      "a..b|ACIdentifier must start and end with only lower case alphanumeric characters",
  })
  void invalidImageNamesGetAppcsMessage(String image, String message) {
    assertEquals("app \"hello\": image name \"" + image + "\": " + message,
        assertThrows(IllegalArgumentException.class,
            () -> App.builder("hello").image(image).exec("/bin/hello").build()).getMessage());
  }
}
