package org.podunits.pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One app of a pod, with everything rkt's stage1 needs to write its units. Immutable; every
 * instance is valid, and messages about invalid values name the app and the field ({@code app
 * "web": exec[0] "bin/nginx" must be an absolute path}). Compose one with {@link #builder}.
 *
 * @param name the app name
 * @param imageName the name of the app's image, an ACIdentifier such as {@code example.com/hello}
 * @param exec the command line; exec[0] is the executable as the image names it
 * @param binPath the resolved absolute path of the executable inside the app rootfs: an inspector
 *     may find it there, otherwise it is exec[0], which must then be absolute
 * @param workingDirectory the absolute working directory, {@code /} by default
 * @param uid the numeric user id the app runs as
 * @param gid the numeric group id the app runs as
 * @param supplementaryGids further group ids, in order
 * @param environment the app's environment variables, in order
 * @param stdin how standard input is connected
 * @param stdout how standard output is connected
 * @param stderr how standard error is connected
 * @param annotations the app's appc annotations, in order
 * @param capabilities the capabilities isolator, if any (rkt's default set otherwise)
 * @param seccomp the seccomp isolator, if any (rkt's default whitelist otherwise)
 * @param noNewPrivileges the {@code os/linux/no-new-privileges} isolator
 * @param resources the resource isolators
 * @param readOnlyRootFs whether the app rootfs is mounted read-only
 * @param mounts the volumes mounted into the app, in order
 * @param mountPoints the places where the app's image expects volumes, in order, with distinct
 *     names and paths
 * @param eventHandlers the pre-start and post-stop commands, in order
 * @param ports the ports the image declares, in order
 * @param supportsNotify whether the image declares {@code appc.io/executor/supports-systemd-notify}
 *     (the app is then {@code Type=notify})
 * @param kubernetesLogPath the app's {@code coreos.com/rkt/experiment/kubernetes-log-path}, needed
 *     by the {@code k8s-plain} log mode
 */
public record App(
    AppName name,
    String imageName,
    List<String> exec,
    String binPath,
    String workingDirectory,
    int uid,
    int gid,
    List<Integer> supplementaryGids,
    Map<String, String> environment,
    IoMode stdin,
    IoMode stdout,
    IoMode stderr,
    Map<String, String> annotations,
    Optional<Capabilities> capabilities,
    Optional<Seccomp> seccomp,
    boolean noNewPrivileges,
    Resources resources,
    boolean readOnlyRootFs,
    List<Mount> mounts,
    List<MountPoint> mountPoints,
    List<EventHandler> eventHandlers,
    List<Port> ports,
    boolean supportsNotify,
    Optional<String> kubernetesLogPath) {

  /** Validates every field and copies every collection. */
  public App {
    Texts.requireNonNull("app name", name);
    String app = "app \"" + name + "\"";
    if (imageName == null) {
      throw new IllegalArgumentException(app + ": the image name is missing; every app needs the name of its image");
    }
    AppcNames.requireAcIdentifier(app + ": image name", imageName);
    exec = Texts.copyList(app + ": exec", exec);
    if (exec.isEmpty()) {
      throw new IllegalArgumentException(app + " has no executable: exec must not be empty");
    }
    for (int i = 0; i < exec.size(); i++) {
      Texts.requireNoNul(app + ": exec[" + i + "]", exec.get(i));
    }
    if (binPath == null) {
      Texts.requireAbsolutePath(app + ": exec[0]", exec.get(0));
      binPath = exec.get(0);
    }
    Texts.requireAbsolutePath(app + ": binPath", binPath);
    Commands.requireExecutable(app + ": binPath", binPath);
    List<String> argv = new ArrayList<>(exec);
    argv.set(0, binPath);
    Commands.requireQuotable(app, argv);
    Texts.requireAbsolutePath(app + ": workingDirectory", workingDirectory);
    if (workingDirectory.endsWith(" ") || workingDirectory.endsWith("\\")) {
      throw new IllegalArgumentException(app + ": workingDirectory \"" + workingDirectory
          + "\" must not end with a space or a backslash, which systemd would strip or join to the next line");
    }
    if (uid < 0) {
      throw new IllegalArgumentException(app + ": uid " + uid + " must not be negative");
    }
    if (gid < 0) {
      throw new IllegalArgumentException(app + ": gid " + gid + " must not be negative");
    }
    supplementaryGids = Texts.copyList(app + ": supplementaryGids", supplementaryGids);
    for (int supplementary : supplementaryGids) {
      if (supplementary < 0) {
        throw new IllegalArgumentException(app + ": supplementary gid " + supplementary + " must not be negative");
      }
    }
    environment = Texts.copyMap(app + ": environment variable", environment);
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      checkEnvironmentName(app, variable.getKey());
      Texts.requireNoNul(app + ": environment variable " + variable.getKey(), variable.getValue());
    }
    Texts.requireNonNull(app + ": stdin", stdin);
    Texts.requireNonNull(app + ": stdout", stdout);
    Texts.requireNonNull(app + ": stderr", stderr);
    boolean anyStream = stdin == IoMode.STREAM || stdout == IoMode.STREAM || stderr == IoMode.STREAM;
    boolean anyTty = stdin == IoMode.TTY || stdout == IoMode.TTY || stderr == IoMode.TTY;
    if (anyStream && anyTty) {
      throw new IllegalArgumentException(app + ": stdin " + stdin + ", stdout " + stdout + ", stderr " + stderr
          + ": stream and tty modes cannot be mixed in one app");
    }
    annotations = Texts.copyMap(app + ": annotation", annotations);
    for (Map.Entry<String, String> annotation : annotations.entrySet()) {
      AppcNames.requireAcIdentifier(app + ": annotation name", annotation.getKey());
      Texts.requireNoNul(app + ": annotation " + annotation.getKey(), annotation.getValue());
    }
    Texts.requireNonNull(app + ": capabilities", capabilities);
    Texts.requireNonNull(app + ": seccomp", seccomp);
    Texts.requireNonNull(app + ": resources", resources);
    mounts = Texts.copyList(app + ": mounts", mounts);
    mountPoints = Texts.copyList(app + ": mountPoints", mountPoints);
    Set<String> mountPointNames = new HashSet<>();
    Set<String> mountPointPaths = new HashSet<>();
    for (MountPoint mountPoint : mountPoints) {
      if (!mountPointNames.add(mountPoint.name())) {
        throw new IllegalArgumentException(app + ": two mount points are named \"" + mountPoint.name() + "\"");
      }
      if (!mountPointPaths.add(mountPoint.path())) {
        throw new IllegalArgumentException(app + ": two mount points are at " + mountPoint.path());
      }
    }
    eventHandlers = Texts.copyList(app + ": eventHandlers", eventHandlers);
    ports = Texts.copyList(app + ": ports", ports);
    Set<String> portNames = new HashSet<>();
    for (Port port : ports) {
      if (!portNames.add(port.name())) {
        throw new IllegalArgumentException(app + ": two ports are named \"" + port.name() + "\"");
      }
    }
    Texts.requireNonNull(app + ": kubernetesLogPath", kubernetesLogPath);
    if (kubernetesLogPath.isPresent()) {
      Texts.requireNoNul(app + ": kubernetesLogPath", kubernetesLogPath.get());
    }
  }

  /** A builder for the app {@code name}; see {@link Builder} for the defaults. */
  public static Builder builder(String name) {
    return new Builder(AppName.of(name));
  }

  private static void checkEnvironmentName(String app, String name) {
    boolean valid = !name.isEmpty() && isNameStart(name.charAt(0));
    for (int i = 1; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
    if (!valid) {
      throw new IllegalArgumentException(app + ": environment variable name \"" + Texts.printable(name)
          + "\" must match [A-Za-z_][A-Za-z_0-9.-]*");
    }
  }

  private static boolean isNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  /**
   * Composes an {@link App}. Defaults: working directory {@code /}, uid and gid 0, every stream
   * {@link IoMode#LOG}, no isolators, no mounts, mount points, handlers or ports. The image name
   * and exec are required. Mistakes are reported when they are made, naming the app.
   */
  public static final class Builder {
    private final AppName name;
    private final String app;
    private String imageName;
    private List<String> exec = new ArrayList<>();
    private String binPath;
    private String workingDirectory = "/";
    private int uid;
    private int gid;
    private final List<Integer> supplementaryGids = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private IoMode stdin = IoMode.LOG;
    private IoMode stdout = IoMode.LOG;
    private IoMode stderr = IoMode.LOG;
    private final Map<String, String> annotations = new LinkedHashMap<>();
    private Capabilities capabilities;
    private Seccomp seccomp;
    private boolean noNewPrivileges;
    private Resources resources = Resources.NONE;
    private boolean readOnlyRootFs;
    private final List<Mount> mounts = new ArrayList<>();
    private final List<MountPoint> mountPoints = new ArrayList<>();
    private final List<EventHandler> eventHandlers = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private boolean supportsNotify;
    private String kubernetesLogPath;

    private Builder(AppName name) {
      this.name = name;
      this.app = "app \"" + name + "\"";
    }

    /** The image name, an ACIdentifier such as {@code example.com/hello}. */
    public Builder image(String imageName) {
      this.imageName = imageName;
      return this;
    }

    /** The command line. */
    public Builder exec(String... exec) {
      return exec(Arrays.asList(exec));
    }

    /** The command line. */
    public Builder exec(List<String> exec) {
      this.exec = new ArrayList<>(exec);
      return this;
    }

    /** The resolved executable path, when it differs from exec[0] (an inspector finds it). */
    public Builder binPath(String binPath) {
      this.binPath = binPath;
      return this;
    }

    /** The working directory. */
    public Builder workingDirectory(String workingDirectory) {
      this.workingDirectory = workingDirectory;
      return this;
    }

    /** The numeric user id. */
    public Builder user(int uid) {
      this.uid = uid;
      return this;
    }

    /** The numeric group id. */
    public Builder group(int gid) {
      this.gid = gid;
      return this;
    }

    /** Adds supplementary group ids, in order. */
    public Builder supplementaryGids(int... gids) {
      for (int supplementary : gids) {
        supplementaryGids.add(supplementary);
      }
      return this;
    }

    /** Adds an environment variable; a name may be set once. */
    public Builder env(String name, String value) {
      if (environment.containsKey(name)) {
        throw new IllegalArgumentException(app + ": environment variable " + Texts.printable(name) + " is set twice");
      }
      environment.put(name, value);
      return this;
    }

    /** How standard input is connected. */
    public Builder stdin(IoMode mode) {
      this.stdin = mode;
      return this;
    }

    /** How standard output is connected. */
    public Builder stdout(IoMode mode) {
      this.stdout = mode;
      return this;
    }

    /** How standard error is connected. */
    public Builder stderr(IoMode mode) {
      this.stderr = mode;
      return this;
    }

    /** How the three streams are connected. */
    public Builder stdio(IoMode stdin, IoMode stdout, IoMode stderr) {
      return stdin(stdin).stdout(stdout).stderr(stderr);
    }

    /** Adds an appc annotation. */
    public Builder annotation(String name, String value) {
      annotations.put(name, value);
      return this;
    }

    /**
     * Adds a capabilities isolator; isolators of the same kind concatenate, as in rkt.
     *
     * @throws IllegalArgumentException if retain and remove sets are mixed, with rkt's message
     */
    public Builder capabilities(Capabilities isolator) {
      capabilities = capabilities == null ? isolator : inApp(() -> capabilities.plus(isolator));
      return this;
    }

    /** Keeps exactly these capabilities. */
    public Builder retainCapabilities(String... names) {
      return capabilities(inApp(() -> Capabilities.retain(names)));
    }

    /** Drops these capabilities from rkt's default set. */
    public Builder removeCapabilities(String... names) {
      return capabilities(inApp(() -> Capabilities.remove(names)));
    }

    /**
     * Sets the seccomp isolator.
     *
     * @throws IllegalArgumentException if one is already set, with rkt's message
     */
    public Builder seccomp(Seccomp isolator) {
      if (seccomp != null) {
        throw new IllegalArgumentException(app + ": too many seccomp isolators specified");
      }
      seccomp = isolator;
      return this;
    }

    /** The {@code os/linux/no-new-privileges} isolator. */
    public Builder noNewPrivileges(boolean noNewPrivileges) {
      this.noNewPrivileges = noNewPrivileges;
      return this;
    }

    /** The resource isolators. */
    public Builder resources(Resources resources) {
      this.resources = resources;
      return this;
    }

    /** Whether the app rootfs is read-only. */
    public Builder readOnlyRootFs(boolean readOnlyRootFs) {
      this.readOnlyRootFs = readOnlyRootFs;
      return this;
    }

    /** Adds a mount of a volume. */
    public Builder mount(Mount mount) {
      mounts.add(mount);
      return this;
    }

    /** Adds a mount of the pod volume {@code volume} at {@code path}. */
    public Builder mount(String volume, String path, boolean readOnly) {
      return mount(inApp(() -> new Mount(volume, path, readOnly)));
    }

    /** Adds a mount point the image declares. */
    public Builder mountPoint(MountPoint mountPoint) {
      mountPoints.add(mountPoint);
      return this;
    }

    /** Adds a mount point the image declares, named {@code name}, at {@code path}. */
    public Builder mountPoint(String name, String path, boolean readOnly) {
      return mountPoint(inApp(() -> new MountPoint(name, path, readOnly)));
    }

    /** Adds an event handler. */
    public Builder eventHandler(EventHandler handler) {
      eventHandlers.add(handler);
      return this;
    }

    /**
     * Adds a handler for the event named as in an appc manifest.
     *
     * @throws IllegalArgumentException naming the app for a name other than {@code pre-start} or
     *     {@code post-stop}, with rkt's message
     */
    public Builder eventHandler(String event, String... exec) {
      return eventHandler(inApp(() -> EventHandler.of(event, Arrays.asList(exec))));
    }

    /** Adds a {@code pre-start} command. */
    public Builder preStart(String... exec) {
      return eventHandler(inApp(() -> EventHandler.preStart(exec)));
    }

    /** Adds a {@code post-stop} command. */
    public Builder postStop(String... exec) {
      return eventHandler(inApp(() -> EventHandler.postStop(exec)));
    }

    /** Adds a port the image declares. */
    public Builder port(Port port) {
      ports.add(port);
      return this;
    }

    /** Adds a port the image declares. */
    public Builder port(String name, Protocol protocol, int port, boolean socketActivated) {
      return port(inApp(() -> new Port(name, protocol, port, socketActivated)));
    }

    /**
     * Adds a port the image declares, its protocol named as in an appc manifest.
     *
     * @throws IllegalArgumentException naming the app for a protocol other than {@code tcp} or
     *     {@code udp}, with rkt's message
     */
    public Builder port(String name, String protocol, int port, boolean socketActivated) {
      return port(inApp(() -> new Port(name, Protocol.parse(protocol), port, socketActivated)));
    }

    /** Whether the image supports systemd's notify protocol. */
    public Builder supportsNotify(boolean supportsNotify) {
      this.supportsNotify = supportsNotify;
      return this;
    }

    /** The path for the {@code k8s-plain} log mode. */
    public Builder kubernetesLogPath(String path) {
      this.kubernetesLogPath = path;
      return this;
    }

    /**
     * The app.
     *
     * @throws IllegalArgumentException naming the app and the field if a value is invalid
     */
    public App build() {
      return new App(name, imageName, exec, binPath, workingDirectory, uid, gid, supplementaryGids,
          environment, stdin, stdout, stderr, annotations, Optional.ofNullable(capabilities),
          Optional.ofNullable(seccomp), noNewPrivileges, resources, readOnlyRootFs, mounts,
          mountPoints, eventHandlers, ports, supportsNotify, Optional.ofNullable(kubernetesLogPath));
    }

    private <T> T inApp(Supplier<T> make) {
      try {
        return make.get();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(app + ": " + e.getMessage(), e);
      } catch (NullPointerException e) {
        NullPointerException named = new NullPointerException(app + ": " + e.getMessage());
        named.initCause(e);
        throw named;
      }
    }
  }
}
