package org.podunits.inspect;

import java.io.IOException;

/**
 * A fact that could not be read from a pod root or an app's rootfs: the stage1 flavor or systemd
 * version, an app's executable, user or group. The message starts with rkt's text for the step
 * (such as {@code unable to determine stage1's systemd version}) and names the file and what is
 * wrong with it; the error that revealed it, if any, is chained as the cause.
 */
public final class PodInspectionException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what could not be determined, naming the file involved
   */
  public PodInspectionException(String message) {
    super(message);
  }

  /**
   * @param message what could not be determined, naming the file involved
   * @param cause the error that revealed it
   */
  public PodInspectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
