/**
 * The systemd unit-file model: options, files, their text form (byte-identical to go-systemd's
 * {@code unit.Serialize}) and a parser that follows systemd's own rules, plus unit names, their
 * escaping, and the quoting of exec command lines and specifiers.
 *
 * <p>This package knows nothing of pods, the directive catalogue or the file system.
 */
package org.podunits.unit;
