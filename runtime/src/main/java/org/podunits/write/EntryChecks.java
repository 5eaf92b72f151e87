package org.podunits.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The one check of each fact about an entry: its path, its mode, its failure message and a link's
 * target. {@link UnitSet}'s entries refuse a bad value when they are made; {@link UnitWriter}
 * records a bad path as the step's failure, as rkt's writer did, and refuses the rest.
 */
final class EntryChecks {

  private EntryChecks() {}

  /**
   * What is wrong with a path relative to the pod root, or null when nothing is: it must be
   * non-empty, relative, normalized (no {@code .} or {@code ..} component) and hold no NUL.
   */
  static String pathProblem(Path path) {
    String text = path.toString();
    if (text.isEmpty()) {
      return "is empty; it must name a file under the pod root";
    }
    if (path.isAbsolute() || path.getRoot() != null) {
      return "is absolute; it must be relative to the pod root";
    }
    // The text, not the Path's names: iterating a Path makes a Path per name, and a plan checks
    // every entry. A Path's text has no empty names.
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('/', start);
      if (end < 0) {
        end = text.length();
      }
      if (text.charAt(start) == '.'
          && (end - start == 1 || end - start == 2 && text.charAt(start + 1) == '.')) {
        return "holds a '" + text.substring(start, end)
            + "' component; it must be normalized and stay under the pod root";
      }
      start = end + 1;
    }
    if (text.indexOf('\0') >= 0) {
      return "holds a NUL";
    }
    return null;
  }

  /** The path, if {@link #pathProblem} finds nothing wrong with it. */
  static Path path(Path path) {
    Objects.requireNonNull(path, "path");
    String problem = pathProblem(path);
    if (problem != null) {
      throw new IllegalArgumentException("path \"" + path + "\" " + problem);
    }
    return path;
  }

  /** The mode, if it is a permission mode: 0 to 07777, set-id and sticky bits included. */
  static int mode(Path path, int mode) {
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("file " + path + ": mode " + Integer.toOctalString(mode)
          + " is not a permission mode between 0 and 7777 (octal)");
    }
    return mode;
  }

  /** The failure message of a step, if it is not empty; {@code of} names the step's path. */
  static String failure(String failure, Object of) {
    Objects.requireNonNull(failure, "failure message for " + of);
    if (failure.isEmpty()) {
      throw new IllegalArgumentException("the failure message for " + of + " must not be empty");
    }
    return failure;
  }

  /** A link's target, if it is non-empty and holds no NUL. */
  static String linkTarget(Path path, String target) {
    Objects.requireNonNull(target, "target");
    if (target.isEmpty() || target.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "link " + path + ": target must be non-empty and hold no NUL");
    }
    return target;
  }

  /** A unit's name as a want link names it: a single file name. */
  static String unitFileName(String unitName) {
    Objects.requireNonNull(unitName, "unitName");
    if (unitName.isEmpty() || unitName.equals(".") || unitName.equals("..")
        || unitName.indexOf('/') >= 0 || unitName.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("unit name \"" + unitName
          + "\" must be a file name: non-empty, not . or .., without / or NUL");
    }
    return unitName;
  }
}
