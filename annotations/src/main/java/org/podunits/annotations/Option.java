package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any other directive for an {@link App}'s service unit, written after rkt's own; repeat it for
 * more. It is checked against systemd's directive catalogue for the spec's stage1: an unknown
 * name, the wrong section, a bad value or a directive newer than the stage1's systemd is an
 * error, a deprecated one a warning. Directives podunits writes itself have their own annotation
 * and are refused here.
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = "/usr/sbin/nginx")
 * @Option(section = "Service", name = "LimitNOFILE", value = "65536")
 * @Option(section = "Service", name = "TimeoutStopSec", value = "30s")
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Option.List.class)
public @interface Option {

  /** The unit section, such as {@code Service} or {@code Unit}. */
  String section();

  /** The directive's name, such as {@code LimitNOFILE}. */
  String name();

  /** The directive's value. */
  String value();

  /** Holds repeated {@link Option} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** The options, in the order written. */
    Option[] value();
  }
}
