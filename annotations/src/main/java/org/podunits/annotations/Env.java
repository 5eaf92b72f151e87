package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An environment variable of an {@link App}; repeat it for more, each name once.
 *
 * <pre>{@code
 * @App(image = "example.com/worker", exec = "/bin/worker")
 * @Env(name = "LANG", value = "C.UTF-8")
 * @Env(name = "WORKERS", value = "4")
 * void worker();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Env.List.class)
public @interface Env {

  /** The variable's name, matching {@code [A-Za-z_][A-Za-z_0-9.-]*}. */
  String name();

  /** The variable's value. */
  String value();

  /** Holds repeated {@link Env} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** The variables, in the order written. */
    Env[] value();
  }
}
