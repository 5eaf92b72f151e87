package com.example;

import javax.annotation.processing.Generated;
import org.podunits.pod.App;
import org.podunits.pod.GeneratedPodBuilder;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;

/**
 * The units of the pod {@code web-pod} declared by {@link WebPod}, checked at compile time against
 * stage1 {@code coreos} with systemd 252.
 *
 * <p>{@link #builder(String)} takes the run-time facts the spec leaves open; the builder's
 * {@link Builder#build() build()} gives the pod's units.
 */
@Generated("org.podunits.processor.PodSpecProcessor")
public final class WebPodUnits {
  private WebPodUnits() {
  }

  /**
   * A builder of the pod's units, with the spec's defaults for every other fact.
   *
   * @param siteSource the absolute host path of the volume {@code site}
   * @return a new builder
   */
  public static Builder builder(String siteSource) {
    return new Builder(siteSource);
  }

  /**
   * Collects the run-time facts of the pod {@code web-pod} and makes its {@link Pod} and units. The
   * facts every pod has ({@code stage1}, {@code interactive}, {@code debug}, {@code metadataUrl},
   * {@code uidRange}, {@code architecture}, {@code insecureOptions}) are set with the methods of
   * {@link GeneratedPodBuilder}. Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder extends GeneratedPodBuilder<Builder> {
    private String siteSource;

    private Builder(String siteSource) {
      super(Stage1.of(Stage1.Flavor.COREOS, 252));
      this.siteSource = siteSource;
    }

    /**
     * The absolute host path of the volume {@code site}.
     *
     * @param source the host path
     * @return this builder
     */
    public Builder siteSource(String source) {
      this.siteSource = source;
      return this;
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
     * Adds an environment variable to the app {@code nginx}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder nginxEnv(String name, String value) {
      return addVariable("nginx", name, value);
    }

    /**
     * The app {@code nginx}, declared by {@link WebPod#nginx()}.
     *
     * @return the app
     */
    public App nginxApp() {
      return nginxAppBuilder().build();
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     */
    public Pod pod() {
      return podBuilder()
          .emptyVolume("logs")
          .hostVolume("site", siteSource)
          .app(nginxAppBuilder())
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

    private App.Builder nginxAppBuilder() {
      App.Builder app = App.builder("nginx")
          .image("example.com/nginx")
          .exec("/usr/sbin/nginx", "-g", "daemon off;")
          .stdout(IoMode.STREAM)
          .stderr(IoMode.STREAM)
          .memory("256Mi")
          .mount("logs", "/var/log/nginx", false)
          .mount("site", "/srv/www", true)
          .port("http", Protocol.TCP, 80, true)
          .option("Service", "LimitNOFILE", "65536");
      return withAddedEnvironment("nginx", app);
    }
  }
}
