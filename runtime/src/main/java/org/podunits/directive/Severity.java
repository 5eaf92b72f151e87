package org.podunits.directive;

/** How bad a {@link Problem} is. */
public enum Severity {
  /** systemd would ignore the setting or refuse the unit: the unit would not do what it says. */
  ERROR,
  /** systemd honours the setting today but it is deprecated; the message names what to use. */
  WARNING
}
