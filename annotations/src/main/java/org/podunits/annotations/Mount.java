package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mounts a pod {@link Volume} into an {@link App} at an absolute path; repeat it for more.
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = "/usr/sbin/nginx")
 * @Mount(volume = "logs", path = "/var/log/nginx")
 * @Mount(volume = "site", path = "/srv/www", readOnly = true)
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Mount.List.class)
public @interface Mount {

  /** The name of a {@link Volume} declared on the pod spec. */
  String volume();

  /** The absolute path inside the app where the volume appears. */
  String path();

  /** Whether the app mounts it read-only; the volume's own flag overrides this. */
  boolean readOnly() default false;

  /** Holds repeated {@link Mount} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** The mounts, in the order written. */
    Mount[] value();
  }
}
