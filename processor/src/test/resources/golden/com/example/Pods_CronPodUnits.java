package com.example;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.podunits.pod.App;
import org.podunits.pod.Architecture;
import org.podunits.pod.InsecureOptions;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
import org.podunits.pod.UidRange;
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
   * Collects the run-time facts of the pod {@code cron-pod} and makes its {@link Pod} and units.
   * Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder {
    private Stage1 stage1 = Stage1.of(Stage1.Flavor.SRC, 229);

    private boolean interactive;

    private boolean debug;

    private String metadataUrl;

    private UidRange uidRange = UidRange.NONE;

    private Architecture architecture = Architecture.AMD64;

    private InsecureOptions insecureOptions = InsecureOptions.NONE;

    private final Map<String, String> cronEnv = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * The stage1 to plan for, such as {@code Stage1.detect(podRoot)}; the spec's is the default.
     *
     * @param stage1 the value
     * @return this builder
     */
    public Builder stage1(Stage1 stage1) {
      this.stage1 = stage1;
      return this;
    }

    /**
     * Whether the pod's app is attached to the terminal; {@code false} by default.
     *
     * @param interactive the value
     * @return this builder
     */
    public Builder interactive(boolean interactive) {
      this.interactive = interactive;
      return this;
    }

    /**
     * Whether stage1 debugging is on; {@code false} by default.
     *
     * @param debug the value
     * @return this builder
     */
    public Builder debug(boolean debug) {
      this.debug = debug;
      return this;
    }

    /**
     * The metadata service URL given to the apps; none by default.
     *
     * @param metadataUrl the value
     * @return this builder
     */
    public Builder metadataUrl(String metadataUrl) {
      this.metadataUrl = metadataUrl;
      return this;
    }

    /**
     * The user-namespace range files are shifted into; none by default.
     *
     * @param uidRange the value
     * @return this builder
     */
    public Builder uidRange(UidRange uidRange) {
      this.uidRange = uidRange;
      return this;
    }

    /**
     * The architecture of the machine the pod runs on; amd64 by default.
     *
     * @param architecture the value
     * @return this builder
     */
    public Builder architecture(Architecture architecture) {
      this.architecture = architecture;
      return this;
    }

    /**
     * The protections switched off; none by default.
     *
     * @param insecureOptions the value
     * @return this builder
     */
    public Builder insecureOptions(InsecureOptions insecureOptions) {
      this.insecureOptions = insecureOptions;
      return this;
    }

    /**
     * Adds an environment variable to the app {@code cron}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder cronEnv(String name, String value) {
      cronEnv.put(name, value);
      return this;
    }

    /**
     * The app {@code cron}, declared by {@link Pods.CronPod#cron()}.
     *
     * @return the app
     */
    public App cronApp() {
      return cronAppBuilder().build();
    }

    private App.Builder cronAppBuilder() {
      App.Builder app = App.builder("cron");
      app.image("example.com/cron");
      app.exec("/usr/sbin/cron", "-f");
      cronEnv.forEach(app::env);
      return app;
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     */
    public Pod pod() {
      Pod.Builder pod = Pod.builder(stage1);
      pod.interactive(interactive).debug(debug).mutable(false);
      pod.uidRange(uidRange).architecture(architecture).insecureOptions(insecureOptions);
      if (metadataUrl != null) {
        pod.metadataUrl(metadataUrl);
      }
      pod.app(cronAppBuilder());
      return pod.build();
    }

    /**
     * The units of the pod and all its apps.
     *
     * @return the pod's units
     */
    public UnitSet build() {
      return PodUnits.immutableEnv(pod());
    }
  }
}
