package org.podunits.pod;

/**
 * The user-namespace range of a pod (rkt's {@code UidRange}): host ids start at {@code shift} and
 * {@code count} ids are mapped. Files are chowned to {@code (shift, shift)} only when both are
 * non-zero; {@link #NONE} maps nothing.
 *
 * @param shift the first host uid and gid of the range
 * @param count how many ids the range holds
 */
public record UidRange(int shift, int count) {

  /** No user namespace: files keep the writer's owner. */
  public static final UidRange NONE = new UidRange(0, 0);

  /**
   * Validates the range.
   *
   * @throws InvalidPodException if the shift or count is negative
   */
  public UidRange {
    if (shift < 0 || count < 0) {
      throw DiagnosticList.refusal(DiagnosticCode.UID_RANGE_INVALID, "", "uid range (shift " + shift
          + ", count " + count + ") must have a non-negative shift and count");
    }
  }

  /** Whether files must be chowned into the range, as rkt's {@code ShiftFiles} decides. */
  public boolean shifts() {
    return shift != 0 && count != 0;
  }
}
