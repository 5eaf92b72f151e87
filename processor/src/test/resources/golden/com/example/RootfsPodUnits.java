package com.example;

import java.nio.file.Path;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.podunits.inspect.AppUsers;
import org.podunits.inspect.BinaryLookup;
import org.podunits.inspect.PodInspectionException;
import org.podunits.pod.App;
import org.podunits.pod.AppName;
import org.podunits.pod.GeneratedPodBuilder;
import org.podunits.pod.Pod;
import org.podunits.pod.PodLayout;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
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
   * Collects the run-time facts of the pod {@code rootfs-pod} and makes its {@link Pod} and units. The
   * facts every pod has ({@code stage1}, {@code interactive}, {@code debug}, {@code metadataUrl},
   * {@code uidRange}, {@code architecture}, {@code insecureOptions}) are set with the methods of
   * {@link GeneratedPodBuilder}. Setters of single values replace; {@code ...Env} methods add.
   */
  public static final class Builder extends GeneratedPodBuilder<Builder> {
    private final Path podRoot;

    private Builder(Path podRoot) {
      super(Stage1.of(Stage1.Flavor.COREOS, 233));
      this.podRoot = podRoot;
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
     * The app {@code nginx}, declared by {@link RootfsPod#nginx()}.
     *
     * @return the app
     * @throws PodInspectionException if an app's rootfs under the pod root lacks the program, user
     *     or group the spec names, or cannot be read
     */
    public App nginxApp() throws PodInspectionException {
      return nginxAppBuilder().build();
    }

    /**
     * The pod, with every app of the spec in declaration order.
     *
     * @return the pod
     * @throws PodInspectionException if an app's rootfs under the pod root lacks the program, user
     *     or group the spec names, or cannot be read
     */
    public Pod pod() throws PodInspectionException {
      return podBuilder()
          .app(nginxAppBuilder())
          .build();
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

    private App.Builder nginxAppBuilder() throws PodInspectionException {
      Path rootfs = podRoot.resolve(PodLayout.appRootfsPath(AppName.of("nginx")));
      String binPath = BinaryLookup.find(rootfs, "nginx", "/", addedVariable("nginx", "PATH", "/usr/sbin:/usr/bin"));
      AppUsers.Ids ids = AppUsers.resolve(rootfs, "www-data", "www-data", uidRange().shift(), uidRange().count(), false);
      App.Builder app = App.builder("nginx")
          .image("example.com/nginx")
          .exec("nginx", "-g", "daemon off;")
          .binPath(binPath)
          .user(ids.uid())
          .group(ids.gid())
          .env("PATH", "/usr/sbin:/usr/bin");
      return withAddedEnvironment("nginx", app);
    }
  }
}
