package org.podunits.unit;

import java.util.Objects;

/**
 * A valid unit name, split into its parts: {@code prefix[@instance].suffix}.
 *
 * <ul>
 *   <li>{@code hello.service}: prefix {@code hello}, instance {@code null}, type SERVICE;
 *   <li>{@code prepare-app@.service}, a template: instance {@code ""};
 *   <li>{@code prepare-app@-opt-stage2-hello-rootfs.service}: instance {@code
 *       -opt-stage2-hello-rootfs}.
 * </ul>
 *
 * <p>Every instance is valid as {@link UnitNames#isValid} decides: prefix and instance use only
 * {@code [A-Za-z0-9:_.\-]}, and the whole name has at most {@value UnitNames#MAX_NAME_LENGTH}
 * characters. Text from elsewhere goes through {@link UnitNames#escape} or {@link
 * UnitNames#pathEscape} first.
 *
 * @param prefix the part before {@code @} (or before the suffix); not empty
 * @param instance the part between {@code @} and the suffix: {@code null} for a name without
 *     {@code @}, empty for a template
 * @param type the unit type, which gives the suffix
 */
public record UnitName(String prefix, String instance, UnitType type) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if the prefix is empty, a part holds a character outside
   *     {@code [A-Za-z0-9:_.\-]}, or the name is longer than {@value UnitNames#MAX_NAME_LENGTH}
   */
  public UnitName {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(type, "type");
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("unit name prefix is empty; a unit name needs text before its suffix or '@'");
    }
    checkPart(prefix, "prefix");
    if (instance != null) {
      checkPart(instance, "instance");
    }
    int length = prefix.length() + (instance == null ? 0 : instance.length() + 1) + type.suffix().length();
    if (length > UnitNames.MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("unit name \"" + join(prefix, instance, type) + "\" is " + length
          + " characters long; a unit name has at most " + UnitNames.MAX_NAME_LENGTH);
    }
  }

  /**
   * Reads a unit name.
   *
   * @throws IllegalArgumentException if the name is not valid, saying why (see {@link
   *     UnitNames#checkName})
   */
  public static UnitName parse(String name) {
    UnitNames.checkName(name);
    int dot = name.lastIndexOf('.');
    UnitType type = UnitType.ofSuffix(name.substring(dot)).orElseThrow();
    int at = name.indexOf('@');
    if (at < 0) {
      return new UnitName(name.substring(0, dot), null, type);
    }
    return new UnitName(name.substring(0, at), name.substring(at + 1, dot), type);
  }

  /** A unit name without {@code @}: {@code prefix.suffix}. */
  public static UnitName of(String prefix, UnitType type) {
    return new UnitName(prefix, null, type);
  }

  /** A template name: {@code prefix@.suffix}. */
  public static UnitName template(String prefix, UnitType type) {
    return new UnitName(prefix, "", type);
  }

  /** Whether this is a template ({@code prefix@.suffix}), which only instances can run. */
  public boolean isTemplate() {
    return instance != null && instance.isEmpty();
  }

  /** Whether this is an instance of a template ({@code prefix@instance.suffix}). */
  public boolean isInstance() {
    return instance != null && !instance.isEmpty();
  }

  /**
   * This name with this instance: {@code prepare-app@.service} with {@code -opt-x} gives {@code
   * prepare-app@-opt-x.service}.
   *
   * @param instance an already escaped instance; not empty
   * @throws IllegalArgumentException if the instance is empty or not valid in a unit name
   */
  public UnitName withInstance(String instance) {
    Objects.requireNonNull(instance, "instance");
    if (instance.isEmpty()) {
      throw new IllegalArgumentException("unit name instance for \"" + this + "\" is empty; use template() for a template");
    }
    return new UnitName(prefix, instance, type);
  }

  /** The template this name is an instance of, or this name if it has no {@code @}. */
  public UnitName template() {
    return instance == null ? this : new UnitName(prefix, "", type);
  }

  /** The unit name: {@code prefix[@instance].suffix}. */
  @Override
  public String toString() {
    return join(prefix, instance, type);
  }

  private static String join(String prefix, String instance, UnitType type) {
    return instance == null ? prefix + type.suffix() : prefix + '@' + instance + type.suffix();
  }

  private static void checkPart(String part, String what) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!UnitNames.isNameChar(c)) {
        throw new IllegalArgumentException("unit name " + what + " \"" + ExecCommand.printable(part) + "\" contains "
            + (c == '@' ? "'@'" : String.format("U+%04X", (int) c)) + " at index " + i
            + "; only A-Z, a-z, 0-9, ':', '-', '_', '.' and '\\' are allowed (escape the text with UnitNames.escape)");
      }
    }
  }
}
