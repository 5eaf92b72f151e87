package org.podunits.pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A capabilities isolator: {@code os/linux/capabilities-retain-set} (exactly these capabilities) or
 * {@code os/linux/capabilities-remove-set} (rkt's defaults minus these).
 *
 * @param kind whether the names are retained or removed
 * @param names capability names such as {@code CAP_NET_BIND_SERVICE}, in order
 */
public record Capabilities(Kind kind, List<String> names) {

  /** Which of the two capabilities isolators this is. */
  public enum Kind {
    /** {@code os/linux/capabilities-retain-set}. */
    RETAIN("os/linux/capabilities-retain-set"),
    /** {@code os/linux/capabilities-remove-set}. */
    REMOVE("os/linux/capabilities-remove-set");

    private final String isolatorName;

    Kind(String isolatorName) {
      this.isolatorName = isolatorName;
    }

    /** The appc isolator name. */
    public String isolatorName() {
      return isolatorName;
    }
  }

  /** Validates the names and copies the list. */
  public Capabilities {
    Texts.requireNonNull("capabilities kind", kind);
    names = Texts.copyList("capability names", names);
    for (String name : names) {
      if (!name.matches("CAP_[A-Z0-9_]+")) {
        throw new IllegalArgumentException(kind.isolatorName + ": capability \"" + Texts.printable(name)
            + "\" must be an upper-case capability name such as CAP_NET_BIND_SERVICE");
      }
    }
  }

  /** Keep exactly these capabilities. */
  public static Capabilities retain(String... names) {
    return new Capabilities(Kind.RETAIN, Arrays.asList(names));
  }

  /** Drop these capabilities from rkt's default set. */
  public static Capabilities remove(String... names) {
    return new Capabilities(Kind.REMOVE, Arrays.asList(names));
  }

  /**
   * Both isolators of the same kind in one, as rkt concatenates them.
   *
   * @throws IllegalArgumentException if the kinds differ, with rkt's message
   */
  public Capabilities plus(Capabilities other) {
    if (other.kind != kind) {
      throw new IllegalArgumentException("cannot have both os/linux/capabilities-retain-set"
          + " and os/linux/capabilities-remove-set");
    }
    List<String> all = new ArrayList<>(names);
    all.addAll(other.names);
    return new Capabilities(kind, all);
  }
}
