package org.podunits.processor;

/**
 * A spec annotation whose value javac could not compute (an unknown constant, a type error):
 * javac has already reported it, so the processor skips the spec without a message of its own.
 */
final class UnreadableSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableSpecException() {
    super(null, null, false, false);
  }
}
