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

  /** rkt's built-in lists that an isolator names by wildcard ({@code @docker/default-whitelist}, ...). */
  private static final Map<String, List<String>> LISTS = Map.of(
      "docker/default-whitelist", SeccompLists.DOCKER_DEFAULT_WHITELIST,
      "docker/default-blacklist", SeccompLists.DOCKER_DEFAULT_BLACKLIST);

  private SeccompFilters() {}

  /**
   * One {@code SystemCallFilter=} option per syscall, {@code ~}-prefixed in blacklist mode; a
   * default whitelist gets the options made once ({@link DefaultSeccompFilter}).
   */
  static List<UnitOption> filterOptions(Filter filter) {
    if (filter.whitelist()) {
      List<UnitOption> shared = DefaultSeccompFilter.sharedOptions(filter.syscalls());
      if (shared != null) {
        return shared;
      }
    }
    List<UnitOption> options = new ArrayList<>(filter.syscalls().size());
    for (String syscall : filter.syscalls()) {
      options.add(new UnitOption("Service", "SystemCallFilter", filter.whitelist() ? syscall : "~" + syscall));
    }
    return List.copyOf(options);
  }

  /** rkt's default whitelist: Docker's, with six more syscalls on ARM. */
  static List<String> defaultWhitelist(Architecture architecture) {
    return DefaultSeccompFilter.syscalls(architecture);
  }

  /** rkt's default blacklist: Docker's. */
  static List<String> defaultBlacklist() {
    return LISTS.get("docker/default-blacklist");
  }

  /**
   * The filter of an app with this seccomp isolator, or empty when it has none ({@code
   * @appc.io/all} retained); an app without an isolator has {@link DefaultSeccompFilter}'s.
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
}
