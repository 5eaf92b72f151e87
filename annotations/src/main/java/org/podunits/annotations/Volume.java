package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pod volume that apps {@link Mount}: a fresh empty directory, or a path on the host. A host
 * volume without a {@link #source()} is a run-time fact: the generated builder takes its path as a
 * parameter.
 *
 * <pre>{@code
 * @PodSpec
 * @Volume(name = "cache")                                              // an empty volume
 * @Volume(name = "site", kind = Volume.Kind.HOST)                      // host path given at run time
 * @Volume(name = "certs", kind = Volume.Kind.HOST, source = "/etc/ssl/certs", readOnly = true)
 * interface WebPod { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Volume.List.class)
public @interface Volume {

  /** The volume's name, an ACName such as {@code site}; mounts refer to it. */
  String name();

  /** Whether the volume is a fresh empty directory (the default) or a host path. */
  Kind kind() default Kind.EMPTY;

  /**
   * The absolute host path of a {@link Kind#HOST} volume; empty (the default) makes it a
   * required parameter of the generated builder. An empty volume has no source.
   */
  String source() default "";

  /**
   * The volume's own read-only flag, which overrides the mounts' flags: {@code readOnly = true}
   * or {@code readOnly = false}; unset (the default) leaves it to each mount.
   */
  boolean[] readOnly() default {};

  /** The two kinds of pod volume. */
  enum Kind {
    /** A fresh empty directory that lives as long as the pod. */
    EMPTY,
    /** A path on the host. */
    HOST
  }

  /** Holds repeated {@link Volume} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** The volumes, in the order written. */
    Volume[] value();
  }
}
