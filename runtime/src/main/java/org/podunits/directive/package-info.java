/**
 * The systemd directive catalogue: which directives exist in which section, what values they
 * take, from which systemd version, and what replaces them; and the checks that the processor
 * runs at compile time and {@code UnitSet.check} at run time.
 *
 * <p>This package depends on {@code org.podunits.unit} only. Its facts live in a resource file
 * generated from systemd's sources; it reads nothing else.
 */
package org.podunits.directive;
