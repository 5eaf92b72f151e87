package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's grammar: commands, options, values, {@code --}, help and version. */
class ArgumentParserTest {

  @Test
  void noCommandIsPodunitsItself() {
    Arguments arguments = ArgumentParser.parse();
    assertSame(PodunitsCommand.SYNTAX, arguments.syntax());
    assertEquals(List.of(), arguments.operands());
  }

  @Test
  void optionsGoBeforeOrAfterArgumentsWithASpaceOrAnEqualsSign() {
    for (String[] args : new String[][] {
        {"check", "--systemd", "231", "--strict", "a", "b"},
        {"check", "a", "--systemd=231", "b", "--strict"},
        {"check", "a", "b", "--strict", "--systemd", "231"}}) {
      Arguments arguments = ArgumentParser.parse(args);
      assertEquals("check", arguments.syntax().name());
      assertEquals(List.of("a", "b"), arguments.operands());
      assertEquals("231", arguments.value("--systemd"));
      assertTrue(arguments.flag("--strict"));
    }
  }

  @Test
  void beforeTheCommandOnlyTheCommonOptionsExist() {
    UsageError error = assertThrows(UsageError.class, () -> ArgumentParser.parse("--strict", "check", "a"));
    assertEquals("unknown option --strict", error.getMessage());
    assertEquals("podunits", error.command());
    Arguments arguments = ArgumentParser.parse("--verbose", "check", "a");
    assertTrue(arguments.verbose());
    assertEquals("check", arguments.syntax().name());
  }

  @Test
  void anOptionIsReadByItsFirstNameWhicheverNameWasGiven() {
    for (String name : new String[] {"--classpath", "--class-path", "-cp"}) {
      Arguments arguments = ArgumentParser.parse("render", "--class", "C", name, "lib.jar");
      assertEquals("lib.jar", arguments.value("--classpath"), name);
    }
  }

  @Test
  void anEmptyValueAfterAnEqualsSignIsAValue() {
    assertEquals("", ArgumentParser.parse("render", "--class", "C", "--classpath=").value("--classpath"));
  }

  @Test
  void aValueMayStartWithADashOrHoldAnEqualsSign() {
    Arguments arguments = ArgumentParser.parse("render", "--class", "-odd", "--classpath", "-lib=1.jar");
    assertEquals("-odd", arguments.value("--class"));
    assertEquals("-lib=1.jar", arguments.value("--classpath"));
  }

  @Test
  void doubleDashEndsTheOptions() {
    Arguments arguments = ArgumentParser.parse("render", "--", "--dry-run", "-h");
    assertEquals(List.of("--dry-run", "-h"), arguments.operands());
    assertFalse(arguments.flag("--dry-run"));
    assertFalse(arguments.help());
  }

  @Test
  void aLoneDashIsAnArgument() {
    assertEquals(List.of("-"), ArgumentParser.parse("check", "-").operands());
  }

  @Test
  void anUnknownOptionSuggestsTheClosestOfTheCommand() {
    UsageError error = assertThrows(UsageError.class, () -> ArgumentParser.parse("render", "--dryrun"));
    assertEquals("unknown option --dryrun for render; did you mean --dry-run?", error.getMessage());
    assertEquals("podunits render", error.command());
    assertEquals("unknown option --verbos for list; did you mean --verbose?",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("list", "--verbos")).getMessage());
    assertEquals("unknown option --frobnicate for list",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("list", "--frobnicate")).getMessage());
  }

  @Test
  void anOptionOfAnotherCommandIsUnknown() {
    assertEquals("unknown option --strict for render",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("render", "--strict")).getMessage());
  }

  @Test
  void anUnknownCommandSuggestsTheClosestOrListsThemAll() {
    UsageError close = assertThrows(UsageError.class, () -> ArgumentParser.parse("chekc", "x"));
    assertEquals("unknown command \"chekc\"; did you mean check?", close.getMessage());
    assertEquals("podunits", close.command());
    assertEquals("unknown command \"web\"; the commands are render, check, diff, list, help",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("web")).getMessage());
  }

  @Test
  void aMissingValueIsAUsageError() {
    assertEquals("--systemd needs a value: --systemd N|auto",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("check", "x", "--systemd")).getMessage());
    // The next argument is another option: the value was forgotten, not "--strict".
    assertEquals("--systemd needs a value: --systemd N|auto",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("check", "--systemd", "--strict", "x")).getMessage());
    assertEquals("--format needs a value: --format FORMAT",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("check", "--format", "--verbose", "x")).getMessage());
  }

  @Test
  void aFlagGivenAValueIsAUsageError() {
    assertEquals("--strict takes no value, but was given \"yes\"",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("check", "--strict=yes", "x")).getMessage());
    assertEquals("--verbose takes no value, but was given \"1\"",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("--verbose=1")).getMessage());
  }

  @Test
  void anOptionGivenTwiceWithValuesIsAUsageErrorAndAFlagTwiceIsOneFlag() {
    assertEquals("--classpath is given twice, as \"a\" and \"b\"; give it once",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("render", "--class", "C", "-cp", "a", "--classpath=b"))
            .getMessage());
    Arguments arguments = ArgumentParser.parse("check", "--strict", "x", "--strict", "--verbose", "--verbose");
    assertTrue(arguments.flag("--strict"));
    assertTrue(arguments.verbose());
  }

  @Test
  void tooManyOrTooFewArgumentsAreUsageErrors() {
    assertEquals("render takes [NAME] [DIR]; \"c\" is one too many",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("render", "a", "b", "c")).getMessage());
    assertEquals("list takes no arguments, but was given \"x\"",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("list", "x")).getMessage());
    assertEquals("check needs PATH...",
        assertThrows(UsageError.class, () -> ArgumentParser.parse("check", "--strict")).getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-h", "--help"})
  void helpWinsWhereverItIsAndOverAnyMistake(String help) {
    for (String[] args : new String[][] {
        {help, "check"}, {"check", help}, {"check", "x", help}, {"check", "--sytsemd", "1", help},
        {"check", "--systemd", help}, {"check", help, "a", "b", "--format=json"}}) {
      Arguments arguments = ArgumentParser.parse(args);
      assertTrue(arguments.help(), String.join(" ", args));
      assertEquals("check", arguments.syntax().name(), String.join(" ", args));
    }
    assertSame(PodunitsCommand.SYNTAX, ArgumentParser.parse(help).syntax());
  }

  @Test
  void versionWinsOverAMistakeToo() {
    assertTrue(ArgumentParser.parse("list", "extra", "-V").version());
    assertTrue(ArgumentParser.parse("--version", "rendr").version());
  }

  @Test
  void aValueThatLooksLikeAnotherCommandsOptionIsAValue() {
    assertEquals("--strict", ArgumentParser.parse("render", "--class", "--strict").value("--class"));
    assertNull(ArgumentParser.parse("render").value("--class"));
  }
}
