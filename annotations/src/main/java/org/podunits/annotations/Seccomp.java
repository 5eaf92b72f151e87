package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The seccomp filter of an {@link App}: allow only {@link #retain()}, or deny {@link #remove()};
 * not both. Names are syscalls such as {@code reboot} or groups such as {@code
 * @docker/default-blacklist} and {@code @systemd/clock}.
 *
 * <pre>{@code
 * @App(image = "example.com/worker", exec = "/bin/worker")
 * @Seccomp(remove = {"@systemd/clock", "reboot"}, errno = "EPERM")
 * void worker();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Seccomp {

  /** The syscalls and groups to allow; everything else is denied. */
  String[] retain() default {};

  /** The syscalls and groups to deny. */
  String[] remove() default {};

  /** The errno a denied call fails with, such as {@code EPERM}; empty for systemd's default. */
  String errno() default "";
}
