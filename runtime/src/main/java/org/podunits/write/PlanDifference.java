package org.podunits.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One way a pod root differs from a plan: something {@link UnitSet#writeTo} would change there.
 * {@link UnitSet#differences(Path)} lists them.
 *
 * @param kind what differs
 * @param path the entry's path, relative to the pod root
 * @param present what is there now, as the kind describes; null for {@link Kind#MISSING}
 * @param wanted what the plan puts there, as the kind describes; null for {@link Kind#STALE}
 */
public record PlanDifference(Kind kind, Path path, String present, String wanted) {

  /** What differs between an entry and the pod root. */
  public enum Kind {
    /** Nothing is at the entry's path. {@code wanted} is the file's text or the link's target. */
    MISSING,
    /** A file holds other bytes. {@code present} and {@code wanted} are the texts, as UTF-8. */
    CONTENT,
    /** A file has another mode. {@code present} and {@code wanted} are octal, such as 644. */
    MODE,
    /** A link podunits wrote points elsewhere. Both are link targets. */
    LINK_TARGET,
    /**
     * Something of another type is in the entry's place: {@code present} and {@code wanted} are
     * {@code file}, {@code link} or {@code directory}. Where podunits did not write what is
     * there, writing fails instead of replacing it.
     */
    TYPE,
    /**
     * Something podunits wrote for an earlier plan that this one lacks, which writing removes.
     * {@code present} is {@code file} or {@code link -> <target>}.
     */
    STALE
  }

  /** Checks that the kind and path are there. */
  public PlanDifference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
  }
}
