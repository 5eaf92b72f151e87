package com.example;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.podunits.inspect.AppUsers;
import org.podunits.inspect.BinaryLookup;
import org.podunits.inspect.PodInspectionException;
import org.podunits.pod.App;
import org.podunits.pod.AppName;
import org.podunits.pod.Architecture;
import org.podunits.pod.InsecureOptions;
import org.podunits.pod.Pod;
import org.podunits.pod.PodLayout;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
import org.podunits.pod.UidRange;
import org.podunits.write.UnitSet;

/**
 * The units of the pod {@code rootfs-pod} declared by {@link RootfsPod}, checked at compile time against
 * stage1 {@code coreos} with systemd 233.
 *
 * <p>{@link #builder(Path)} takes the run-time facts the spec leaves open; the builder's
 * {@link Builder#build() build()} gives the pod's units.
 */
@Generated("org.podunits.processor.PodSpecProcessor")
public final class RootfsPodUnits {
  private RootfsPodUnits() {
  }

  /**
   * A builder of the pod's units, with the spec's defaults for every other fact.
   *
   * @param podRoot the pod's root directory, where the apps' rootfs are read: an app's
   *     program name and user or group names are looked up there, as rkt does
   * @return a new builder
   */
  public static Builder builder(Path podRoot) {
    return new Builder(Objects.requireNonNull(podRoot, "podRoot"));
  }

  /**
   * Collects the run-time facts of the pod {@code rootfs-pod} and makes its {@link Pod} and units.
   * Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder {
    private final Path podRoot;

    private Stage1 stage1 = Stage1.of(Stage1.Flavor.COREOS, 233);

    private boolean interactive;

    private boolean debug;

    private String metadataUrl;

    private UidRange uidRange = UidRange.NONE;

    private Architecture architecture = Architecture.AMD64;

    private InsecureOptions insecureOptions = InsecureOptions.NONE;

    private final Map<String, String> nginxEnv = new LinkedHashMap<>();

    private Builder(Path podRoot) {
      this.podRoot = podRoot;
    }

    /**
     * The stage1 to plan for, such as {@code Stage1Detector.detect(podRoot)}; the spec's is the
     * default.
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
     * Adds an environment variable to the app {@code nginx}, after those of the spec.
     *
     * @param name the variable's name
     * @param value the variable's value
     * @return this builder
     */
    public Builder nginxEnv(String name, String value) {
      nginxEnv.put(name, value);
      return this;
    }

    /**
     * The app {@code nginx}, declared by {@link RootfsPod#nginx()}.
     *
     * @return the app
     * @throws PodInspectionException if an app's rootfs under the pod root lacks the program, user
     *     or group the spec names, or cannot be read
     */
    public App nginxApp() throws PodInspectionException {
      return nginxAppBuilder().build();
    }

    private App.Builder nginxAppBuilder() throws PodInspectionException {
      App.Builder app = App.builder("nginx");
      app.image("example.com/nginx");
      app.exec("nginx", "-g", "daemon off;");
      Path rootfs = podRoot.resolve(PodLayout.appRootfsPath(AppName.of("nginx")));
      app.binPath(BinaryLookup.find(rootfs, "nginx", "/", nginxEnv.getOrDefault("PATH", "/usr/sbin:/usr/bin")));
      AppUsers.Ids ids = AppUsers.resolve(rootfs, "www-data", "www-data", uidRange.shift(), uidRange.count(), false);
      app.user(ids.uid());
      app.group(ids.gid());
      app.env("PATH", "/usr/sbin:/usr/bin");
      nginxEnv.forEach(app::env);
      return app;
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     * @throws PodInspectionException if an app's rootfs under the pod root lacks the program, user
     *     or group the spec names, or cannot be read
     */
    public Pod pod() throws PodInspectionException {
      Pod.Builder pod = Pod.builder(stage1);
      pod.interactive(interactive).debug(debug).mutable(false);
      pod.uidRange(uidRange).architecture(architecture).insecureOptions(insecureOptions);
      if (metadataUrl != null) {
        pod.metadataUrl(metadataUrl);
      }
      pod.app(nginxAppBuilder());
      return pod.build();
    }

    /**
     * The units of the pod and all its apps.
     *
     * @return the pod's units
     * @throws PodInspectionException if an app's rootfs under the pod root lacks the program, user
     *     or group the spec names, or cannot be read
     */
    public UnitSet build() throws PodInspectionException {
      return PodUnits.immutableEnv(pod());
    }
  }
}
