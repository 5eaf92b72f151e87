package org.podunits.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable unit file: an ordered list of {@link UnitOption}s.
 *
 * <p>{@link #serialize()} writes the text byte for byte as go-systemd's {@code unit.Serialize}
 * does: sections in the order each was first seen, a section's options in input order (a section
 * that appears again joins its first group), one blank line between sections, one trailing
 * newline, and the empty string for a file with no options.
 *
 * <p>Two unit files are equal when they have the same text: the same options in the same order
 * once each section's options are grouped under its first header, as {@link #serialize()} writes
 * them. So {@code parse(f.serialize()).equals(f)} holds for every file, while {@link #options()}
 * keeps the order the options were given in.
 */
public final class UnitFile {

  private static final UnitFile EMPTY = new UnitFile(List.of());

  private final List<UnitOption> options;

  private UnitFile(List<UnitOption> options) {
    this.options = options;
  }

  /** A unit file holding these options, in this order. */
  public static UnitFile of(UnitOption... options) {
    return of(Arrays.asList(options));
  }

  /** A unit file holding these options, in this order. */
  public static UnitFile of(List<UnitOption> options) {
    if (options.isEmpty()) {
      return EMPTY;
    }
    return new UnitFile(List.copyOf(options));
  }

  /**
   * Reads unit-file text by systemd's rules: LF, CRLF, a lone CR and NUL end lines; {@code #} and
   * {@code ;} start comment lines; a line ending in {@code \} continues on the next non-comment
   * line, joined with a space; spaces and TABs (only) around keys and values are stripped; a BOM
   * at the start, indented headers and repeated sections are accepted. Where systemd would warn
   * and skip a line, or refuse the unit, this throws instead.
   *
   * @param text the unit file
   * @return its options, in the order they appear
   * @throws UnitFormatException at the first line that is not a comment, a blank line, a valid
   *     section header or a valid {@link UnitOption} inside a section, or that is longer than 1 MiB
   */
  public static UnitFile parse(CharSequence text) throws UnitFormatException {
    return UnitFileParser.parse(text);
  }

  /**
   * Reads unit-file text exactly as {@link #parse(CharSequence)} does, keeping the line each option
   * starts on, for messages that point at a line.
   *
   * @param text the unit file
   * @return its options with their 1-based line numbers, in the order they appear; {@code
   *     UnitFile.of} of their options equals {@code parse(text)}
   * @throws UnitFormatException where {@link #parse(CharSequence)} throws it
   */
  public static List<NumberedOption> parseNumbered(CharSequence text) throws UnitFormatException {
    return UnitFileParser.parseNumbered(text);
  }

  /** The options, in the order they were given. */
  public List<UnitOption> options() {
    return options;
  }

  /** The distinct section names, in the order each was first seen. */
  public List<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    String previous = null;
    for (UnitOption option : options) {
      String section = option.section();
      if (!section.equals(previous)) {
        sections.add(section);
        previous = section;
      }
    }
    return List.copyOf(sections);
  }

  /** The values of every option with this section and name, in order. */
  public List<String> values(String section, String name) {
    List<String> values = new ArrayList<>();
    for (UnitOption option : options) {
      if (option.name().equals(name) && option.section().equals(section)) {
        values.add(option.value());
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** The unit-file text, byte-identical to go-systemd's {@code unit.Serialize}. */
  public String serialize() {
    int count = options.size();
    if (count == 0) {
      return "";
    }
    Layout layout = new Layout(options);
    StringBuilder out = new StringBuilder(layout.chars);
    int current = -1;
    for (int i = layout.first[0]; i >= 0; i = layout.next(i)) {
      UnitOption option = options.get(i);
      int section = layout.sectionOf[i];
      if (section != current) {
        if (current >= 0) {
          out.append('\n');
        }
        current = section;
        out.append('[').append(option.section()).append("]\n");
      }
      out.append(option.name()).append('=').append(option.value()).append('\n');
    }
    return out.toString();
  }

  /** The options in the order {@link #serialize()} writes them: grouped by section. */
  private List<UnitOption> grouped() {
    if (options.isEmpty()) {
      return options;
    }
    Layout layout = new Layout(options);
    if (layout.next == null) {
      return options;
    }
    List<UnitOption> grouped = new ArrayList<>(options.size());
    for (int i = layout.first[0]; i >= 0; i = layout.next(i)) {
      grouped.add(options.get(i));
    }
    return grouped;
  }

  /**
   * Where each option goes in the text: its section's index (sections numbered in first-seen
   * order), the order to write options in, and the text's length in chars. Options already grouped
   * by section, the usual case, are written in list order; otherwise {@code next} chains each
   * option to the next one of its section, and each section's last option to the next section's
   * first.
   */
  private static final class Layout {
    final int[] sectionOf;
    final int[] first;
    final int[] next;
    final int chars;

    Layout(List<UnitOption> options) {
      int count = options.size();
      // Sections are few (two or three in practice), so a linear scan beats hashing; past a few
      // the index takes over, keeping the cost linear in the number of options.
      String[] sections = new String[4];
      Map<String, Integer> byName = null;
      int[] firstOf = new int[4];
      int[] lastOf = new int[4];
      int sectionCount = 0;
      int[] sectionOf = new int[count];
      int[] chain = null;
      int chars = 0;
      String previous = null;
      int previousIndex = -1;
      for (int i = 0; i < count; i++) {
        UnitOption option = options.get(i);
        String section = option.section();
        int index;
        if (section == previous || section.equals(previous)) {
          index = previousIndex;
        } else {
          index = byName != null ? byName.getOrDefault(section, -1) : indexOf(sections, sectionCount, section);
          if (index < 0) {
            if (sectionCount == sections.length) {
              sections = Arrays.copyOf(sections, sectionCount * 2);
              firstOf = Arrays.copyOf(firstOf, sectionCount * 2);
              lastOf = Arrays.copyOf(lastOf, sectionCount * 2);
            }
            index = sectionCount++;
            sections[index] = section;
            if (byName == null && sectionCount > LINEAR_SECTIONS) {
              byName = new HashMap<>();
              for (int k = 0; k < sectionCount; k++) {
                byName.put(sections[k], k);
              }
            } else if (byName != null) {
              byName.put(section, index);
            }
            firstOf[index] = i;
            lastOf[index] = i;
            chars += section.length() + 4;
          } else if (chain == null) {
            chain = new int[count];
            for (int k = 0; k < i; k++) {
              chain[k] = k + 1;
            }
          }
          previous = section;
          previousIndex = index;
        }
        if (chain != null && lastOf[index] != i) {
          chain[lastOf[index]] = i;
        }
        lastOf[index] = i;
        sectionOf[i] = index;
        chars += option.name().length() + option.value().length() + 2;
      }
      if (chain != null) {
        for (int s = 0; s < sectionCount; s++) {
          chain[lastOf[s]] = s + 1 < sectionCount ? firstOf[s + 1] : -1;
        }
      }
      this.sectionOf = sectionOf;
      this.first = firstOf;
      this.next = chain;
      this.chars = chars - 1;
    }

    int next(int i) {
      if (next != null) {
        return next[i];
      }
      return i + 1 < sectionOf.length ? i + 1 : -1;
    }
  }

  /** Up to this many sections, a linear scan finds a section's index faster than a hash lookup. */
  private static final int LINEAR_SECTIONS = 8;

  private static int indexOf(String[] sections, int count, String section) {
    for (int i = count - 1; i >= 0; i--) {
      if (sections[i].equals(section)) {
        return i;
      }
    }
    return -1;
  }

  /** Equal when both have the same text, that is the same options once grouped by section. */
  @Override
  public boolean equals(Object other) {
    return other instanceof UnitFile && ((UnitFile) other).grouped().equals(grouped());
  }

  @Override
  public int hashCode() {
    return grouped().hashCode();
  }

  /** The options, one per line, for diagnostics; use {@link #serialize()} for the file text. */
  @Override
  public String toString() {
    return "UnitFile" + options;
  }
}
