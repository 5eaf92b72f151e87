package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a pod: the annotated interface's abstract methods annotated {@link App} are its apps,
 * and the podunits processor generates {@code <Interface>Units}, a typed builder of the pod's
 * units, next to it. Pod-wide settings ({@link Volume}s) are annotations on the interface; app
 * settings are annotations on the app's method.
 *
 * <pre>{@code
 * @PodSpec(stage1 = @Stage1(systemdVersion = 252))
 * @Volume(name = "logs")
 * interface WebPod {
 *   @App(image = "example.com/nginx", exec = {"/usr/sbin/nginx", "-g", "daemon off;"})
 *   @Mount(volume = "logs", path = "/var/log/nginx")
 *   void nginx();
 * }
 * }</pre>
 *
 * <p>Every mistake in a spec is a compile error on the attribute that holds it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PodSpec {

  /**
   * The pod's name, for messages and documentation; empty (the default) derives it from the
   * interface's simple name.
   */
  String name() default "";

  /** The stage1 the spec is checked against at compile time and built for by default. */
  Stage1 stage1() default @Stage1;

  /**
   * Whether apps are added to the running pod one by one ({@code rkt app add}): the generated
   * builder then plans the empty pod and gives one {@code appAdd} plan per app.
   */
  boolean mutable() default false;

  /** The pod manifest's annotations, in order, such as {@code @Annotation(name = "example.com/team", value = "web")}. */
  Annotation[] annotations() default {};

  /**
   * Where apps with attachable streams ({@link Stdio.Mode#STREAM}, {@link Stdio.Mode#TTY}) log:
   * rkt's default (the default), the journal, or each app's {@link App#kubernetesLogPath()}.
   */
  LogMode logMode() default LogMode.DEFAULT;

  /** Where apps with attachable streams log (rkt's experimental log mode). */
  enum LogMode {
    /** rkt's default: the log mode is not set. */
    DEFAULT,
    /** To the journal. */
    JOURNALD,
    /** To the file each app names with {@link App#kubernetesLogPath()}, in the Kubernetes CRI log format. */
    K8S_PLAIN
  }
}
