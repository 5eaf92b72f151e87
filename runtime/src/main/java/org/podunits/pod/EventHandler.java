package org.podunits.pod;

import java.util.Arrays;
import java.util.List;
import org.podunits.unit.SystemdText;

/**
 * A command run around an app: {@code pre-start} becomes {@code ExecStartPre=}, {@code post-stop}
 * becomes {@code ExecStopPost=}. The command is quoted as given; its executable is not looked up.
 *
 * @param kind when the command runs
 * @param exec the command's argv, non-empty, with no {@code $} in argv[0]
 */
public record EventHandler(Kind kind, List<String> exec) {

  /** The two event names rkt recognizes. */
  public enum Kind {
    /** {@code pre-start}: {@code ExecStartPre=}. */
    PRE_START("pre-start"),
    /** {@code post-stop}: {@code ExecStopPost=}. */
    POST_STOP("post-stop");

    private final String eventName;

    Kind(String eventName) {
      this.eventName = eventName;
    }

    /** The appc event name. */
    public String eventName() {
      return eventName;
    }

    /**
     * The kind named {@code name}.
     *
     * @throws InvalidPodException with rkt's message {@code unrecognized eventHandler: <name>} and
     *     the fix
     */
    public static Kind parse(String name) {
      if (name == null) {
        throw DiagnosticList.refusal(DiagnosticCode.VALUE_NULL, "", "event handler name must not be null");
      }
      for (Kind kind : values()) {
        if (kind.eventName.equals(name)) {
          return kind;
        }
      }
      throw DiagnosticList.refusal(DiagnosticCode.EVENT_UNKNOWN, "", "unrecognized eventHandler: "
          + SystemdText.printable(name) + "; use pre-start or post-stop");
    }
  }

  /**
   * Validates the command and copies it.
   *
   * @throws InvalidPodException with every problem, at the paths {@code kind}, {@code exec} and
   *     {@code exec[i]}
   */
  public EventHandler {
    DiagnosticList problems = new DiagnosticList();
    problems.notNull("kind", "event handler kind", kind);
    String what = "event handler " + (kind == null ? "" : kind.eventName);
    if (problems.noNulls("exec", what + ": exec", exec)) {
      if (exec.isEmpty()) {
        problems.error(DiagnosticCode.EXEC_EMPTY, "exec", what + ": exec must not be empty;"
            + " give the command to run");
      } else if (problems.executable("exec[0]", what + ": exec[0]", exec.get(0))) {
        problems.quotable("exec", exec);
      }
    }
    problems.throwIfErrors();
    exec = List.copyOf(exec);
  }

  /**
   * The handler for the event {@code name} ({@code pre-start} or {@code post-stop}).
   *
   * @throws InvalidPodException for another name, with rkt's message
   */
  public static EventHandler of(String name, List<String> exec) {
    return new EventHandler(Kind.parse(name), exec);
  }

  /** A {@code pre-start} handler. */
  public static EventHandler preStart(String... exec) {
    return new EventHandler(Kind.PRE_START, exec == null ? null : Arrays.asList(exec));
  }

  /** A {@code post-stop} handler. */
  public static EventHandler postStop(String... exec) {
    return new EventHandler(Kind.POST_STOP, exec == null ? null : Arrays.asList(exec));
  }
}
