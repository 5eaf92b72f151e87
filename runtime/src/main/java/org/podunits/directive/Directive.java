package org.podunits.directive;

import java.util.List;
import java.util.Objects;

/**
 * What the catalogue knows about one directive in one section.
 *
 * <p>Versions are systemd release numbers; 0 means older than any release the sources record
 * (before 183). Beyond the fields fixed by the design, {@code ignoredSince} records from which
 * release systemd parses the setting but ignores it (the cgroup-v1 settings from 258, for
 * instance), which is worse than deprecated: the unit silently runs without it.
 *
 * @param section the section, such as {@code Service}
 * @param name the directive without {@code =}, such as {@code ExecStart}
 * @param kind what the value is
 * @param allowedValues for {@link ValueKind#ENUM}, the words systemd v262 takes; forms in angle
 *     brackets ({@code file:<path>}, {@code <integer 0-7>}) stand for a family of values; empty
 *     for other kinds and for enums whose words the catalogue does not list
 * @param since the first release with this directive in this section
 * @param deprecatedSince the release from which the directive is deprecated (usually the one
 *     that added its replacement), or -1
 * @param replacement the directive to use instead, or where no directive replaces it what to do
 *     instead (a phrase, such as the {@code +} prefix that replaces {@code PermissionsStartOnly=}),
 *     or the empty string
 * @param repeatable whether the directive may be given more than once, the values accumulating
 * @param specifiers whether systemd resolves {@code %} specifiers in the value
 * @param ignoredSince the release from which systemd ignores the directive, or -1
 */
public record Directive(
    String section,
    String name,
    ValueKind kind,
    List<String> allowedValues,
    int since,
    int deprecatedSince,
    String replacement,
    boolean repeatable,
    boolean specifiers,
    int ignoredSince) {

  /** Validates the fields and copies the allowed values. */
  public Directive {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind of " + name);
    Objects.requireNonNull(replacement, "replacement of " + name);
    allowedValues = List.copyOf(allowedValues);
    if (section.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("directive [" + section + "] " + name + "= needs a section and a name");
    }
    if (since < 0 || deprecatedSince < -1 || ignoredSince < -1) {
      throw new IllegalArgumentException("directive [" + section + "] " + name
          + "=: versions must be 0 or more (-1 for never), not since " + since + ", deprecated "
          + deprecatedSince + ", ignored " + ignoredSince);
    }
  }

  /** Whether the directive is deprecated on the given systemd release. */
  public boolean isDeprecatedOn(int systemdVersion) {
    return deprecatedSince >= 0 && systemdVersion >= deprecatedSince;
  }

  /** Whether the given systemd release parses the directive but ignores it. */
  public boolean isIgnoredOn(int systemdVersion) {
    return ignoredSince >= 0 && systemdVersion >= ignoredSince;
  }
}
