package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command run before the app starts (systemd's {@code ExecStartPre=}); repeat it for more, run in the order written.
 *
 * <pre>{@code
 * @App(image = "example.com/worker", exec = "/bin/worker")
 * @PreStart({"/bin/mkdir", "-p", "/var/cache/app"})
 * void worker();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(PreStart.List.class)
public @interface PreStart {

  /** The command's argv; argv[0] is the executable. */
  String[] value();

  /** Holds repeated {@link PreStart} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** The commands, in the order written. */
    PreStart[] value();
  }
}
