package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A port an {@link App} listens on; repeat it for more. The generated builder has a typed method
 * per port name that forwards a host port to it ({@code httpHostPort(8080)} for a port named
 * {@code http}).
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = "/usr/sbin/nginx")
 * @Port(name = "http", port = 80, socketActivated = true)
 * @Port(name = "dns", protocol = Port.Protocol.UDP, port = 53)
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Port.List.class)
public @interface Port {

  /** The port's name, an ACName such as {@code http}. */
  String name();

  /** The protocol; {@link Protocol#TCP} by default. */
  Protocol protocol() default Protocol.TCP;

  /** The port number the app listens on, 1 to 65535. */
  int port();

  /** Whether systemd listens on the port and hands the socket to the app. */
  boolean socketActivated() default false;

  /** The protocols of a port. */
  enum Protocol {
    /** A stream socket. */
    TCP,
    /** A datagram socket. */
    UDP
  }

  /** Holds repeated {@link Port} annotations; written by the compiler, not by hand. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** The ports, in the order written. */
    Port[] value();
  }
}
