package org.podunits.pod;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pod as rkt's stage1 sees it: its apps in manifest order, the stage1 it runs in, and the
 * pod-wide settings. Immutable; every instance is valid. Compose one with {@link #builder}.
 *
 * @param apps the apps, in manifest order, with distinct names
 * @param stage1 the stage1 flavor and systemd version
 * @param interactive whether the pod's single app is attached to the terminal
 * @param debug whether stage1 debugging is on ({@code STAGE1_DEBUG})
 * @param mutable whether apps are added later ({@link PodUnits#mutableEnv}, {@link PodUnits#appAdd})
 * @param insecureOptions the protections switched off
 * @param annotations the pod manifest's annotations, in order; {@code
 *     coreos.com/rkt/experiment/logmode} selects the log mode of attachable apps
 * @param hostPorts the pod's port forwards, in order; the last one with a port's name wins
 * @param metadataUrl the metadata service URL given to apps as {@code AC_METADATA_URL}
 * @param uidRange the user-namespace range files are shifted into
 * @param volumes the pod volumes, with distinct names
 * @param architecture the architecture of the machine the pod runs on, which rkt's stage1 is
 *     built for
 */
public record Pod(
    List<App> apps,
    Stage1 stage1,
    boolean interactive,
    boolean debug,
    boolean mutable,
    InsecureOptions insecureOptions,
    Map<String, String> annotations,
    List<HostPort> hostPorts,
    Optional<String> metadataUrl,
    UidRange uidRange,
    List<Volume> volumes,
    Architecture architecture) {

  /** The pod annotation that selects the log mode of apps with attachable streams. */
  public static final String LOG_MODE_ANNOTATION = "coreos.com/rkt/experiment/logmode";

  /** Validates the pod and copies every collection. */
  public Pod {
    apps = Texts.copyList("pod apps", apps);
    Set<AppName> names = new HashSet<>();
    for (App app : apps) {
      if (!names.add(app.name())) {
        throw new IllegalArgumentException("pod: two apps are named \"" + app.name() + "\"");
      }
    }
    Texts.requireNonNull("pod stage1", stage1);
    Texts.requireNonNull("pod insecure options", insecureOptions);
    annotations = Texts.copyMap("pod annotation", annotations);
    for (Map.Entry<String, String> annotation : annotations.entrySet()) {
      AppcNames.requireAcIdentifier("pod annotation name", annotation.getKey());
      Texts.requireNoNul("pod annotation " + annotation.getKey(), annotation.getValue());
    }
    hostPorts = Texts.copyList("pod hostPorts", hostPorts);
    Texts.requireNonNull("pod metadata URL", metadataUrl);
    if (metadataUrl.isPresent()) {
      String url = Texts.requireNoControl("pod metadata URL", metadataUrl.get());
      if (url.isEmpty() || url.indexOf(' ') >= 0) {
        throw new IllegalArgumentException("pod metadata URL \"" + url + "\" must be a non-empty URL without spaces");
      }
    }
    Texts.requireNonNull("pod uid range", uidRange);
    volumes = Texts.copyList("pod volumes", volumes);
    Set<String> volumeNames = new HashSet<>();
    for (Volume volume : volumes) {
      if (!volumeNames.add(volume.name())) {
        throw new IllegalArgumentException("pod: two volumes are named \"" + volume.name() + "\"");
      }
    }
    Texts.requireNonNull("pod architecture", architecture);
  }

  /** A builder for a pod running in {@code stage1}; see {@link Builder} for the defaults. */
  public static Builder builder(Stage1 stage1) {
    return new Builder(stage1);
  }

  /** This pod, running in another stage1: to plan or check it for several systemd versions. */
  public Pod withStage1(Stage1 stage1) {
    return new Pod(apps, stage1, interactive, debug, mutable, insecureOptions, annotations, hostPorts,
        metadataUrl, uidRange, volumes, architecture);
  }

  /** The app named {@code name}, if the pod has one. */
  public Optional<App> app(AppName name) {
    for (App app : apps) {
      if (app.name().equals(name)) {
        return Optional.of(app);
      }
    }
    return Optional.empty();
  }

  /**
   * The host port forwarded to the app ports named {@code portName}, if any: the last forward of
   * that name, as rkt's {@code findHostPort} picks it.
   */
  public Optional<Integer> hostPort(String portName) {
    for (int i = hostPorts.size() - 1; i >= 0; i--) {
      if (hostPorts.get(i).name().equals(portName)) {
        return Optional.of(hostPorts.get(i).hostPort());
      }
    }
    return Optional.empty();
  }

  /** The volume named {@code name}, if the pod has one. */
  public Optional<Volume> volume(String name) {
    for (Volume volume : volumes) {
      if (volume.name().equals(name)) {
        return Optional.of(volume);
      }
    }
    return Optional.empty();
  }

  /**
   * Composes a {@link Pod}. Defaults: no apps, not interactive, no debugging, immutable, every
   * protection on, no annotations, port forwards, metadata URL or volumes, no uid shift, and
   * {@link Architecture#AMD64}: a fixed default, so that a plan never depends on the machine that
   * makes it ({@link Architecture#current()} gives this machine's).
   */
  public static final class Builder {
    private final Stage1 stage1;
    private final List<App> apps = new ArrayList<>();
    private boolean interactive;
    private boolean debug;
    private boolean mutable;
    private InsecureOptions insecureOptions = InsecureOptions.NONE;
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final List<HostPort> hostPorts = new ArrayList<>();
    private String metadataUrl;
    private UidRange uidRange = UidRange.NONE;
    private final List<Volume> volumes = new ArrayList<>();
    private Architecture architecture = Architecture.AMD64;

    private Builder(Stage1 stage1) {
      this.stage1 = stage1;
    }

    /** Adds an app, after those added before. */
    public Builder app(App app) {
      apps.add(app);
      return this;
    }

    /** Whether the pod's app is attached to the terminal. */
    public Builder interactive(boolean interactive) {
      this.interactive = interactive;
      return this;
    }

    /** Whether stage1 debugging is on. */
    public Builder debug(boolean debug) {
      this.debug = debug;
      return this;
    }

    /** Whether apps are added later. */
    public Builder mutable(boolean mutable) {
      this.mutable = mutable;
      return this;
    }

    /** The protections switched off. */
    public Builder insecureOptions(InsecureOptions insecureOptions) {
      this.insecureOptions = insecureOptions;
      return this;
    }

    /** Adds a pod annotation. */
    public Builder annotation(String name, String value) {
      annotations.put(name, value);
      return this;
    }

    /** Adds a port forward. */
    public Builder hostPort(String name, int hostPort) {
      hostPorts.add(new HostPort(name, hostPort));
      return this;
    }

    /** The metadata service URL. */
    public Builder metadataUrl(String metadataUrl) {
      this.metadataUrl = metadataUrl;
      return this;
    }

    /** The user-namespace range. */
    public Builder uidRange(UidRange uidRange) {
      this.uidRange = uidRange;
      return this;
    }

    /** Adds a pod volume. */
    public Builder volume(Volume volume) {
      volumes.add(volume);
      return this;
    }

    /** The architecture of the machine the pod runs on. */
    public Builder architecture(Architecture architecture) {
      this.architecture = architecture;
      return this;
    }

    /**
     * The pod.
     *
     * @throws IllegalArgumentException naming the field if a value is invalid
     */
    public Pod build() {
      return new Pod(apps, stage1, interactive, debug, mutable, insecureOptions, annotations,
          hostPorts, Optional.ofNullable(metadataUrl), uidRange, volumes, architecture);
    }
  }
}
