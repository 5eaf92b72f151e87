package com.example;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.podunits.pod.App;
import org.podunits.pod.Architecture;
import org.podunits.pod.InsecureOptions;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;
import org.podunits.pod.UidRange;
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
   * Collects the run-time facts of the pod {@code nightly-batch} and makes its {@link Pod} and units.
   * Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder {
    private Stage1 stage1 = Stage1.of(Stage1.Flavor.KVM, 239);

    private boolean interactive;

    private boolean debug;

    private String metadataUrl;

    private UidRange uidRange = UidRange.NONE;

    private Architecture architecture = Architecture.AMD64;

    private InsecureOptions insecureOptions = InsecureOptions.NONE;

    private String workSource = "/srv/batch";

    private Integer reportHttpHostPort;

    private Integer metricsHostPort;

    private final Map<String, String> etlEnv = new LinkedHashMap<>();

    private final Map<String, String> reportServerEnv = new LinkedHashMap<>();

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
     * The absolute host path of the volume {@code work}; {@code /srv/batch} by default.
     *
     * @param source the value
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
      this.reportHttpHostPort = hostPort;
      return this;
    }

    /**
     * Forwards the host port {@code hostPort} to the app port {@code metrics}.
     *
     * @param hostPort the host port, 1 to 65535
     * @return this builder
     */
    public Builder metricsHostPort(int hostPort) {
      this.metricsHostPort = hostPort;
      return this;
    }

    /**
     * Adds an environment variable to the app {@code etl}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder etlEnv(String name, String value) {
      etlEnv.put(name, value);
      return this;
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
      reportServerEnv.put(name, value);
      return this;
    }

    /**
     * The app {@code report-server}, declared by {@link BatchPod#reportServer()}.
     *
     * @return the app
     */
    public App reportServerApp() {
      return reportServerAppBuilder().build();
    }

    private App.Builder etlAppBuilder() {
      App.Builder app = App.builder("etl");
      app.image("example.com/etl");
      app.exec("/opt/etl/bin/run", "--since", "24h", "--out", "/work/$DAY");
      app.workingDirectory("/work");
      app.user(1000);
      app.group(1000);
      app.supplementaryGids(27, 100);
      app.env("LANG", "C.UTF-8");
      app.env("ETL_THREADS", "4");
      app.annotation("example.com/owner", "etl@example.com");
      app.memory("2G");
      app.cpu("1500m");
      app.cpuShares(512);
      app.oomScoreAdjust(100);
      app.mount("work", "/work", false);
      app.mount("scratch", "/tmp/etl", false);
      app.preStart("/bin/mkdir", "-p", "/work/out");
      app.postStop("/bin/rm", "-rf", "/tmp/etl/partial");
      etlEnv.forEach(app::env);
      return app;
    }

    private App.Builder reportServerAppBuilder() {
      App.Builder app = App.builder("report-server");
      app.image("example.com/report");
      app.exec("/usr/bin/report");
      app.stdin(IoMode.NULL);
      app.retainCapabilities("CAP_NET_BIND_SERVICE");
      app.removeSyscalls("@docker/default-blacklist", "reboot");
      app.syscallErrno("EPERM");
      app.noNewPrivileges(true);
      app.readOnlyRootFs(true);
      app.port("report-http", Protocol.TCP, 8080, false);
      app.port("metrics", Protocol.UDP, 9125, false);
      reportServerEnv.forEach(app::env);
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
      pod.annotation("example.com/team", "data");
      pod.volume(Volume.host("work", workSource).withReadOnly(false));
      pod.emptyVolume("scratch");
      if (reportHttpHostPort != null) {
        pod.hostPort("report-http", reportHttpHostPort);
      }
      if (metricsHostPort != null) {
        pod.hostPort("metrics", metricsHostPort);
      }
      pod.app(etlAppBuilder());
      pod.app(reportServerAppBuilder());
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
