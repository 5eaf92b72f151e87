package org.podunits.pod;

/**
 * How one standard stream of an app is connected; rkt reads it from the app annotations {@code
 * coreos.com/rkt/stage2/stdin}, {@code .../stdout} and {@code .../stderr}.
 */
public enum IoMode {
  /** The default: stdin from {@code null}, stdout and stderr to {@code journal+console}. */
  LOG,
  /** The stream is connected to {@code null}. */
  NULL,
  /** Attachable: a FIFO socket unit and rkt's iomux service carry the stream. */
  STREAM,
  /** Attachable terminal: rkt's ttymux service provides the terminal. */
  TTY,
  /** The stream is the pod's own terminal ({@code tty}). */
  INTERACTIVE
}
