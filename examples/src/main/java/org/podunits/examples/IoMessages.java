package org.podunits.examples;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One-line descriptions of file-system failures. Java's own messages are often only a path
 * ({@code NoSuchFileException: /x}) or a bare decoder complaint; these say what happened.
 */
final class IoMessages {

  private IoMessages() {}

  /** What went wrong, naming the file when the exception does. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return Shown.text(fs.getFile()) + ": " + reason(e);
    }
    return reason(e);
  }

  /** What went wrong, without the file name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "a symbolic link loop leads back to a directory already being read";
    }
    if (e instanceof FileSystemException fs) {
      String reason = fs.getReason();
      if (reason != null) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
      }
    }
    String message = e.getMessage();
    return message == null || message.isEmpty() ? e.getClass().getSimpleName() : message;
  }
}
