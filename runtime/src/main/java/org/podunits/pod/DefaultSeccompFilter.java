package org.podunits.pod;

import java.util.ArrayList;
import java.util.List;
import org.podunits.unit.UnitOption;

/**
 * rkt's default seccomp filter, which every app without a seccomp isolator gets: Docker's default
 * whitelist, with six more syscalls on ARM, and its {@code SystemCallFilter=} options.
 *
 * <p>The options are made once per architecture: their 309 lines are most of a pod's, and
 * checking them again for every pod was most of its plan. They are a class of their own so that a
 * pod whose apps have no seccomp isolator loads none of the isolator code ({@link SeccompFilters}).
 */
final class DefaultSeccompFilter {

  private static final List<String> SYSCALLS = SeccompLists.DOCKER_DEFAULT_WHITELIST;

  private static final List<UnitOption> OPTIONS = whitelistOptions(SYSCALLS);

  /** The ARM list and its options, made when the first ARM pod asks for them. */
  private static final class Arm {
    static final List<String> SYSCALLS = arm();
    static final List<UnitOption> OPTIONS = whitelistOptions(SYSCALLS);

    private Arm() {}

    private static List<String> arm() {
      List<String> both = new ArrayList<>(DefaultSeccompFilter.SYSCALLS);
      both.addAll(SeccompLists.RKT_ARM_ADDITIONS);
      return List.copyOf(both);
    }
  }

  private DefaultSeccompFilter() {}

  /** The syscalls of rkt's default whitelist on the architecture. */
  static List<String> syscalls(Architecture architecture) {
    return architecture.armSeccompAdditions() ? Arm.SYSCALLS : SYSCALLS;
  }

  /** The options of rkt's default whitelist on the architecture. */
  static List<UnitOption> options(Architecture architecture) {
    return architecture.armSeccompAdditions() ? Arm.OPTIONS : OPTIONS;
  }

  /**
   * The options made once for a whitelist of these syscalls, if they are a default whitelist (an
   * isolator that names {@code @rkt/default-whitelist} alone); null otherwise.
   */
  static List<UnitOption> sharedOptions(List<String> syscalls) {
    if (syscalls.equals(SYSCALLS)) {
      return OPTIONS;
    }
    int armSize = SYSCALLS.size() + SeccompLists.RKT_ARM_ADDITIONS.size();
    return syscalls.size() == armSize && syscalls.equals(Arm.SYSCALLS) ? Arm.OPTIONS : null;
  }

  /** One {@code SystemCallFilter=} option per syscall; the values are the list's own strings. */
  private static List<UnitOption> whitelistOptions(List<String> syscalls) {
    List<UnitOption> options = new ArrayList<>(syscalls.size());
    for (String syscall : syscalls) {
      options.add(new UnitOption("Service", "SystemCallFilter", syscall));
    }
    return List.copyOf(options);
  }
}
