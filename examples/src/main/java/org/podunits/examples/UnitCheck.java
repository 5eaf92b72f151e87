package org.podunits.examples;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.directive.Severity;
import org.podunits.unit.NumberedOption;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitFormatException;
import org.podunits.unit.UnitOption;

/**
 * Checks one unit file or drop-in against the directive catalogue and puts each problem on its
 * line.
 *
 * <p>A line that is not valid UTF-8 is an error, and, as systemd does, the check then ignores that
 * line and reads the rest. Each option is checked on its own (with its unit's section rules); the
 * rules about a whole unit (a service without {@code ExecStart=}) are placed on its type section's
 * first option. A problem that repeats word for word (one misplaced section with several options)
 * is reported once, at its first line.
 */
final class UnitCheck {

  /** Reads a file's bytes; the check's only contact with the disk, so tests can fail it. */
  @FunctionalInterface
  interface Reader {
    byte[] read(Path path) throws IOException;
  }

  /** Reads from the file system. */
  static final Reader FILES = Files::readAllBytes;

  private UnitCheck() {}

  /** Checks the target and adds what it finds to {@code result}. */
  static void check(UnitScan.Target target, Reader reader, CheckResult result) {
    Path path = target.path();
    byte[] bytes;
    try {
      bytes = reader.read(path);
    } catch (NoSuchFileException e) {
      result.unreadable(path, "removed during the check");
      return;
    } catch (IOException e) {
      result.unreadable(path, IoMessages.reason(e));
      return;
    }
    result.checked(target);
    String text = decode(path, bytes, result);
    List<NumberedOption> options;
    try {
      options = UnitFile.parseNumbered(text);
    } catch (UnitFormatException e) {
      result.add(new Finding(path, e.line(), Severity.ERROR, e.reason()));
      return;
    }
    for (Finding finding : problems(path, target.unitName(), options, result.systemdVersion)) {
      result.add(finding);
    }
  }

  /**
   * The text of the file with every line that is not valid UTF-8 left empty, each reported. Lines
   * are counted at LF, as editors count them.
   */
  private static String decode(Path path, byte[] bytes, CheckResult result) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Some line is not UTF-8: decode line by line to find each and leave it out.
    }
    StringBuilder text = new StringBuilder(bytes.length);
    int start = 0;
    int line = 1;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
      CharBuffer out = CharBuffer.allocate(end - start);
      decoder.reset();
      if (decoder.decode(in, out, true).isError()) {
        int offset = in.position();
        result.add(new Finding(path, line, Severity.ERROR, String.format("byte 0x%02X at column %d is not valid"
            + " UTF-8, so systemd ignores the line; save the file as UTF-8", bytes[offset] & 0xff, offset - start + 1)));
      } else {
        decoder.flush(out);
        text.append(out.flip());
      }
      if (end < bytes.length) {
        text.append('\n');
      }
      start = end + 1;
      line++;
    }
    return text.toString();
  }

  /** The catalogue's problems with the options, each on its line. */
  static List<Finding> problems(Path path, String unitName, List<NumberedOption> options, int version) {
    // Checked as a drop-in of its unit, one option runs the section rules but not the rules about
    // a whole service, which need every option.
    String optionScope = unitName.endsWith(".d") ? unitName : unitName + ".d";
    List<Finding> findings = new ArrayList<>();
    Map<Problem, Integer> perOption = new HashMap<>();
    Set<Problem> reported = new HashSet<>();
    List<UnitOption> unit = new ArrayList<>(options.size());
    for (NumberedOption numbered : options) {
      unit.add(numbered.option());
      for (Problem problem : Directives.checkUnit(optionScope, UnitFile.of(numbered.option()), version)) {
        perOption.merge(problem, 1, Integer::sum);
        if (reported.add(problem)) {
          findings.add(new Finding(path, numbered.line(), problem.severity(), problem.message()));
        }
      }
    }
    int wholeUnitLine = wholeUnitLine(unitName, options);
    for (Problem problem : Directives.checkUnit(unitName, UnitFile.of(unit), version)) {
      int left = perOption.getOrDefault(problem, 0);
      if (left > 0) {
        perOption.put(problem, left - 1);
      } else {
        findings.add(new Finding(path, wholeUnitLine, problem.severity(), problem.message()));
      }
    }
    return findings;
  }

  /** The line a problem of the whole unit is shown on: its type section's first option, or its first. */
  private static int wholeUnitLine(String unitName, List<NumberedOption> options) {
    if (options.isEmpty()) {
      return 0;
    }
    String type = unitName.substring(unitName.lastIndexOf('.') + 1);
    for (NumberedOption option : options) {
      if (option.option().section().equalsIgnoreCase(type)) {
        return option.line();
      }
    }
    return options.get(0).line();
  }
}
