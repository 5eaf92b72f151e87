package com.example;

import java.util.Optional;
import javax.annotation.processing.Generated;
import org.podunits.pod.App;
import org.podunits.pod.GeneratedPodBuilder;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;
import org.podunits.pod.Volume;
import org.podunits.write.UnitSet;

/**
 * The units of the pod {@code nightly-batch} declared by {@link BatchPod}, checked at compile time against
 * stage1 {@code kvm} with systemd 239.
 *
 * <p>{@link #builder()} takes the run-time facts the spec leaves open; the builder's
 * {@link Builder#build() build()} gives the pod's units.
 */
@Generated("org.podunits.processor.PodSpecProcessor")
public final class BatchPodUnits {
  private BatchPodUnits() {
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
   * Collects the run-time facts of the pod {@code nightly-batch} and makes its {@link Pod} and units. The
   * facts every pod has ({@code stage1}, {@code interactive}, {@code debug}, {@code metadataUrl},
   * {@code uidRange}, {@code architecture}, {@code insecureOptions}) are set with the methods of
   * {@link GeneratedPodBuilder}. Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder extends GeneratedPodBuilder<Builder> {
    private String workSource = "/srv/batch";

    private Builder() {
      super(Stage1.of(Stage1.Flavor.KVM, 239));
    }

    /**
     * The absolute host path of the volume {@code work}; {@code /srv/batch} by default.
     *
     * @param source the host path
     * @return this builder
     */
    public Builder workSource(String source) {
      this.workSource = source;
      return this;
    }

    /**
     * Forwards the host port {@code hostPort} to the app port {@code report-http}.
     *
     * @param hostPort the host port, 1 to 65535
     * @return this builder
     */
    public Builder reportHttpHostPort(int hostPort) {
      return forward("report-http", hostPort);
    }

    /**
     * Forwards the host port {@code hostPort} to the app port {@code metrics}.
     *
     * @param hostPort the host port, 1 to 65535
     * @return this builder
     */
    public Builder metricsHostPort(int hostPort) {
      return forward("metrics", hostPort);
    }

    /**
     * Adds an environment variable to the app {@code etl}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder etlEnv(String name, String value) {
      return addVariable("etl", name, value);
    }

    /**
     * The app {@code etl}, declared by {@link BatchPod#etl()}.
     *
     * @return the app
     */
    public App etlApp() {
      return etlAppBuilder().build();
    }

    /**
     * Adds an environment variable to the app {@code report-server}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder reportServerEnv(String name, String value) {
      return addVariable("report-server", name, value);
    }

    /**
     * The app {@code report-server}, declared by {@link BatchPod#reportServer()}.
     *
     * @return the app
     */
    public App reportServerApp() {
      return reportServerAppBuilder().build();
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     */
    public Pod pod() {
      return podBuilder()
          .annotation("example.com/team", "data")
          .volume("work", Volume.Kind.HOST, workSource, Optional.of(false))
          .emptyVolume("scratch")
          .app(etlAppBuilder())
          .app(reportServerAppBuilder())
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

    private App.Builder etlAppBuilder() {
      App.Builder app = App.builder("etl")
          .image("example.com/etl")
          .exec("/opt/etl/bin/run", "--since", "24h", "--out", "/work/$DAY")
          .workingDirectory("/work")
          .user(1000)
          .group(1000)
          .supplementaryGids(27, 100)
          .env("LANG", "C.UTF-8")
          .env("ETL_THREADS", "4")
          .annotation("example.com/owner", "etl@example.com")
          .memory("2G")
          .cpu("1500m")
          .cpuShares(512)
          .oomScoreAdjust(100)
          .mount("work", "/work", false)
          .mount("scratch", "/tmp/etl", false)
          .preStart("/bin/mkdir", "-p", "/work/out")
          .postStop("/bin/rm", "-rf", "/tmp/etl/partial");
      return withAddedEnvironment("etl", app);
    }

    private App.Builder reportServerAppBuilder() {
      App.Builder app = App.builder("report-server")
          .image("example.com/report")
          .exec("/usr/bin/report")
          .stdin(IoMode.NULL)
          .retainCapabilities("CAP_NET_BIND_SERVICE")
          .removeSyscalls("@docker/default-blacklist", "reboot")
          .syscallErrno("EPERM")
          .noNewPrivileges(true)
          .readOnlyRootFs(true)
          .port("report-http", Protocol.TCP, 8080, false)
          .port("metrics", Protocol.UDP, 9125, false);
      return withAddedEnvironment("report-server", app);
    }
  }
}
