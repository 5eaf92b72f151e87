package org.podunits.pod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.podunits.unit.SystemdText;

/**
 * A pod as rkt's stage1 sees it: its apps in manifest order, the stage1 it runs in, and the
 * pod-wide settings. Immutable; every instance is valid. Compose one with {@link #builder}, which
 * reports every problem at once as {@link Diagnostic}s.
 *
 * @param apps the apps, in manifest order, with distinct names
 * @param stage1 the stage1 flavor and systemd version
 * @param interactive whether the pod's single app is attached to the terminal
 * @param debug whether stage1 debugging is on ({@code STAGE1_DEBUG})
 * @param mutable whether apps are added later ({@link PodUnits#mutableEnv}, {@link PodUnits#appAdd})
 * @param insecureOptions the protections switched off
 * @param annotations the pod manifest's annotations, in order; the log mode is {@link #logMode()},
 *     not an annotation
 * @param hostPorts the pod's port forwards, in order; the last one with a port's name wins; in an
 *     immutable pod each names a port of one of its apps
 * @param metadataUrl the metadata service URL given to apps as {@code AC_METADATA_URL}
 * @param uidRange the user-namespace range files are shifted into
 * @param volumes the pod volumes, with distinct names
 * @param architecture the architecture of the machine the pod runs on, which rkt's stage1 is
 *     built for
 * @param logMode where apps with attachable streams log, if not rkt's default (rkt's {@code
 *     coreos.com/rkt/experiment/logmode} pod annotation)
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
    Architecture architecture,
    Optional<LogMode> logMode) {

  /** The pod annotation rkt reads the log mode from; here it is {@link #logMode()}. */
  static final String LOG_MODE_ANNOTATION = "coreos.com/rkt/experiment/logmode";

  /**
   * Validates the pod and copies every collection.
   *
   * @throws InvalidPodException with every problem found
   */
  public Pod {
    DiagnosticList problems = new DiagnosticList();
    if (problems.noNulls("apps", "apps", apps)) {
      List<String> names = new ArrayList<>();
      for (App app : apps) {
        names.add(app.name().value());
      }
      checkAppNames(problems, names);
    }
    check(problems, stage1, insecureOptions, annotations, hostPorts, metadataUrl, uidRange, volumes,
        architecture, logMode, false);
    if (!problems.hasErrors() && !mutable) {
      checkHostPorts(problems, apps, hostPorts);
    }
    problems.throwIfErrors();
    apps = List.copyOf(apps);
    annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    hostPorts = List.copyOf(hostPorts);
    volumes = List.copyOf(volumes);
  }

  private static void checkAppNames(DiagnosticList out, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name != null && !seen.add(name)) {
        out.error(DiagnosticCode.APP_DUPLICATE, FieldPath.app(name), "two apps are named \"" + name
            + "\"; give each app of a pod its own name");
      }
    }
  }

  private static void check(DiagnosticList out, Stage1 stage1, InsecureOptions insecureOptions,
      Map<String, String> annotations, List<HostPort> hostPorts, Optional<String> metadataUrl,
      UidRange uidRange, List<Volume> volumes, Architecture architecture, Optional<LogMode> logMode,
      boolean partsReported) {
    out.notNull("stage1", "stage1", stage1);
    out.notNull("insecureOptions", "insecure options", insecureOptions);
    if (out.notNull("annotations", "annotations", annotations)) {
      for (Map.Entry<String, String> annotation : annotations.entrySet()) {
        checkAnnotation(out, annotation.getKey(), annotation.getValue());
      }
    }
    if (partsReported) {
      out.notNull("hostPorts", "hostPorts", hostPorts);
    } else {
      out.noNulls("hostPorts", "hostPorts", hostPorts);
    }
    if (out.notNull("metadataUrl", "metadata URL", metadataUrl) && metadataUrl.isPresent()) {
      checkMetadataUrl(out, metadataUrl.get());
    }
    out.notNull("uidRange", "uid range", uidRange);
    if (partsReported ? out.notNull("volumes", "volumes", volumes) : out.noNulls("volumes", "volumes", volumes)) {
      Set<String> names = new HashSet<>();
      for (Volume volume : volumes) {
        if (volume != null && !names.add(volume.name())) {
          out.error(DiagnosticCode.VOLUME_DUPLICATE, FieldPath.keyed("volumes", volume.name()),
              "two volumes are named \"" + volume.name() + "\"; give each volume of a pod its own name");
        }
      }
    }
    out.notNull("architecture", "architecture", architecture);
    out.notNull("logMode", "log mode", logMode);
  }

  private static void checkAnnotation(DiagnosticList out, String name, String value) {
    String path = FieldPath.keyed("annotations", name);
    if (!AppcNames.acIdentifier(out, path, "pod annotation name", name)) {
      return;
    }
    out.noNul(path, "pod annotation " + name, value);
    if (name.equals(LOG_MODE_ANNOTATION)) {
      out.error(DiagnosticCode.ANNOTATION_HAS_SETTING, path, "annotation " + LOG_MODE_ANNOTATION
          + " is what rkt reads the pod's log mode from; set logMode instead");
    }
  }

  private static void checkMetadataUrl(DiagnosticList out, String url) {
    if (out.noControl("metadataUrl", "metadata URL", url) && (url.isEmpty() || url.indexOf(' ') >= 0)) {
      out.error(DiagnosticCode.METADATA_URL_INVALID, "metadataUrl", "metadata URL \"" + url
          + "\" must be a non-empty URL without spaces");
    }
  }

  /** In a pod whose apps are all known, every port forward names a port of one of them. */
  private static void checkHostPorts(DiagnosticList out, List<App> apps, List<HostPort> hostPorts) {
    Set<String> ports = new HashSet<>();
    for (App app : apps) {
      for (Port port : app.ports()) {
        ports.add(port.name());
      }
    }
    for (int i = 0; i < hostPorts.size(); i++) {
      HostPort forward = hostPorts.get(i);
      if (forward != null && !ports.contains(forward.name())) {
        out.error(DiagnosticCode.HOST_PORT_UNKNOWN, FieldPath.indexed("hostPorts", i), "host port "
            + forward.hostPort() + " forwards the port \"" + forward.name() + "\", which no app of the pod"
            + " declares; " + (ports.isEmpty() ? "declare the port on the app that listens on it"
                : "forward one of the ports " + new TreeSet<>(ports) + ", or declare it on its app"));
      }
    }
  }

  /** A builder for a pod running in {@code stage1}; see {@link Builder} for the defaults. */
  public static Builder builder(Stage1 stage1) {
    return new Builder(stage1);
  }

  /** A builder holding this pod's values, to derive another pod from it. */
  public Builder toBuilder() {
    Builder builder = new Builder(stage1)
        .interactive(interactive)
        .debug(debug)
        .mutable(mutable)
        .insecureOptions(insecureOptions)
        .metadataUrl(metadataUrl.orElse(null))
        .uidRange(uidRange)
        .architecture(architecture)
        .logMode(logMode.orElse(null));
    apps.forEach(builder::app);
    builder.annotations.putAll(annotations);
    builder.hostPorts.addAll(hostPorts);
    builder.volumes.addAll(volumes);
    return builder;
  }

  /** This pod, running in another stage1: to plan or check it for several systemd versions. */
  public Pod withStage1(Stage1 stage1) {
    return new Pod(apps, stage1, interactive, debug, mutable, insecureOptions, annotations, hostPorts,
        metadataUrl, uidRange, volumes, architecture, logMode);
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

  /** An app given to a builder: made already, or composed by an app builder until the pod is built. */
  private record PendingApp(App app, App.Builder builder) {
    String name() {
      return app != null ? app.name().value() : builder.rawName();
    }

    List<Diagnostic> problems() {
      return app != null ? List.of() : builder.problems();
    }

    App build() {
      return app != null ? app : builder.build();
    }

    Optional<App> validParts(Set<String> brokenVolumes) {
      return (app != null ? app.toBuilder() : builder).validParts(brokenVolumes);
    }
  }

  /**
   * Composes a {@link Pod}. Defaults: no apps, not interactive, no debugging, immutable, every
   * protection on, no annotations, port forwards, metadata URL, volumes or log mode, no uid shift,
   * and {@link Architecture#AMD64}: a fixed default, so that a plan never depends on the machine
   * that makes it ({@link Architecture#current()} gives this machine's).
   *
   * <p>One rule for every setting: repeated calls of a list setting add (apps, annotations, port
   * forwards, volumes), in the order of the calls, which is the order of the indexes in diagnostic
   * paths; setters of single values replace.
   *
   * <p>Setters never throw: a bad value is recorded, and {@link #problems()} lists every problem of
   * the pod and of the app builders given to {@link #app(App.Builder)}, with its path, while {@link
   * #build()} throws them all at once.
   */
  public static final class Builder {
    private final DiagnosticList recorded = new DiagnosticList();
    private Stage1 stage1;
    private final List<PendingApp> apps = new ArrayList<>();
    private boolean interactive;
    private boolean debug;
    private boolean mutable;
    private InsecureOptions insecureOptions = InsecureOptions.NONE;
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private final List<HostPort> hostPorts = new ArrayList<>();
    private String metadataUrl;
    private UidRange uidRange = UidRange.NONE;
    private final List<Volume> volumes = new ArrayList<>();
    private final Set<String> brokenVolumes = new HashSet<>();
    private Architecture architecture = Architecture.AMD64;
    private LogMode logMode;

    private Builder(Stage1 stage1) {
      this.stage1 = stage1;
    }

    /** The stage1 the pod runs in. */
    public Builder stage1(Stage1 stage1) {
      this.stage1 = stage1;
      return this;
    }

    /** Adds an app, after those added before. */
    public Builder app(App app) {
      if (notNullApp(app)) {
        apps.add(new PendingApp(app, null));
      }
      return this;
    }

    /**
     * Adds the app the builder composes, after those added before; its problems are the pod's, and
     * it is built when the pod is.
     */
    public Builder app(App.Builder app) {
      if (notNullApp(app)) {
        apps.add(new PendingApp(null, app));
      }
      return this;
    }

    /** Whether the app given is there; records a problem at its index if not (its path made only then). */
    private boolean notNullApp(Object app) {
      return app != null || recorded.notNull(FieldPath.indexed("apps", apps.size()), "apps[" + apps.size() + "]", null);
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

    /** Adds a pod annotation; a name may be given once. */
    public Builder annotation(String name, String value) {
      if (annotations.containsKey(name)) {
        recorded.error(DiagnosticCode.ANNOTATION_DUPLICATE, FieldPath.keyed("annotations", name),
            "pod annotation " + SystemdText.printable(String.valueOf(name)) + " is given twice; give it once");
      } else {
        annotations.put(name, value);
      }
      return this;
    }

    /** Adds a port forward: the host port {@code hostPort} carries the app port {@code name}. */
    public Builder hostPort(String name, int hostPort) {
      String path = FieldPath.indexed("hostPorts", hostPorts.size());
      try {
        hostPorts.add(new HostPort(name, hostPort));
      } catch (InvalidPodException e) {
        recorded.addUnder(path, e.diagnostics());
        hostPorts.add(null);
      }
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
      if (recorded.notNull("volumes", "volume", volume)) {
        volumes.add(volume);
      }
      return this;
    }

    /** Adds an empty volume named {@code name}. */
    public Builder emptyVolume(String name) {
      try {
        return volume(Volume.empty(name));
      } catch (InvalidPodException e) {
        return refusedVolume(name, e);
      }
    }

    /** Adds a host volume named {@code name}: the host directory or file {@code source}. */
    public Builder hostVolume(String name, String source) {
      try {
        return volume(Volume.host(name, source));
      } catch (InvalidPodException e) {
        return refusedVolume(name, e);
      }
    }

    /**
     * Adds the volume {@code name} of {@code kind}: a host volume's {@code source} is its host path,
     * an empty volume's is {@code ""}; {@code readOnly}, when present, overrides the app mounts'.
     */
    public Builder volume(String name, Volume.Kind kind, String source, Optional<Boolean> readOnly) {
      try {
        return volume(new Volume(name, kind, source, readOnly, false));
      } catch (InvalidPodException e) {
        return refusedVolume(name, e);
      }
    }

    /** Adds a host volume named {@code name} whose source is a device node, such as {@code /dev/fuse}. */
    public Builder deviceVolume(String name, String source) {
      try {
        return volume(Volume.deviceNode(name, source));
      } catch (InvalidPodException e) {
        return refusedVolume(name, e);
      }
    }

    /**
     * Records why the volume {@code name} could not be made (a plain catch: no lambda to spin), and
     * that mounts of it are broken.
     */
    private Builder refusedVolume(String name, InvalidPodException e) {
      recorded.addUnder(FieldPath.keyed("volumes", name), e.diagnostics());
      brokenVolumes.add(name);
      return this;
    }

    /** The architecture of the machine the pod runs on. */
    public Builder architecture(Architecture architecture) {
      this.architecture = architecture;
      return this;
    }

    /** Where apps with attachable streams log; null for rkt's default. */
    public Builder logMode(LogMode logMode) {
      this.logMode = logMode;
      return this;
    }

    /** Every problem of the pod and its apps as composed so far, errors and warnings, in order found. */
    public List<Diagnostic> problems() {
      DiagnosticList problems = new DiagnosticList();
      check(problems);
      return problems.list();
    }

    /** Adds every problem to {@code problems}; returns the apps if it had to build them, else null. */
    private List<App> check(DiagnosticList problems) {
      for (Diagnostic diagnostic : recorded.list()) {
        problems.add(diagnostic);
      }
      List<String> names = new ArrayList<>();
      for (PendingApp app : apps) {
        names.add(app.name());
        for (Diagnostic diagnostic : app.problems()) {
          problems.add(diagnostic);
        }
      }
      checkAppNames(problems, names);
      Pod.check(problems, stage1, insecureOptions, annotations, hostPorts, Optional.ofNullable(metadataUrl),
          uidRange, volumes, architecture, Optional.ofNullable(logMode), true);
      if (!problems.hasErrors() && !mutable) {
        List<App> built = builtApps();
        checkHostPorts(problems, built, hostPorts);
        return built;
      }
      return null;
    }

    /** Whether every app was given made, so that building the pod builds no app. */
    private boolean appsMade() {
      for (PendingApp app : apps) {
        if (app.app() == null) {
          return false;
        }
      }
      return true;
    }

    private List<App> builtApps() {
      List<App> built = new ArrayList<>(apps.size());
      for (PendingApp app : apps) {
        built.add(app.build());
      }
      return built;
    }

    /**
     * The pod made of this builder's valid parts, so that planning can be checked for them while
     * other parts are broken ({@link PodUnits#check(Builder)}). It has each app's valid parts
     * ({@link App.Builder#validParts}: a mount of a volume this builder could not make counts as
     * broken), except for an app whose name an earlier app has or is invalid; the first volume of
     * each name; the annotations and port forwards that are valid on their own (in an immutable
     * pod, those forwarding a port of a kept app); the metadata URL if valid. Empty if a setting
     * every plan needs is missing: the stage1, the insecure options, the uid range or the
     * architecture.
     */
    Optional<Pod> validParts() {
      if (stage1 == null || insecureOptions == null || uidRange == null || architecture == null) {
        return Optional.empty();
      }
      List<App> valid = new ArrayList<>();
      Set<String> names = new HashSet<>();
      Set<String> ports = new HashSet<>();
      for (PendingApp pending : apps) {
        if (names.add(pending.name())) {
          pending.validParts(brokenVolumes).ifPresent(app -> {
            valid.add(app);
            app.ports().forEach(port -> ports.add(port.name()));
          });
        }
      }
      Map<String, String> validAnnotations = new LinkedHashMap<>();
      annotations.forEach((name, value) -> {
        DiagnosticList problems = new DiagnosticList();
        checkAnnotation(problems, name, value);
        if (!problems.hasErrors()) {
          validAnnotations.put(name, value);
        }
      });
      List<HostPort> validForwards = new ArrayList<>();
      for (HostPort forward : hostPorts) {
        if (forward != null && (mutable || ports.contains(forward.name()))) {
          validForwards.add(forward);
        }
      }
      List<Volume> validVolumes = new ArrayList<>();
      Set<String> volumeNames = new HashSet<>();
      for (Volume volume : volumes) {
        if (volumeNames.add(volume.name())) {
          validVolumes.add(volume);
        }
      }
      Optional<String> validUrl = Optional.ofNullable(metadataUrl).filter(url -> {
        DiagnosticList problems = new DiagnosticList();
        checkMetadataUrl(problems, url);
        return !problems.hasErrors();
      });
      return Optional.of(new Pod(valid, stage1, interactive, debug, mutable, insecureOptions, validAnnotations,
          validForwards, validUrl, uidRange, validVolumes, architecture, Optional.ofNullable(logMode)));
    }

    /**
     * The pod, with its apps in the order added.
     *
     * @throws InvalidPodException with every problem of the pod and its apps, if one is an error
     */
    public Pod build() {
      if (recorded.isEmpty() && appsMade()) {
        // Nothing was refused on the way and every app is valid already, so the record's own
        // validation finds exactly what check(problems) would: checking here as well would
        // validate the pod twice.
        return newPod(builtApps());
      }
      DiagnosticList problems = new DiagnosticList();
      List<App> built = check(problems);
      problems.throwIfErrors();
      // Each app is built once: check(problems) has built them already for an immutable pod.
      return newPod(built != null ? built : builtApps());
    }

    private Pod newPod(List<App> apps) {
      return new Pod(apps, stage1, interactive, debug, mutable, insecureOptions, annotations,
          hostPorts, Optional.ofNullable(metadataUrl), uidRange, volumes, architecture, Optional.ofNullable(logMode));
    }
  }
}
