package com.example;

import javax.annotation.processing.Generated;
import org.podunits.pod.App;
import org.podunits.pod.GeneratedPodBuilder;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;

/**
 * The units of the pod {@code sidecar-pod} declared by {@link SidecarPod}, checked at compile time against
 * stage1 {@code coreos} with systemd 233.
 *
 * <p>{@link #builder()} takes the run-time facts the spec leaves open; the builder's
 * {@link Builder#build() build()} gives the pod's units.
 */
@Generated("org.podunits.processor.PodSpecProcessor")
public final class SidecarPodUnits {
  private SidecarPodUnits() {
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
   * Collects the run-time facts of the pod {@code sidecar-pod} and makes its {@link Pod} and units. The
   * facts every pod has ({@code stage1}, {@code interactive}, {@code debug}, {@code metadataUrl},
   * {@code uidRange}, {@code architecture}, {@code insecureOptions}) are set with the methods of
   * {@link GeneratedPodBuilder}. Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder extends GeneratedPodBuilder<Builder> {
    private Builder() {
      super(Stage1.of(Stage1.Flavor.COREOS, 233));
    }

    /**
     * Forwards the host port {@code hostPort} to the app port {@code http}.
     *
     * @param hostPort the host port, 1 to 65535
     * @return this builder
     */
    public Builder httpHostPort(int hostPort) {
      return forward("http", hostPort);
    }

    /**
     * Adds an environment variable to the app {@code main}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder mainEnv(String name, String value) {
      return addVariable("main", name, value);
    }

    /**
     * The app {@code main}, declared by {@link SidecarPod#main()}.
     *
     * @return the app
     */
    public App mainApp() {
      return mainAppBuilder().build();
    }

    /**
     * The plan that adds the app {@code main} to the running pod ({@code rkt app add}).
     *
     * @return the app's units
     */
    public UnitSet mainAppAdd() {
      return PodUnits.appAdd(pod(), mainApp());
    }

    /**
     * Adds an environment variable to the app {@code log-shipper}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder shipperEnv(String name, String value) {
      return addVariable("log-shipper", name, value);
    }

    /**
     * The app {@code log-shipper}, declared by {@link SidecarPod#shipper()}.
     *
     * @return the app
     */
    public App shipperApp() {
      return shipperAppBuilder().build();
    }

    /**
     * The plan that adds the app {@code log-shipper} to the running pod ({@code rkt app add}).
     *
     * @return the app's units
     */
    public UnitSet shipperAppAdd() {
      return PodUnits.appAdd(pod(), shipperApp());
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     */
    public Pod pod() {
      return podBuilder()
          .mutable(true)
          .app(mainAppBuilder())
          .app(shipperAppBuilder())
          .build();
    }

    /**
     * The units of the pod before any app is added ({@code rkt}'s mutable pod); add each app
     * with its {@code ...AppAdd()} plan.
     *
     * @return the pod's units
     */
    public UnitSet build() {
      return PodUnits.mutableEnv(pod());
    }

    private App.Builder mainAppBuilder() {
      App.Builder app = App.builder("main")
          .image("example.com/app")
          .exec("/bin/app")
          .port("http", Protocol.TCP, 8000, false)
          .supportsNotify(true);
      return withAddedEnvironment("main", app);
    }

    private App.Builder shipperAppBuilder() {
      App.Builder app = App.builder("log-shipper")
          .image("example.com/shipper")
          .exec("/bin/ship", "--to", "collector:514")
          .port("http", Protocol.TCP, 8001, false);
      return withAddedEnvironment("log-shipper", app);
    }
  }
}
