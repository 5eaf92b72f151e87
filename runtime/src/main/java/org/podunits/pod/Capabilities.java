package org.podunits.pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.podunits.directive.Suggestions;
import org.podunits.unit.SystemdText;

/**
 * A capabilities isolator: {@code os/linux/capabilities-retain-set} (exactly these capabilities) or
 * {@code os/linux/capabilities-remove-set} (rkt's defaults minus these).
 *
 * @param kind whether the names are retained or removed
 * @param names capability names such as {@code CAP_NET_BIND_SERVICE}, in order: Linux
 *     capabilities, up to {@code CAP_CHECKPOINT_RESTORE}
 */
public record Capabilities(Kind kind, List<String> names) {

  /** Which of the two capabilities isolators this is. */
  public enum Kind {
    /** {@code os/linux/capabilities-retain-set}. */
    RETAIN("os/linux/capabilities-retain-set", "retain"),
    /** {@code os/linux/capabilities-remove-set}. */
    REMOVE("os/linux/capabilities-remove-set", "remove");

    private final String isolatorName;
    private final String field;

    Kind(String isolatorName, String field) {
      this.isolatorName = isolatorName;
      this.field = field;
    }

    /** The appc isolator name. */
    public String isolatorName() {
      return isolatorName;
    }
  }

  /**
   * Validates the names and copies the list.
   *
   * @throws InvalidPodException with every problem, at the paths {@code retain[i]} or {@code
   *     remove[i]}
   */
  public Capabilities {
    DiagnosticList problems = new DiagnosticList();
    if (problems.notNull("", "capabilities kind", kind)) {
      check(problems, kind, names, 0);
    }
    problems.throwIfErrors();
    names = List.copyOf(names);
  }

  /**
   * Checks capability names of a set of {@code kind} whose first name has index {@code first}.
   * Unknown names are refused with the closest known one.
   */
  static void check(DiagnosticList out, Kind kind, List<String> names, int first) {
    if (!out.notNull(kind.field, "capability names", names)) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String at = FieldPath.indexed(kind.field, first + i);
      String name = names.get(i);
      if (!out.notNull(at, "capability name", name) || CapabilityNames.known(name)) {
        continue;
      }
      String suggestion = suggestion(name);
      out.error(DiagnosticCode.CAPABILITY_UNKNOWN, at, kind.isolatorName + ": capability \""
          + SystemdText.printable(name) + "\" is not a Linux capability; "
          + (suggestion != null ? "did you mean " + suggestion + "?"
              : "use a name such as CAP_NET_BIND_SERVICE, in upper case with the CAP_ prefix"));
    }
  }

  /**
   * The capability meant by a name in the wrong case, with spaces or dashes for underscores,
   * without {@code CAP_}, cut short or misspelt; null if none is close.
   */
  private static String suggestion(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    String prefixed = upper.startsWith("CAP_") ? upper : "CAP_" + upper;
    if (CapabilityNames.known(prefixed)) {
      return prefixed;
    }
    String completion = null;
    for (String capability : CapabilityNames.ALL) {
      if (capability.startsWith(prefixed)) {
        if (completion != null) {
          completion = null;
          break;
        }
        completion = capability;
      }
    }
    return completion != null ? completion : Suggestions.closest(prefixed, CapabilityNames.ALL);
  }

  /** Keep exactly these capabilities. */
  public static Capabilities retain(String... names) {
    return new Capabilities(Kind.RETAIN, names == null ? null : Arrays.asList(names));
  }

  /** Drop these capabilities from rkt's default set. */
  public static Capabilities remove(String... names) {
    return new Capabilities(Kind.REMOVE, names == null ? null : Arrays.asList(names));
  }

  /**
   * Both isolators of the same kind in one, as rkt concatenates them.
   *
   * @throws InvalidPodException if the kinds differ, with rkt's message
   */
  public Capabilities plus(Capabilities other) {
    if (other.kind != kind) {
      throw DiagnosticList.refusal(DiagnosticCode.CAPABILITIES_MIXED, "", mixed());
    }
    List<String> all = new ArrayList<>(names);
    all.addAll(other.names);
    return new Capabilities(kind, all);
  }

  /** rkt's message for a retain set and a remove set in one app, with the fix. */
  static String mixed() {
    return "cannot have both os/linux/capabilities-retain-set and os/linux/capabilities-remove-set;"
        + " keep one of the two sets";
  }
}
