package org.podunits.pod;

import java.util.Arrays;
import java.util.List;
import org.podunits.unit.SystemdText;

/**
 * A seccomp isolator: {@code os/linux/seccomp-retain-set} (a whitelist) or {@code
 * os/linux/seccomp-remove-set} (a blacklist).
 *
 * <p>Each name is a syscall such as {@code reboot}, or a wildcard {@code @scope/name}: {@code
 * @appc.io/all}, {@code @appc.io/empty}, {@code @docker/default-blacklist}, {@code
 * @docker/default-whitelist}, {@code @rkt/default-blacklist}, {@code @rkt/default-whitelist} and
 * systemd's own groups as {@code @systemd/<group>} ({@code @systemd/network-io}, ...). Whether a
 * syscall exists on the pod's architecture and a systemd group in the pod's systemd is a fact of
 * the pod: {@link PodUnits#check(Pod)} reports unknown names, and planning refuses them.
 *
 * @param kind whether the set is retained or removed
 * @param names syscall names and wildcards, in order
 * @param errno the errno denied calls return, such as {@code ENOSYS}, or empty for systemd's default
 */
public record Seccomp(Kind kind, List<String> names, String errno) {

  /** Which of the two seccomp isolators this is. */
  public enum Kind {
    /** {@code os/linux/seccomp-retain-set}: only these calls are allowed. */
    RETAIN("retain"),
    /** {@code os/linux/seccomp-remove-set}: these calls are denied. */
    REMOVE("remove");

    private final String field;

    Kind(String field) {
      this.field = field;
    }

    /** The field of a diagnostic path naming this set: {@code retain} or {@code remove}. */
    String field() {
      return field;
    }
  }

  /**
   * Validates the shape of the names and the errno, and copies the list.
   *
   * @throws InvalidPodException with every problem, at the paths {@code retain[i]} or {@code
   *     remove[i]}, and {@code errno}
   */
  public Seccomp {
    DiagnosticList problems = new DiagnosticList();
    if (problems.notNull("", "seccomp kind", kind)) {
      check(problems, kind, names, 0);
    }
    checkErrno(problems, errno);
    problems.throwIfErrors();
    names = List.copyOf(names);
  }

  /** Checks the shape of names of a set of {@code kind} whose first name has index {@code first}. */
  static void check(DiagnosticList out, Kind kind, List<String> names, int first) {
    if (!out.notNull(kind.field, "seccomp names", names)) {
      return;
    }
    for (int i = 0; i < names.size(); i++) {
      String at = FieldPath.indexed(kind.field, first + i);
      String name = names.get(i);
      // A plain name is written as it is after SystemCallFilter=: a '~' there would turn a
      // whitelist line into a blacklist one.
      if (out.notNull(at, "seccomp name", name) && !isSeccompName(name)) {
        out.error(DiagnosticCode.SECCOMP_NAME_UNKNOWN, at, "seccomp name \"" + SystemdText.printable(name)
            + "\" must be a syscall name of a-z, 0-9 and _ such as reboot, or a wildcard such as"
            + " @docker/default-blacklist");
      }
    }
  }

  /** Checks an errno: empty, or a name such as {@code EPERM}. */
  static void checkErrno(DiagnosticList out, String errno) {
    if (out.notNull("errno", "seccomp errno", errno) && !errno.isEmpty() && !isErrnoName(errno)) {
      out.error(DiagnosticCode.SECCOMP_ERRNO_INVALID, "errno", "seccomp errno \"" + SystemdText.printable(errno)
          + "\" must be empty or an errno name such as EPERM or ENOSYS");
    }
  }

  /*
   * The two name checks below are loops rather than regular expressions: a pod's names are
   * checked in every fresh JVM, and the regex engine would be loaded for them alone.
   */

  /** Whether the name is {@code [a-z0-9_]+} or {@code @[a-z0-9._-]+(/[a-z0-9._-]+)?}. */
  private static boolean isSeccompName(String name) {
    if (!name.startsWith("@")) {
      return NameChars.lowerAlnumRun(name, 0, name.length(), "_");
    }
    int slash = name.indexOf('/');
    if (slash < 0) {
      return NameChars.lowerAlnumRun(name, 1, name.length(), "._-");
    }
    return NameChars.lowerAlnumRun(name, 1, slash, "._-")
        && NameChars.lowerAlnumRun(name, slash + 1, name.length(), "._-");
  }

  /** Whether the errno is {@code E[A-Z0-9]+}. */
  private static boolean isErrnoName(String errno) {
    if (errno.length() < 2 || errno.charAt(0) != 'E') {
      return false;
    }
    for (int i = 1; i < errno.length(); i++) {
      char c = errno.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Allow only these calls; denied calls fail with systemd's default errno. */
  public static Seccomp retain(String... names) {
    return new Seccomp(Kind.RETAIN, names == null ? null : Arrays.asList(names), "");
  }

  /** Deny these calls; they fail with systemd's default errno. */
  public static Seccomp remove(String... names) {
    return new Seccomp(Kind.REMOVE, names == null ? null : Arrays.asList(names), "");
  }

  /** This set with denied calls failing with {@code errno}. */
  public Seccomp withErrno(String errno) {
    return new Seccomp(kind, names, errno);
  }
}
