package org.podunits.pod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podunits.unit.UnitOption;

/**
 * rkt's seccomp filter of an app ({@code generateSeccompFilter}): which syscalls its {@code
 * SystemCallFilter=} lines name, in which mode, with which errno.
 */
final class SeccompFilters {

  /**
   * A filter: the syscalls, without duplicates, in the order rkt names them.
   *
   * @param whitelist whether the syscalls are allowed (otherwise they are denied, with {@code ~})
   * @param syscalls syscall names and systemd groups
   * @param errno the errno for denied calls, or empty
   */
  record Filter(boolean whitelist, List<String> syscalls, String errno) {}

  /** rkt's built-in lists, by wildcard name ({@code docker/default-whitelist}, ...). */
  private static final Map<String, List<String>> LISTS = Map.of(
      "docker/default-whitelist", SeccompLists.DOCKER_DEFAULT_WHITELIST,
      "docker/default-blacklist", SeccompLists.DOCKER_DEFAULT_BLACKLIST,
      "rkt-arm-additions", SeccompLists.RKT_ARM_ADDITIONS);

  private static final List<String> DOCKER_WHITELIST = LISTS.get("docker/default-whitelist");

  /*
   * The SystemCallFilter= options of rkt's default whitelist, which most apps get: made once,
   * since its 309 lines are most of a pod's options. ARM's list and options are made on first use
   * (ArmWhitelist), so a pod on amd64 does not pay for them.
   */
  private static final List<UnitOption> DEFAULT_WHITELIST_OPTIONS = options(DOCKER_WHITELIST, "");

  /** rkt's default whitelist on ARM and its options, built when the first ARM pod asks for them. */
  private static final class ArmWhitelist {
    static final List<String> SYSCALLS = concat(DOCKER_WHITELIST, LISTS.get("rkt-arm-additions"));
    static final List<UnitOption> OPTIONS = options(SYSCALLS, "");

    private ArmWhitelist() {}
  }

  private SeccompFilters() {}

  /** One {@code SystemCallFilter=} option per syscall, {@code ~}-prefixed in blacklist mode. */
  static List<UnitOption> filterOptions(Filter filter) {
    if (filter.whitelist() && filter.syscalls().equals(DOCKER_WHITELIST)) {
      return DEFAULT_WHITELIST_OPTIONS;
    }
    int armSize = DOCKER_WHITELIST.size() + SeccompLists.RKT_ARM_ADDITIONS.size();
    if (filter.whitelist() && filter.syscalls().size() == armSize && filter.syscalls().equals(ArmWhitelist.SYSCALLS)) {
      return ArmWhitelist.OPTIONS;
    }
    return options(filter.syscalls(), filter.whitelist() ? "" : "~");
  }

  private static List<UnitOption> options(List<String> syscalls, String prefix) {
    List<UnitOption> options = new ArrayList<>(syscalls.size());
    for (String syscall : syscalls) {
      // The whitelist's values are the list's own strings: no concatenation per line for "".
      options.add(new UnitOption("Service", "SystemCallFilter", prefix.isEmpty() ? syscall : prefix + syscall));
    }
    return List.copyOf(options);
  }

  /**
   * The options of rkt's default whitelist on the architecture: the filter of an app without a
   * seccomp isolator, as {@link #filterOptions} makes it for that app's filter.
   */
  static List<UnitOption> defaultWhitelistOptions(Architecture architecture) {
    return architecture.armSeccompAdditions() ? ArmWhitelist.OPTIONS : DEFAULT_WHITELIST_OPTIONS;
  }

  /** rkt's default whitelist: Docker's, with six more syscalls on ARM. */
  static List<String> defaultWhitelist(Architecture architecture) {
    return architecture.armSeccompAdditions() ? ArmWhitelist.SYSCALLS : DOCKER_WHITELIST;
  }

  /** rkt's default blacklist: Docker's. */
  static List<String> defaultBlacklist() {
    return LISTS.get("docker/default-blacklist");
  }

  /**
   * The filter of an app with this seccomp isolator, or empty when it has none ({@code
   * @appc.io/all} retained); an app without an isolator has {@link #defaultWhitelistOptions}.
   * {@link PlanChecks} has checked the names for the pod's stage1 before.
   */
  static Optional<Filter> of(Architecture architecture, Seccomp isolator) {
    Set<String> syscalls = new LinkedHashSet<>();
    String flag = parse(architecture, isolator, syscalls);
    if (isolator.kind() == Seccomp.Kind.REMOVE) {
      if (flag.equals("empty")) {
        return Optional.of(new Filter(true, defaultWhitelist(architecture), isolator.errno()));
      }
      return Optional.of(new Filter(false, flag.isEmpty() ? List.copyOf(syscalls) : List.of(), isolator.errno()));
    }
    if (flag.equals("all")) {
      return Optional.empty();
    }
    return Optional.of(new Filter(true, flag.isEmpty() ? List.copyOf(syscalls) : List.of(), isolator.errno()));
  }

  /**
   * Adds the syscalls of the set to {@code syscalls}, expanding wildcards, and returns the appc
   * flag ({@code all} or {@code empty}) that ended the set, or the empty string. Like rkt, a flag
   * ends the set at once; {@link PlanChecks} has refused unknown wildcards.
   */
  private static String parse(Architecture architecture, Seccomp isolator,
      Set<String> syscalls) {
    for (String item : isolator.names()) {
      if (!item.startsWith("@")) {
        syscalls.add(item);
        continue;
      }
      int slash = item.indexOf('/');
      if (slash < 0) {
        continue;
      }
      String scope = item.substring(1, slash);
      String name = item.substring(slash + 1);
      switch (scope) {
        case "appc.io":
          if (name.equals("all") || name.equals("empty")) {
            return name;
          }
          break;
        case "docker":
          syscalls.addAll(LISTS.getOrDefault("docker/" + name, List.of()));
          break;
        case "rkt":
          if (name.equals("default-whitelist")) {
            syscalls.addAll(defaultWhitelist(architecture));
          } else {
            syscalls.addAll(LISTS.getOrDefault("docker/" + name, List.of()));
          }
          break;
        case "systemd":
          String group = SeccompNames.systemdGroup(name);
          if (group != null) {
            syscalls.add(group);
          }
          break;
        default:
          break;
      }
    }
    return "";
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return List.copyOf(both);
  }
}
