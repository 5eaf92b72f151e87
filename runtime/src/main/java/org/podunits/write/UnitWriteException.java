package org.podunits.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * A step of writing a pod's files failed. The message is {@code <failure>: <cause>}, where the
 * failure is rkt's message for the step (such as {@code failed to write default.target}) and the
 * cause, always chained, says what the file system answered. rkt showed only the failure.
 *
 * <p>It extends {@link IOException} because every failure it reports is one of the file system:
 * a write, a rename, a directory that cannot be created, or a path the writer refuses because it
 * would lead out of the pod root. Code that already handles {@code IOException} around other file
 * work handles it too, and can still catch it first to tell a writer step apart.
 */
public final class UnitWriteException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The step's failure message; a String, so the exception stays serializable. */
  private final String failure;

  /**
   * Creates the exception for a failed step.
   *
   * @param failure rkt's message for the step, non-empty
   * @param cause what went wrong, chained and quoted in the message
   */
  public UnitWriteException(String failure, IOException cause) {
    super(EntryChecks.failure(failure, "a unit write step") + ": " + Objects.requireNonNull(cause, "cause").getMessage(), cause);
    this.failure = failure;
  }

  /** rkt's message for the step that failed, without the cause. */
  public String failure() {
    return failure;
  }

  /** The file-system failure behind this one. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }

  /**
   * A step's failure with its cause explained. The JDK leaves the reason out of some file-system
   * exceptions, whose message is then just a path; this gives them the reason, keeping their type
   * and chaining the original.
   */
  static UnitWriteException of(String failure, IOException cause) {
    return new UnitWriteException(failure, explained(cause));
  }

  private static IOException explained(IOException cause) {
    if (!(cause instanceof FileSystemException plain) || plain.getReason() != null) {
      return cause;
    }
    FileSystemException explained;
    if (cause instanceof NoSuchFileException) {
      explained = new NoSuchFileException(
          plain.getFile(), plain.getOtherFile(), "no such file or directory");
    } else if (cause instanceof FileAlreadyExistsException) {
      explained = new FileAlreadyExistsException(
          plain.getFile(), plain.getOtherFile(), "already exists");
    } else if (cause instanceof AccessDeniedException) {
      explained = new AccessDeniedException(
          plain.getFile(), plain.getOtherFile(), "permission denied");
    } else {
      return cause;
    }
    explained.initCause(cause);
    return explained;
  }
}
