package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stage1 a pod spec is checked against at compile time, and which its generated builder
 * targets unless the builder is given another: the flavor and the systemd release it ships. Used
 * only inside {@link PodSpec#stage1()}.
 *
 * <pre>{@code
 * @PodSpec(stage1 = @Stage1(flavor = "kvm", systemdVersion = 239))
 * interface BatchPod { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Stage1 {

  /** The stage1 flavor: {@code coreos} (the default), {@code kvm}, {@code src}, {@code host}, {@code fly}. */
  String flavor() default "coreos";

  /** The systemd release the stage1 ships, such as 233 (the default) or 252. */
  int systemdVersion() default 233;
}
