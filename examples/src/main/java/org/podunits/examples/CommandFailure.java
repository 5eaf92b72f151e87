package org.podunits.examples;

/**
 * A command that cannot do what it was asked, for a reason the user can act on: the message is
 * printed as one line and the command exits with {@link #status()}.
 */
class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param status the exit status, one of {@link Main}'s
   * @param message what went wrong and how to fix it, one sentence
   * @param cause what revealed it, shown with {@code --verbose}; may be null
   */
  CommandFailure(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The exit status the command ends with. */
  int status() {
    return status;
  }
}
