package com.example;

import javax.annotation.processing.Generated;
import org.podunits.pod.App;
import org.podunits.pod.GeneratedPodBuilder;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;

/**
 * The units of the pod {@code cron-pod} declared by {@link Pods.CronPod}, checked at compile time against
 * stage1 {@code src} with systemd 229.
 *
 * <p>{@link #builder()} takes the run-time facts the spec leaves open; the builder's
 * {@link Builder#build() build()} gives the pod's units.
 */
@Generated("org.podunits.processor.PodSpecProcessor")
public final class Pods_CronPodUnits {
  private Pods_CronPodUnits() {
  }

  /**
   * A builder of the pod's units, with the spec's defaults for every other fact.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the run-time facts of the pod {@code cron-pod} and makes its {@link Pod} and units. The
   * facts every pod has ({@code stage1}, {@code interactive}, {@code debug}, {@code metadataUrl},
   * {@code uidRange}, {@code architecture}, {@code insecureOptions}) are set with the methods of
   * {@link GeneratedPodBuilder}. Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder extends GeneratedPodBuilder<Builder> {
    private Builder() {
      super(Stage1.of(Stage1.Flavor.SRC, 229));
    }

    /**
     * Adds an environment variable to the app {@code cron}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder cronEnv(String name, String value) {
      return addVariable("cron", name, value);
    }

    /**
     * The app {@code cron}, declared by {@link Pods.CronPod#cron()}.
     *
     * @return the app
     */
    public App cronApp() {
      return cronAppBuilder().build();
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     */
    public Pod pod() {
      return podBuilder()
          .app(cronAppBuilder())
          .build();
    }

    /**
     * The units of the pod and all its apps.
     *
     * @return the pod's units
     */
    public UnitSet build() {
      return PodUnits.immutableEnv(pod());
    }

    private App.Builder cronAppBuilder() {
      App.Builder app = App.builder("cron")
          .image("example.com/cron")
          .exec("/usr/sbin/cron", "-f");
      return withAddedEnvironment("cron", app);
    }
  }
}
