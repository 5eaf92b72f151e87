package org.podunits.write;

/**
 * How a {@link UnitWriter} or {@link UnitSet#writeTo(java.nio.file.Path, WriteOptions)} writes:
 * whether it makes its work survive a host crash, and whether it hands what it writes to a shifted
 * user namespace (rkt's {@code UidRange}).
 *
 * @param durable whether every file is flushed to the device before it is renamed into place, and
 *     every directory it changed is flushed after. A pod's stage1 tree does not outlive a host
 *     crash, and each flush costs milliseconds, so the default is not durable.
 * @param uidShift the first host uid and gid of the pod's user namespace, 0 or more
 * @param uidCount how many ids the namespace maps, 0 or more. Written files and created
 *     directories are owned by {@code (uidShift, uidShift)} when both {@code uidShift} and {@code
 *     uidCount} are non-zero, as rkt's {@code ShiftFiles} does; links keep the writer's owner.
 */
public record WriteOptions(boolean durable, int uidShift, int uidCount) {

  /** Not durable, no uid shift: what {@code new UnitWriter(podRoot)} uses. */
  public static final WriteOptions DEFAULT = new WriteOptions(false, 0, 0);

  /** Validates the uid range. */
  public WriteOptions {
    if (uidShift < 0 || uidCount < 0) {
      throw new IllegalArgumentException("uid range shift " + uidShift + ", count " + uidCount
          + ": shift and count must be 0 or more");
    }
  }

  /** These options, with durability switched on or off. */
  public WriteOptions withDurability(boolean durable) {
    return new WriteOptions(durable, uidShift, uidCount);
  }

  /** These options, with the pod's uid range: ownership goes to {@code (shift, shift)}. */
  public WriteOptions withUidRange(int shift, int count) {
    return new WriteOptions(durable, shift, count);
  }

  /** Whether written files and created directories change owner, as rkt decides it. */
  boolean shiftsOwner() {
    return uidShift != 0 && uidCount != 0;
  }
}
