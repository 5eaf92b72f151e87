package org.podunits.unit;

/** Unit-file text that systemd would refuse, drop or misread, with the line where it happens. */
public final class UnitFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String reason;

  /**
   * @param line the 1-based line number of the offending line
   * @param reason what is wrong with it, as one sentence
   */
  public UnitFormatException(int line, String reason) {
    super("line " + line + ": " + reason);
    this.line = line;
    this.reason = reason;
  }

  /**
   * @param line the 1-based line number of the offending line
   * @param reason what is wrong with it
   * @param cause the error that revealed it
   */
  public UnitFormatException(int line, String reason, Throwable cause) {
    super("line " + line + ": " + reason, cause);
    this.line = line;
    this.reason = reason;
  }

  /** The 1-based number of the offending line. */
  public int line() {
    return line;
  }

  /** What is wrong with the line, without the line number. */
  public String reason() {
    return reason;
  }
}
