package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One app of a {@link PodSpec}, on an abstract method without parameters. The app is named after
 * the method, lower-case words joined by {@code -} ({@code logRotate} is {@code log-rotate}),
 * unless {@link #name()} says otherwise. The method's other annotations ({@link Stdio}, {@link
 * Mount}, {@link Port}, {@link Option}, ...) configure the app.
 *
 * <pre>{@code
 * @App(image = "example.com/nginx", exec = {"/usr/sbin/nginx", "-g", "daemon off;"},
 *     workingDirectory = "/srv", user = "33", group = "33")
 * void nginx();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface App {

  /** The app's name, an ACName; empty (the default) derives it from the method name. */
  String name() default "";

  /** The name of the app's image, an ACIdentifier such as {@code example.com/nginx}. */
  String image();

  /**
   * The command line. An absolute {@code exec[0]} is used as it is; a relative one is looked up in
   * the app's rootfs at run time, and the generated builder then takes the pod root.
   */
  String[] exec();

  /** The absolute working directory; {@code /} by default. */
  String workingDirectory() default "/";

  /**
   * The user the app runs as: a uid ({@code "0"}, the default), or a user name that is looked up
   * in the app's rootfs at run time (the generated builder then takes the pod root).
   */
  String user() default "0";

  /** The group the app runs as: a gid ({@code "0"}, the default) or a group name, as {@link #user()}. */
  String group() default "0";

  /** Further group ids, in order. */
  int[] supplementaryGids() default {};

  /** Whether the app's rootfs is mounted read-only. */
  boolean readOnlyRootFs() default false;

  /** Whether the app speaks systemd's notify protocol (its service is then {@code Type=notify}). */
  boolean supportsNotify() default false;

  /**
   * The file the app's attachable streams are logged to in the {@link PodSpec.LogMode#K8S_PLAIN}
   * log mode; empty (the default) for none.
   */
  String kubernetesLogPath() default "";

  /** The app's appc annotations, in order. */
  Annotation[] annotations() default {};
}
