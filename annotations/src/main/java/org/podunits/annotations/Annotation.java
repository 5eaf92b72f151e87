package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One appc annotation of a pod or an app: a name (an ACIdentifier such as {@code
 * example.com/owner}) and a value. Used only inside {@link PodSpec#annotations()} and {@link
 * App#annotations()}.
 *
 * <pre>{@code
 * @App(image = "example.com/worker", exec = "/bin/worker",
 *     annotations = @Annotation(name = "example.com/team", value = "payments"))
 * void worker();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Annotation {

  /** The annotation's name, an ACIdentifier. */
  String name();

  /** The annotation's value. */
  String value();
}
