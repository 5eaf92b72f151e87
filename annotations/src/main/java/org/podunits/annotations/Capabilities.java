package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capabilities of an {@link App}: keep exactly {@link #retain()}, or drop {@link #remove()}
 * from rkt's default set; not both.
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = "/usr/sbin/nginx")
 * @Capabilities(retain = {"CAP_NET_BIND_SERVICE", "CAP_SETUID", "CAP_SETGID"})
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Capabilities {

  /** The capabilities to keep, such as {@code CAP_NET_BIND_SERVICE}. */
  String[] retain() default {};

  /** The capabilities to drop from rkt's default set. */
  String[] remove() default {};
}
