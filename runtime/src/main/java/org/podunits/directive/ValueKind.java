package org.podunits.directive;

/**
 * What a directive's value is, as the catalogue records it. The checks refine some kinds by the
 * parser systemd uses (a port range, which path prefixes a setting takes), but every value of a
 * kind shares one syntax.
 */
public enum ValueKind {
  /** A boolean: {@code yes}/{@code no} and the other spellings systemd takes. */
  BOOL("bool"),
  /** Free text. */
  STRING("string"),
  /** One file-system path, absolute unless the setting says otherwise. */
  PATH("path"),
  /** A whitespace-separated list of paths, possibly with per-path prefixes and options. */
  PATH_LIST("path-list"),
  /** A command line of {@code Exec*=} settings. */
  EXEC_COMMAND("exec-command"),
  /** Unit names; a single one where the directive does not repeat. */
  UNIT_LIST("unit-list"),
  /** A time span such as {@code 5min 3s}, or {@code infinity}. */
  TIMESPAN("timespan"),
  /** A size with K/M/G/T/P/E suffixes; memory limits also take a percentage and {@code infinity}. */
  BYTES("bytes"),
  /** A percentage such as {@code 150%}. */
  PERCENT("percent"),
  /** A nice level from -20 to 19. */
  NICE("nice"),
  /** A signed integer, with a range where the setting has one. */
  INT("int"),
  /** An unsigned integer, with a range where the setting has one. */
  UNSIGNED("unsigned"),
  /** Linux capability names, optionally inverted by a leading {@code ~}. */
  CAPABILITY_SET("capability-set"),
  /** System call names and {@code @groups}, optionally inverted by a leading {@code ~}. */
  SYSCALL_FILTER("syscall-filter"),
  /** A signal name or number. */
  SIGNAL("signal"),
  /** An octal file mode. */
  MODE("mode"),
  /** A user or group name or numeric id. */
  USER_GROUP("user/group"),
  /** {@code NAME=value} assignments. */
  ENVIRONMENT("environment"),
  /** One of a fixed set of words. */
  ENUM("enum"),
  /** Anything else; only the checks common to every value apply. */
  OTHER("other");

  private final String catalogueName;

  ValueKind(String catalogueName) {
    this.catalogueName = catalogueName;
  }

  /** The kind's name in the catalogue and in systemd's data, such as {@code path-list}. */
  public String catalogueName() {
    return catalogueName;
  }

  static ValueKind ofCatalogueName(String name) {
    for (ValueKind kind : values()) {
      if (kind.catalogueName.equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("value kind \"" + name + "\" is not one of the catalogue's kinds");
  }
}
