package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an {@link App}'s standard streams are connected. Stream and tty modes cannot be mixed in one
 * app, and attachable modes need a stage1 systemd that can carry them.
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = "/usr/sbin/nginx")
 * @Stdio(stdout = Stdio.Mode.STREAM, stderr = Stdio.Mode.STREAM)
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Stdio {

  /** How standard input is connected; {@link Mode#LOG} (from {@code /dev/null}) by default. */
  Mode stdin() default Mode.LOG;

  /** How standard output is connected; {@link Mode#LOG} (the journal) by default. */
  Mode stdout() default Mode.LOG;

  /** How standard error is connected; {@link Mode#LOG} (the journal) by default. */
  Mode stderr() default Mode.LOG;

  /** The ways rkt's stage1 connects a stream. */
  enum Mode {
    /** stdin from {@code /dev/null}, stdout and stderr to the journal and console. */
    LOG,
    /** Connected to {@code /dev/null}. */
    NULL,
    /** Attachable: carried by a FIFO socket and rkt's iomux service. */
    STREAM,
    /** Attachable terminal, provided by rkt's ttymux service. */
    TTY,
    /** The pod's own terminal, for an interactive pod. */
    INTERACTIVE
  }
}
