package org.podunits.directive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitNames;
import org.podunits.unit.UnitOption;
import org.podunits.unit.UnitType;

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

  /**
   * The first systemd release that reads lines up to 1 MiB (systemd PR #6883/#6891); older ones
   * split a line of {@value #SPLIT_LINE_BYTES} bytes or more into pieces and parse each piece as a
   * line of its own (systemd #3302).
   */
  static final int LONG_LINES_SINCE = 235;

  /** The line length, in bytes, at which systemd before {@value #LONG_LINES_SINCE} splits a line. */
  static final int SPLIT_LINE_BYTES = 2048;

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
    String split = systemdVersion < LONG_LINES_SINCE ? splitLine(option, systemdVersion) : null;
    if (section.startsWith("X-") || name.startsWith("X-")) {
      return split == null ? List.of() : List.of(new Problem(Severity.ERROR, label(option) + ": " + split));
    }
    List<Problem> problems = split == null ? null : add(null, new Problem(Severity.ERROR, label(option) + ": " + split));
    Catalogue catalogue = Catalogue.get();
    Catalogue.Entry entry = catalogue.find(section, name);
    if (entry == null) {
      problems = add(problems, new Problem(Severity.ERROR, label(option) + ": " + unknown(catalogue, section, name)));
      return Collections.unmodifiableList(problems);
    }
    Directive d = entry.directive();
    String value = option.value();

    String version = versionProblem(catalogue, d, systemdVersion);
    if (version != null) {
      Severity severity = d.since() > systemdVersion || d.isIgnoredOn(systemdVersion)
          ? Severity.ERROR : Severity.WARNING;
      problems = add(problems, new Problem(severity, label(option) + ": " + version));
    }

    String syntax = control(value);
    if (syntax == null) {
      syntax = unitTypeProblem(section, name);
    }
    if (syntax == null && d.specifiers()) {
      String resolved = value;
      if (SpecifierCheck.endsInLonePercent(value)) {
        problems = add(problems, new Problem(Severity.WARNING, label(option) + ": the value ends in a lone %,"
            + " which systemd keeps as a literal %; write %% to say so"));
        resolved = value + "%";
      }
      syntax = SpecifierCheck.check(resolved, systemdVersion);
      if (syntax == null) {
        syntax = ValueSyntax.check(entry, SpecifierCheck.standIn(resolved), systemdVersion);
      }
    } else if (syntax == null) {
      syntax = ValueSyntax.check(entry, value, systemdVersion);
    }
    if (syntax != null) {
      problems = add(problems, new Problem(Severity.ERROR, label(option) + ": " + syntax));
    }

    Catalogue.ValueFact fact = entry.valueFacts().isEmpty() ? null : entry.valueFacts().get(value);
    if (fact != null) {
      if (fact.since() > systemdVersion && fact.sinceIsLowerBound()) {
        problems = add(problems, new Problem(Severity.ERROR, label(option) + ": systemd " + (fact.since() - 1)
            + " and older do not know " + name + "=" + value + " (a later release added it), and the target is systemd "
            + systemdVersion + "; choose another value or raise the target version"));
      } else if (fact.since() > systemdVersion) {
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
   * A unit without options passes: systemd treats an empty unit file (or a link to {@code
   * /dev/null}) as masked, not as broken. A file of comments only, which systemd does refuse, also
   * has no options; only a caller holding the file's bytes can tell the two apart.
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
    int dot = stem.lastIndexOf('.');
    UnitType type = dot < 0 ? null : UnitType.ofSuffix(stem.substring(dot)).orElse(null);
    String own = type == null ? null : type.section().orElse(null);
    Catalogue catalogue = Catalogue.get();
    Set<String> misplaced = new LinkedHashSet<>();
    for (UnitOption option : unit.options()) {
      String section = option.section();
      if (type != null && catalogue.hasSection(section) && !section.equals("Unit") && !section.equals("Install")
          && !section.equals(own)) {
        if (misplaced.add(section)) {
          problems.add(new Problem(Severity.ERROR, "[" + section + "] is not a section of a " + type.suffix()
              + " unit, so systemd ignores it; a " + type.suffix() + " unit takes [Unit], "
              + (own == null ? "" : "[" + own + "], ") + "[Install] and X- sections"));
        }
        continue;
      }
      problems.addAll(check(option, systemdVersion));
    }
    if (!unitName.endsWith(".d") && !unit.options().isEmpty()) {
      if (type == UnitType.SERVICE) {
        serviceRules(unit, problems);
      } else if (type == UnitType.SOCKET) {
        socketRules(unit, problems);
      } else if (type == UnitType.MOUNT || type == UnitType.AUTOMOUNT || type == UnitType.SWAP) {
        pathNameRules(stem, type, unit, problems);
      }
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
    String busName = "";
    String usbDescriptors = "";
    String usbStrings = "";
    String runtimeMax = "";
    String randomizedExtra = "";
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
      } else if (section.equals("Service")) {
        switch (name) {
          case "BusName" -> busName = option.value();
          case "USBFunctionDescriptors" -> usbDescriptors = option.value();
          case "USBFunctionStrings" -> usbStrings = option.value();
          case "RuntimeMaxSec" -> runtimeMax = option.value();
          case "RuntimeRandomizedExtraSec" -> randomizedExtra = option.value();
          default -> { }
        }
      }
    }
    if (type.equals("dbus") && busName.isEmpty()) {
      problems.add(new Problem(Severity.ERROR, "[Service] has Type=dbus but no BusName=, so systemd refuses the"
          + " unit; add the D-Bus name the service takes, such as BusName=org.example.App"));
    }
    if (usbDescriptors.isEmpty() != usbStrings.isEmpty()) {
      problems.add(new Problem(Severity.ERROR, "[Service] has only one of USBFunctionDescriptors= and"
          + " USBFunctionStrings=, so systemd refuses the unit; give both"));
    }
    if (!randomizedExtra.isEmpty() && (runtimeMax.isEmpty() || runtimeMax.equals("infinity"))) {
      problems.add(new Problem(Severity.ERROR, "[Service] has RuntimeRandomizedExtraSec= but no RuntimeMaxSec=,"
          + " so systemd ignores it; set RuntimeMaxSec= or remove it"));
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

  /** systemd refuses a socket unit that listens on nothing; an empty {@code Listen*=} resets the list. */
  private static void socketRules(UnitFile unit, List<Problem> problems) {
    int listens = 0;
    for (UnitOption option : unit.options()) {
      if (option.section().equals("Socket") && option.name().startsWith("Listen")) {
        listens = option.value().isEmpty() ? 0 : listens + 1;
      }
    }
    if (listens == 0) {
      problems.add(new Problem(Severity.ERROR, "[Socket] has no Listen setting (ListenStream=, ListenDatagram=,"
          + " ListenFIFO=, ...), so systemd refuses the unit; add the address to listen on"));
    }
  }

  /**
   * A mount or automount unit is named after its {@code Where=}, a swap unit after its {@code
   * What=}: systemd refuses a unit whose path and name differ, and a mount without {@code What=}.
   */
  private static void pathNameRules(String unitName, UnitType type, UnitFile unit, List<Problem> problems) {
    String section = type.section().orElseThrow();
    String key = type == UnitType.SWAP ? "What" : "Where";
    List<String> paths = unit.values(section, key);
    String path = paths.isEmpty() ? "" : paths.get(paths.size() - 1);
    if (type == UnitType.MOUNT && unit.values(section, "What").stream().allMatch(String::isEmpty)) {
      problems.add(new Problem(Severity.ERROR, "[Mount] has no What=, so systemd refuses the unit; add the device"
          + " or file system to mount"));
    }
    if (path.isEmpty() || !path.startsWith("/") || unitName.contains("@")) {
      return;
    }
    String expected;
    try {
      expected = UnitNames.pathEscape(path) + type.suffix();
    } catch (IllegalArgumentException e) {
      return;
    }
    if (!expected.equals(unitName)) {
      problems.add(new Problem(Severity.ERROR, "[" + section + "] " + key + "=" + path + " does not match the unit name "
          + unitName + ", so systemd refuses the unit; name the unit " + expected));
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

  /**
   * Why systemd ignores a directive in a section it parses it in: {@code Delegate=} acts only in
   * services and scopes, the {@code ManagedOOM*=} settings only in services, slices and scopes.
   */
  private static String unitTypeProblem(String section, String name) {
    boolean delegate = name.equals("Delegate");
    boolean managedOom = name.startsWith("ManagedOOM") && !name.equals("ManagedOOMPreference");
    if (delegate && !section.equals("Service") && !section.equals("Scope")) {
      return "systemd ignores Delegate= in [" + section + "] (\"not supported for this unit type\"); only services"
          + " and scopes take it";
    }
    if (managedOom && !section.equals("Service") && !section.equals("Slice") && !section.equals("Scope")) {
      return "systemd ignores " + name + "= in [" + section + "] (\"not supported for this unit type\"); only"
          + " services, slices and scopes take it";
    }
    return null;
  }

  /** Why a target before {@value #LONG_LINES_SINCE} would split the option's line or its section header, or null. */
  private static String splitLine(UnitOption option, int systemdVersion) {
    String value = option.value();
    if (option.name().length() + 1 + 3L * value.length() >= SPLIT_LINE_BYTES) {
      int bytes = option.lineBytes();
      if (bytes >= SPLIT_LINE_BYTES) {
        return "the line is " + bytes + " bytes; systemd " + systemdVersion + " splits lines of "
            + SPLIT_LINE_BYTES + " bytes or more into pieces and reads each as a line of its own (lines up to 1 MiB"
            + " need systemd " + LONG_LINES_SINCE + "); write a list as repeated options, shorten the value, or raise"
            + " the target version";
      }
    }
    String section = option.section();
    if (3L * section.length() + 2 >= SPLIT_LINE_BYTES
        && section.getBytes(StandardCharsets.UTF_8).length + 2 >= SPLIT_LINE_BYTES) {
      return "the section header [" + section.substring(0, 20) + "...] is " + SPLIT_LINE_BYTES
          + " bytes or more, which systemd " + systemdVersion + " splits (lines up to 1 MiB need systemd "
          + LONG_LINES_SINCE + "); shorten the section name";
    }
    return null;
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

  /**
   * The replacement as a message names it, with its section when it lives elsewhere; advice that is
   * not a directive name is given as it is.
   */
  private static String replacement(Catalogue catalogue, Directive d) {
    String r = d.replacement();
    if (r.isEmpty()) {
      return null;
    }
    if (!r.matches("[A-Za-z0-9]+")) {
      return r;
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
      String suggestion = catalogue.allSections().closest(section);
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
    String suggestion = catalogue.namesIn(section).closest(name);
    if (suggestion != null) {
      return name + "= is not a directive of [" + section + "]; did you mean " + suggestion + "=?";
    }
    suggestion = catalogue.allNames().closest(name);
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

  /** {@code [Section] Name=value}, the value shortened; {@link Problem} escapes what a terminal would act on. */
  private static String label(UnitOption option) {
    String value = option.value();
    if (value.length() > SHOWN_VALUE_LENGTH) {
      int end = Character.isHighSurrogate(value.charAt(SHOWN_VALUE_LENGTH - 1)) ? SHOWN_VALUE_LENGTH - 1 : SHOWN_VALUE_LENGTH;
      value = value.substring(0, end) + "...";
    }
    return "[" + option.section() + "] " + option.name() + "=" + value;
  }
}
