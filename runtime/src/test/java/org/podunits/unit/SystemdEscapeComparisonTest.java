package org.podunits.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link UnitNames} with the real {@code systemd-escape} of this machine over generated
 * inputs (a fixed seed, so every run asks the same questions). Skipped where {@code systemd-escape}
 * is not installed.
 *
 * <p>Where UnitNames is deliberately stricter (see its class comment) the binary's answer counts
 * as a refusal: a warning that escaping is not reversible, or output that is not UTF-8. Inputs
 * that decode to NUL ({@code \x00}) are not generated, because the binary silently cuts its
 * answer short there.
 */
class SystemdEscapeComparisonTest {

  private static final Path BINARY = Path.of("/usr/bin/systemd-escape");
  private static final int PER_MODE = 90;

  private static final String[] PLAIN_PIECES = {
    "a", "Z", "0", "9", ":", "_", ".", "-", "/", "\\", "@", " ", "%", "$", "~", "\t", "\u0001", "\u007f", "ü", "日",
    "😀", "x", "\\x2d", "..", "//", "hello", "rootfs"
  };

  private static final String[] PATH_PIECES = {
    "/", "/", "//", "/.", "/..", ".", "..", "...", "a", "b-c", "my-app", "x y", "ü", "\\", "@", ":", "_", "%", "\t",
    "/opt/stage2", "rootfs"
  };

  private static final String[] ESCAPED_PIECES = {
    "a", "b", "0", ":", "_", ".", "..", "-", "--", "\\x2d", "\\x2D", "\\x2f", "\\x2e", "\\x20", "\\xc3\\xbc", "\\xc3",
    "\\xbc", "\\xff", "\\x9", "\\x", "\\", "\\X2d", "\\x+1", "\\xaZ", "x", "ü", "/", "@", "\\x40", "opt", "rootfs"
  };

  @BeforeAll
  static void requireBinary() {
    assumeTrue(Files.isExecutable(BINARY), "systemd-escape is not installed at " + BINARY
        + " (Debian package systemd); the comparison with the real tool is skipped");
  }

  @Test
  void escapeAgreesWithSystemdEscape() {
    // Plain escape refuses nothing a command line can carry and its answers hold no space, so one
    // run answers every input, separated by spaces.
    List<String> inputs = generate(new Random(1), PLAIN_PIECES, 6, List.of("", ".", "..", "/", "-"));
    List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--"));
    command.addAll(inputs);
    String answer = run(command);
    assertTrue(answer != null, "systemd-escape refused " + inputs);
    List<String> expected = List.of(answer.split(" ", -1));
    List<String> actual = new ArrayList<>();
    for (String input : inputs) {
      actual.add(UnitNames.escape(input));
    }
    assertEquals(expected, actual);
  }

  @Test
  void pathEscapeAgreesWithSystemdEscapeDashP() {
    List<String> extra = List.of("", "/", "a", "/a/b/.", "/" + "a".repeat(255), "/" + "a".repeat(256),
        ("/" + "a".repeat(255)).repeat(15) + "/" + "b".repeat(254),
        ("/" + "a".repeat(255)).repeat(15) + "/" + "b".repeat(255),
        ("/" + "a".repeat(255)).repeat(15) + "/" + "b".repeat(253) + "/",
        "/a" + "/".repeat(4100));
    assertSomeRefused(compare(generate(new Random(2), PATH_PIECES, 6, extra), List.of("-p"), UnitNames::pathEscape));
  }

  @Test
  void unescapeAgreesWithSystemdEscapeDashU() {
    assertSomeRefused(
        compare(generate(new Random(3), ESCAPED_PIECES, 6, List.of("", "-", "\\")), List.of("-u"), UnitNames::unescape));
  }

  @Test
  void pathUnescapeAgreesWithSystemdEscapeDashUDashP() {
    List<String> extra = List.of("", "-", "a".repeat(255), "a".repeat(256),
        ("a".repeat(255) + "-").repeat(15) + "b".repeat(254), ("a".repeat(255) + "-").repeat(15) + "b".repeat(255));
    assertSomeRefused(
        compare(generate(new Random(4), ESCAPED_PIECES, 6, extra), List.of("-u", "-p"), UnitNames::pathUnescape));
  }

  private static List<String> generate(Random random, String[] pieces, int maxPieces, List<String> extra) {
    Set<String> inputs = new LinkedHashSet<>(extra);
    while (inputs.size() < PER_MODE + extra.size()) {
      StringBuilder b = new StringBuilder();
      int count = 1 + random.nextInt(maxPieces);
      for (int i = 0; i < count; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      inputs.add(b.toString());
    }
    return new ArrayList<>(inputs);
  }

  private static void assertSomeRefused(int refused) {
    assertTrue(refused > 0 && refused < PER_MODE, "the generated inputs must include accepted and refused ones, "
        + refused + " of them were refused");
  }

  /** Asserts that both answer every input alike; returns how many the binary refused. */
  private static int compare(List<String> inputs, List<String> flags, UnaryOperator<String> java) {
    List<String> mismatches = new ArrayList<>();
    int refused = 0;
    for (String input : inputs) {
      String expected = runBinary(flags, input);
      String actual;
      try {
        actual = java.apply(input);
      } catch (IllegalArgumentException e) {
        actual = null;
      }
      if (expected == null) {
        refused++;
      }
      if (!Objects.equals(expected, actual)) {
        mismatches.add(flags + " \"" + SystemdText.printable(input) + "\": systemd-escape "
            + (expected == null ? "refuses" : "\"" + SystemdText.printable(expected) + "\"") + ", UnitNames "
            + (actual == null ? "refuses" : "\"" + SystemdText.printable(actual) + "\""));
      }
    }
    assertEquals(List.of(), mismatches);
    return refused;
  }

  private static String runBinary(List<String> flags, String input) {
    List<String> command = new ArrayList<>();
    command.add(BINARY.toString());
    command.addAll(flags);
    command.add("--");
    command.add(input);
    return run(command);
  }

  /** The binary's answer, or null if it fails, warns, or answers bytes that are not UTF-8. */
  private static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).start();
      CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      byte[] stdout = readAll(process.getInputStream());
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("systemd-escape did not answer within 10 s for " + command);
      }
      if (process.exitValue() != 0 || stderr.join().length > 0) {
        return null;
      }
      if (stdout.length == 0 || stdout[stdout.length - 1] != '\n') {
        fail("systemd-escape answered without a final newline for " + command);
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(stdout, 0, stdout.length - 1))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
