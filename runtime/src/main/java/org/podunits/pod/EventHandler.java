package org.podunits.pod;

import java.util.Arrays;
import java.util.List;

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
     * @throws IllegalArgumentException with rkt's message {@code unrecognized eventHandler: <name>}
     */
    public static Kind parse(String name) {
      Texts.requireNonNull("event handler name", name);
      for (Kind kind : values()) {
        if (kind.eventName.equals(name)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unrecognized eventHandler: " + Texts.printable(name));
    }
  }

  /** Validates the command and copies it. */
  public EventHandler {
    Texts.requireNonNull("event handler kind", kind);
    exec = Texts.copyList("event handler " + kind.eventName + ": exec", exec);
    if (exec.isEmpty()) {
      throw new IllegalArgumentException("event handler " + kind.eventName + ": exec must not be empty");
    }
    Commands.requireExecutable("event handler " + kind.eventName + ": exec[0]", exec.get(0));
    Commands.requireQuotable("event handler " + kind.eventName, exec);
  }

  /**
   * The handler for the event {@code name} ({@code pre-start} or {@code post-stop}).
   *
   * @throws IllegalArgumentException for another name, with rkt's message
   */
  public static EventHandler of(String name, List<String> exec) {
    return new EventHandler(Kind.parse(name), exec);
  }

  /** A {@code pre-start} handler. */
  public static EventHandler preStart(String... exec) {
    return new EventHandler(Kind.PRE_START, Arrays.asList(exec));
  }

  /** A {@code post-stop} handler. */
  public static EventHandler postStop(String... exec) {
    return new EventHandler(Kind.POST_STOP, Arrays.asList(exec));
  }
}
