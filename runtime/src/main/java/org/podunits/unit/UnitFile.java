package org.podunits.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable unit file: an ordered list of {@link UnitOption}s.
 *
 * <p>{@link #serialize()} writes the text byte for byte as go-systemd's {@code unit.Serialize}
 * does: sections in the order each was first seen, a section's options in input order (a section
 * that appears again joins its first group), one blank line between sections, one trailing
 * newline, and the empty string for a file with no options.
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

  /** The options, in order. */
  public List<UnitOption> options() {
    return options;
  }

  /** The distinct section names, in the order each was first seen. */
  public List<String> sections() {
    List<String> sections = new ArrayList<>(4);
    for (UnitOption option : options) {
      if (!sections.contains(option.section())) {
        sections.add(option.section());
      }
    }
    return Collections.unmodifiableList(sections);
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
    // Sections are few (two or three in practice), so a linear scan beats hashing; each option is
    // tagged with its section's index once, and each section is then written in one pass.
    String[] sections = new String[4];
    int sectionCount = 0;
    int[] sectionOf = new int[count];
    int chars = 0;
    boolean grouped = true;
    for (int i = 0; i < count; i++) {
      UnitOption option = options.get(i);
      String section = option.section();
      int index = indexOf(sections, sectionCount, section);
      if (index < 0) {
        if (sectionCount == sections.length) {
          sections = Arrays.copyOf(sections, sectionCount * 2);
        }
        index = sectionCount;
        sections[sectionCount++] = section;
        chars += section.length() + 4;
      } else if (index != sectionCount - 1) {
        grouped = false;
      }
      sectionOf[i] = index;
      chars += option.name().length() + option.value().length() + 2;
    }
    StringBuilder out = new StringBuilder(chars);
    if (grouped) {
      int current = -1;
      for (int i = 0; i < count; i++) {
        UnitOption option = options.get(i);
        if (sectionOf[i] != current) {
          if (current >= 0) {
            out.append('\n');
          }
          current = sectionOf[i];
          out.append('[').append(option.section()).append("]\n");
        }
        out.append(option.name()).append('=').append(option.value()).append('\n');
      }
      return out.toString();
    }
    for (int s = 0; s < sectionCount; s++) {
      if (s > 0) {
        out.append('\n');
      }
      String section = sections[s];
      out.append('[').append(section).append("]\n");
      for (int i = 0; i < count; i++) {
        UnitOption option = options.get(i);
        if (option.section().equals(section)) {
          out.append(option.name()).append('=').append(option.value()).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static int indexOf(String[] sections, int count, String section) {
    for (int i = count - 1; i >= 0; i--) {
      if (sections[i].equals(section)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitFile && ((UnitFile) other).options.equals(options);
  }

  @Override
  public int hashCode() {
    return options.hashCode();
  }

  /** The options, one per line, for diagnostics; use {@link #serialize()} for the file text. */
  @Override
  public String toString() {
    return "UnitFile" + options;
  }
}
