package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The resource limits of an {@link App}; an attribute left at its default sets no limit.
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = "/usr/sbin/nginx")
 * @Resources(memory = "256Mi", cpu = "500m", oomScoreAdjust = -100)
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Resources {

  /** The memory limit, a quantity such as {@code 512M} or {@code 256Mi}; empty for none. */
  String memory() default "";

  /** The cpu limit in cores, such as {@code 1.5} or {@code 500m}; empty for none. */
  String cpu() default "";

  /** The relative cpu weight, 2 to 262144; -1 (the default) for none. */
  int cpuShares() default -1;

  /** The OOM score adjustment, -1000 to 1000; {@link Integer#MIN_VALUE} (the default) for none. */
  int oomScoreAdjust() default Integer.MIN_VALUE;
}
