package org.podunits.pod;

/**
 * The name of an app in a pod: an appc ACName, {@code ^[a-z0-9]+([-][a-z0-9]+)*$}.
 *
 * <p>The character set rules out {@code %}, {@code $}, spaces and quotes, so an app name is safe to
 * put raw into unit names, descriptions and paths. appc compares ACNames ignoring case; since an
 * ACName is lower case, plain equality is the same comparison.
 *
 * @param value the name, such as {@code hello} or {@code my-app}
 */
public record AppName(String value) implements Comparable<AppName> {

  /**
   * Validates the name.
   *
   * @throws InvalidPodException at the path {@code name}, with appc's message ({@code ACName
   *     cannot be empty}, {@code ACName must contain only lower case alphanumeric characters plus
   *     "-"}, {@code ACName must start and end with only lower case alphanumeric characters})
   *     prefixed with the name
   */
  public AppName {
    DiagnosticList problems = new DiagnosticList();
    AppcNames.acName(problems, "name", "app name", value);
    problems.throwIfErrors();
  }

  /** The app name {@code value}. */
  public static AppName of(String value) {
    return new AppName(value);
  }

  @Override
  public int compareTo(AppName other) {
    return value.compareTo(other.value);
  }

  /**
   * Equal to another app name with the same value. Written out, like {@link #hashCode}, because a
   * record's generated one is bootstrapped through method handles on its first call, which costs
   * the first pod of a JVM several milliseconds; app names are map keys in every plan.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof AppName name && value.equals(name.value);
  }

  /** The value's hash code. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The name itself. */
  @Override
  public String toString() {
    return value;
  }
}
