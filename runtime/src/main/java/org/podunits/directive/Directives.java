package org.podunits.directive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * The systemd directive catalogue and the checks that catch what {@code systemd-analyze verify}
 * lets through: unknown directives and sections, directives in the wrong section, values systemd
 * cannot parse, and directives or values the target systemd does not know, deprecates or ignores.
 *
 * <p>The catalogue is read from the runtime's own resource the first time it is needed and then
 * kept; lookups are hash lookups. Sections and names prefixed {@code X-} are the user's own and
 * always pass.
 */
public final class Directives {

  private Directives() {}

  /** How long a value may be in a message before it is shortened. */
  private static final int SHOWN_VALUE_LENGTH = 80;

  private static final Map<String, String> TYPE_SECTIONS = Map.of(
      "service", "Service", "socket", "Socket", "mount", "Mount", "automount", "Automount",
      "swap", "Swap", "timer", "Timer", "path", "Path", "slice", "Slice", "scope", "Scope");

  /**
   * The directive {@code name} of {@code section}, if systemd has one.
   *
   * @param section a section name such as {@code Service}
   * @param name a directive name such as {@code ExecStart}
   */
  public static Optional<Directive> find(String section, String name) {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(name, "name");
    Catalogue.Entry entry = Catalogue.get().find(section, name);
    return entry == null ? Optional.empty() : Optional.of(entry.directive());
  }

  /**
   * The oldest systemd release the catalogue tells apart from its successors: the first release
   * its sources record a directive arriving in (183, the earliest systemd's man pages annotate).
   * Checks for an older target cannot know which directives it lacks.
   */
  public static int oldestKnownVersion() {
    int oldest = Integer.MAX_VALUE;
    for (Catalogue.Entry entry : Catalogue.get().entries()) {
      int since = entry.directive().since();
      if (since > 0 && since < oldest) {
        oldest = since;
      }
    }
    return oldest;
  }

  /**
   * The newest systemd release the catalogue describes: the last release in which it records a
   * directive arriving, being deprecated or being ignored. Checks for a newer target cannot know
   * what that release changed.
   */
  public static int newestKnownVersion() {
    int newest = 0;
    for (Catalogue.Entry entry : Catalogue.get().entries()) {
      Directive d = entry.directive();
      newest = Math.max(newest, Math.max(d.since(), Math.max(d.deprecatedSince(), d.ignoredSince())));
    }
    return newest;
  }

  /**
   * Checks one option against the catalogue for a target systemd release.
   *
   * @param option the option
   * @param systemdVersion the systemd release the unit is for, such as 252
   * @return the problems found, empty when systemd takes the option as written
   * @throws IllegalArgumentException if the version is negative
   */
  public static List<Problem> check(UnitOption option, int systemdVersion) {
    Objects.requireNonNull(option, "option");
    checkVersion(systemdVersion);
    String section = option.section();
    String name = option.name();
    if (section.startsWith("X-") || name.startsWith("X-")) {
      return List.of();
    }
    Catalogue catalogue = Catalogue.get();
    Catalogue.Entry entry = catalogue.find(section, name);
    if (entry == null) {
      return List.of(new Problem(Severity.ERROR, label(option) + ": " + unknown(catalogue, section, name)));
    }
    List<Problem> problems = null;
    Directive d = entry.directive();
    String value = option.value();

    String version = versionProblem(catalogue, d, systemdVersion);
    if (version != null) {
      Severity severity = d.since() > systemdVersion || d.isIgnoredOn(systemdVersion)
          ? Severity.ERROR : Severity.WARNING;
      problems = add(problems, new Problem(severity, label(option) + ": " + version));
    }

    String syntax = control(value);
    if (syntax == null && d.specifiers()) {
      syntax = SpecifierCheck.check(value, systemdVersion);
      if (syntax == null) {
        syntax = ValueSyntax.check(entry, SpecifierCheck.standIn(value), systemdVersion);
      }
    } else if (syntax == null) {
      syntax = ValueSyntax.check(entry, value, systemdVersion);
    }
    if (syntax != null) {
      problems = add(problems, new Problem(Severity.ERROR, label(option) + ": " + syntax));
    }

    Catalogue.ValueFact fact = entry.valueFacts().isEmpty() ? null : entry.valueFacts().get(value);
    if (fact != null) {
      if (fact.since() > systemdVersion) {
        problems = add(problems, new Problem(Severity.ERROR, label(option) + ": " + name + "=" + value
            + " needs systemd " + fact.since() + " or newer, but the target is systemd " + systemdVersion
            + "; choose another value or raise the target version"));
      } else if (fact.deprecatedSince() >= 0 && systemdVersion >= fact.deprecatedSince()) {
        problems = add(problems, new Problem(Severity.WARNING, label(option) + ": " + name + "=" + value
            + " is deprecated since systemd " + fact.deprecatedSince()
            + (fact.replacement().isEmpty() ? "; choose another value"
                : " (systemd treats it as " + fact.replacement() + "); write " + name + "=" + fact.replacement())));
      }
    }
    return problems == null ? List.of() : Collections.unmodifiableList(problems);
  }

  /**
   * Checks every option of a unit file, that its sections suit its type (a {@code .socket} unit
   * takes {@code [Unit]}, {@code [Socket]} and {@code [Install]}, for instance), and, for a whole
   * {@code .service} file, the shapes systemd refuses to load: several {@code ExecStart=} without
   * {@code Type=oneshot}, or none of {@code ExecStart=}, {@code ExecStop=} and {@code SuccessAction=}.
   *
   * @param unitName the unit's file name, such as {@code app.service}, or a drop-in's directory
   *     name such as {@code app.service.d}; a name without a unit suffix skips the section check
   * @param unit the unit file
   * @param systemdVersion the systemd release the unit is for
   * @return the problems found, in option order
   */
  public static List<Problem> checkUnit(String unitName, UnitFile unit, int systemdVersion) {
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(unit, "unit");
    checkVersion(systemdVersion);
    List<Problem> problems = new ArrayList<>();
    String stem = unitName.endsWith(".d") ? unitName.substring(0, unitName.length() - 2) : unitName;
    String type = stem.substring(stem.lastIndexOf('.') + 1);
    Catalogue catalogue = Catalogue.get();
    Set<String> misplaced = new LinkedHashSet<>();
    boolean typed = stem.contains(".") && (TYPE_SECTIONS.containsKey(type) || type.equals("target") || type.equals("device"));
    for (UnitOption option : unit.options()) {
      String section = option.section();
      if (typed && catalogue.hasSection(section) && !section.equals("Unit") && !section.equals("Install")
          && !section.equals(TYPE_SECTIONS.get(type))) {
        if (misplaced.add(section)) {
          String own = TYPE_SECTIONS.get(type);
          problems.add(new Problem(Severity.ERROR, "[" + section + "] is not a section of a ." + type
              + " unit, so systemd ignores it; a ." + type + " unit takes [Unit], "
              + (own == null ? "" : "[" + own + "], ") + "[Install] and X- sections"));
        }
        continue;
      }
      problems.addAll(check(option, systemdVersion));
    }
    if (type.equals("service") && !unitName.endsWith(".d")) {
      serviceRules(unit, problems);
    }
    return Collections.unmodifiableList(problems);
  }

  /**
   * The two rules that make systemd refuse a whole service unit: more than one {@code ExecStart=}
   * without {@code Type=oneshot}, and none of {@code ExecStart=}, {@code ExecStop=} and {@code
   * SuccessAction=}. An empty {@code ExecStart=} resets the list, as it does in systemd.
   */
  private static void serviceRules(UnitFile unit, List<Problem> problems) {
    int starts = 0;
    boolean stop = false;
    boolean successAction = false;
    String type = "simple";
    for (UnitOption option : unit.options()) {
      String section = option.section();
      String name = option.name();
      if (section.equals("Service") && name.equals("ExecStart")) {
        starts = option.value().isEmpty() ? 0 : starts + 1;
      } else if (section.equals("Service") && name.equals("ExecStop")) {
        stop = !option.value().isEmpty();
      } else if (section.equals("Service") && name.equals("Type")) {
        type = option.value();
      } else if (section.equals("Unit") && name.equals("SuccessAction")) {
        successAction = !option.value().isEmpty() && !option.value().equals("none");
      }
    }
    if (starts > 1 && !type.equals("oneshot")) {
      problems.add(new Problem(Severity.ERROR, "[Service] has " + starts + " ExecStart= lines, which systemd"
          + " allows only with Type=oneshot, so it refuses the unit; keep one ExecStart= or set Type=oneshot"));
    }
    if (starts == 0 && !stop && !successAction) {
      problems.add(new Problem(Severity.ERROR, "[Service] has no ExecStart=, ExecStop= or [Unit]"
          + " SuccessAction=, so systemd refuses the unit; add the command to run as ExecStart="));
    }
  }

  /** Every directive of the catalogue, in catalogue order. */
  static List<Directive> all() {
    List<Directive> all = new ArrayList<>();
    for (Catalogue.Entry entry : Catalogue.get().entries()) {
      all.add(entry.directive());
    }
    return all;
  }

  private static void checkVersion(int systemdVersion) {
    if (systemdVersion < 0) {
      throw new IllegalArgumentException("systemd version " + systemdVersion
          + " must be a release number such as 252");
    }
  }

  private static List<Problem> add(List<Problem> problems, Problem problem) {
    List<Problem> list = problems == null ? new ArrayList<>(2) : problems;
    list.add(problem);
    return list;
  }

  private static String versionProblem(Catalogue catalogue, Directive d, int systemdVersion) {
    String name = d.name() + "=";
    if (d.since() > systemdVersion) {
      return name + " needs systemd " + d.since() + " or newer, but the target is systemd "
          + systemdVersion + "; leave it out or raise the target version";
    }
    String replacement = replacement(catalogue, d);
    if (d.isIgnoredOn(systemdVersion)) {
      return "systemd " + d.ignoredSince() + " and newer ignore " + name + " (the target is systemd "
          + systemdVersion + ")" + (replacement == null ? "; remove it" : "; use " + replacement + " instead");
    }
    if (d.isDeprecatedOn(systemdVersion)) {
      return name + " is deprecated" + (d.deprecatedSince() > 0 ? " since systemd " + d.deprecatedSince() : "")
          + (replacement == null ? " and has no replacement; remove it" : "; use " + replacement + " instead");
    }
    return null;
  }

  /** The replacement as a message names it, with its section when it lives elsewhere. */
  private static String replacement(Catalogue catalogue, Directive d) {
    String r = d.replacement();
    if (r.isEmpty()) {
      return null;
    }
    if (!r.equals(d.name()) && catalogue.find(d.section(), r) != null) {
      return r + "=";
    }
    if (catalogue.find("Unit", r) != null) {
      return "[Unit] " + r + "=";
    }
    return r + "=";
  }

  private static String unknown(Catalogue catalogue, String section, String name) {
    if (!catalogue.hasSection(section)) {
      String suggestion = Suggestions.closest(section, catalogue.sections());
      return "[" + section + "] is not a section systemd knows, so it ignores the whole section"
          + (suggestion == null
              ? "; use [Unit], [Install] or the unit type's section such as [Service], or prefix your own sections with X-"
              : "; did you mean [" + suggestion + "]?");
    }
    List<Catalogue.Entry> elsewhere = catalogue.named(name);
    if (!elsewhere.isEmpty()) {
      StringBuilder sections = new StringBuilder();
      for (int i = 0; i < elsewhere.size(); i++) {
        if (i > 0) {
          sections.append(i == elsewhere.size() - 1 ? " or " : ", ");
        }
        sections.append('[').append(elsewhere.get(i).directive().section()).append(']');
      }
      return name + "= does not belong in [" + section + "]; move it to " + sections;
    }
    List<String> sameSection = new ArrayList<>();
    for (Catalogue.Entry entry : catalogue.inSection(section)) {
      sameSection.add(entry.directive().name());
    }
    String suggestion = Suggestions.closest(name, sameSection);
    if (suggestion != null) {
      return name + "= is not a directive of [" + section + "]; did you mean " + suggestion + "=?";
    }
    List<String> everywhere = new ArrayList<>();
    for (Catalogue.Entry entry : catalogue.entries()) {
      everywhere.add(entry.directive().name());
    }
    suggestion = Suggestions.closest(name, everywhere);
    if (suggestion != null) {
      String home = catalogue.named(suggestion).get(0).directive().section();
      return name + "= is not a directive of [" + section + "]; did you mean [" + home + "] " + suggestion + "=?";
    }
    return name + "= is not a directive systemd knows in [" + section
        + "]; check the spelling, or prefix your own settings with X-";
  }

  private static String control(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return String.format("the value holds the control character U+%04X at index %d; "
            + "write it with a C escape such as \\x%02x where the setting unescapes, or remove it", (int) c, i, (int) c);
      }
    }
    return null;
  }

  /** {@code [Section] Name=value}, the value shortened and its control characters escaped. */
  private static String label(UnitOption option) {
    String value = option.value();
    StringBuilder shown = new StringBuilder(Math.min(value.length(), SHOWN_VALUE_LENGTH) + 3);
    for (int i = 0; i < value.length() && i < SHOWN_VALUE_LENGTH; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        shown.append(String.format("\\x%02x", (int) c));
      } else {
        shown.append(c);
      }
    }
    if (value.length() > SHOWN_VALUE_LENGTH) {
      shown.append("...");
    }
    return "[" + option.section() + "] " + option.name() + "=" + shown;
  }
}
