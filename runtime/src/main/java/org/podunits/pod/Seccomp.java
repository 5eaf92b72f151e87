package org.podunits.pod;

import java.util.Arrays;
import java.util.List;

/**
 * A seccomp isolator: {@code os/linux/seccomp-retain-set} (a whitelist) or {@code
 * os/linux/seccomp-remove-set} (a blacklist).
 *
 * <p>Each name is a syscall such as {@code reboot}, or a wildcard {@code @scope/name}: {@code
 * @appc.io/all}, {@code @appc.io/empty}, {@code @docker/default-blacklist}, {@code
 * @docker/default-whitelist}, {@code @rkt/default-blacklist}, {@code @rkt/default-whitelist} and
 * the systemd groups {@code @systemd/clock}, {@code default-whitelist}, {@code mount}, {@code
 * network-io}, {@code obsolete}, {@code privileged}, {@code process} and {@code raw-io} (systemd
 * 231 and later). Like rkt, podunits skips unknown wildcards.
 *
 * @param kind whether the set is retained or removed
 * @param names syscall names and wildcards, in order
 * @param errno the errno denied calls return, such as {@code ENOSYS}, or empty for systemd's default
 */
public record Seccomp(Kind kind, List<String> names, String errno) {

  /** Which of the two seccomp isolators this is. */
  public enum Kind {
    /** {@code os/linux/seccomp-retain-set}: only these calls are allowed. */
    RETAIN,
    /** {@code os/linux/seccomp-remove-set}: these calls are denied. */
    REMOVE
  }

  /** Validates the names and errno and copies the list. */
  public Seccomp {
    Texts.requireNonNull("seccomp kind", kind);
    names = Texts.copyList("seccomp names", names);
    Texts.requireNonNull("seccomp errno", errno);
    for (String name : names) {
      // A plain name is written as it is after SystemCallFilter=: a '~' there would turn a
      // whitelist line into a blacklist one.
      if (!name.matches("[a-z0-9_]+|@[a-z0-9._-]+(/[a-z0-9._-]+)?")) {
        throw new IllegalArgumentException("seccomp name \"" + Texts.printable(name)
            + "\" must be a syscall name of a-z, 0-9 and _ such as reboot, or a wildcard such as"
            + " @docker/default-blacklist");
      }
    }
    if (!errno.isEmpty() && !errno.matches("E[A-Z0-9]+")) {
      throw new IllegalArgumentException("seccomp errno \"" + Texts.printable(errno)
          + "\" must be empty or an errno name such as EPERM or ENOSYS");
    }
  }

  /** Allow only these calls; denied calls fail with systemd's default errno. */
  public static Seccomp retain(String... names) {
    return new Seccomp(Kind.RETAIN, Arrays.asList(names), "");
  }

  /** Deny these calls; they fail with systemd's default errno. */
  public static Seccomp remove(String... names) {
    return new Seccomp(Kind.REMOVE, Arrays.asList(names), "");
  }

  /** This set with denied calls failing with {@code errno}. */
  public Seccomp withErrno(String errno) {
    return new Seccomp(kind, names, errno);
  }
}
