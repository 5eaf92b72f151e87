package org.podunits.pod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podunits.unit.SystemdText;
import org.podunits.unit.UnitOption;

/**
 * One app of a pod, with everything rkt's stage1 needs to write its units. Immutable; every
 * instance is valid. Compose one with {@link #builder}, which reports every problem at once as
 * {@link Diagnostic}s whose paths start at {@code apps[<name>]}.
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
 * @param annotations the app's appc annotations, in order; those rkt turns into behaviour have
 *     typed settings here instead (the stdio modes, {@code kubernetesLogPath}, {@code
 *     supportsNotify}) and are refused
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
 *     by the {@link LogMode#K8S_PLAIN} log mode
 * @param options extra options for the app's service unit, appended after rkt's in order; never
 *     one of the directives podunits writes itself (such as {@code ExecStart}, {@code User} or
 *     {@code SystemCallFilter}), which are the typed settings' job
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
    Optional<String> kubernetesLogPath,
    List<UnitOption> options) {

  /**
   * The app annotations rkt turns into behaviour, each with the typed setting that replaces it.
   * Storing one and ignoring it would silently drop what the user asked for.
   */
  static final Map<String, String> ANNOTATION_SETTINGS = Map.of(
      "coreos.com/rkt/stage2/stdin", "stdin",
      "coreos.com/rkt/stage2/stdout", "stdout",
      "coreos.com/rkt/stage2/stderr", "stderr",
      "coreos.com/rkt/experiment/kubernetes-log-path", "kubernetesLogPath",
      "appc.io/executor/supports-systemd-notify", "supportsNotify");

  /** The image an app of {@link Builder#validParts} has when its own has an error. */
  private static final String STAND_IN_IMAGE = "podunits.org/stand-in";

  /** The command an app of {@link Builder#validParts} has when its own has an error. */
  private static final List<String> STAND_IN_EXEC = List.of("/bin/true");

  /**
   * Validates every field and copies every collection.
   *
   * @throws InvalidPodException with every problem found
   */
  public App {
    DiagnosticList problems = new DiagnosticList();
    String root = FieldPath.app(name == null ? null : name.value());
    if (name == null) {
      problems.error(DiagnosticCode.VALUE_NULL, FieldPath.join(root, "name"), "app name must not be null");
    }
    check(problems, root, name, imageName, exec, binPath, workingDirectory, uid, gid, supplementaryGids,
        environment, stdin, stdout, stderr, annotations, capabilities, seccomp, resources, mounts,
        mountPoints, eventHandlers, ports, kubernetesLogPath, options, false);
    problems.throwIfErrors();
    exec = List.copyOf(exec);
    if (binPath == null) {
      binPath = exec.get(0);
    }
    supplementaryGids = List.copyOf(supplementaryGids);
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    mounts = List.copyOf(mounts);
    mountPoints = List.copyOf(mountPoints);
    eventHandlers = List.copyOf(eventHandlers);
    ports = List.copyOf(ports);
    options = List.copyOf(options);
  }

  /**
   * The app-wide rules. {@code partsReported}: the lists of parts may hold nulls where a builder
   * already reported a part it could not make; they are skipped, keeping the caller's indexes.
   */
  private static void check(DiagnosticList out, String root, AppName name, String imageName,
      List<String> exec, String binPath, String workingDirectory, int uid, int gid,
      List<Integer> supplementaryGids, Map<String, String> environment, IoMode stdin, IoMode stdout,
      IoMode stderr, Map<String, String> annotations, Optional<Capabilities> capabilities,
      Optional<Seccomp> seccomp, Resources resources, List<Mount> mounts, List<MountPoint> mountPoints,
      List<EventHandler> eventHandlers, List<Port> ports, Optional<String> kubernetesLogPath,
      List<UnitOption> options, boolean partsReported) {
    if (imageName == null) {
      out.error(DiagnosticCode.IMAGE_MISSING, at(root, "image"),
          "the image name is missing; every app needs the name of its image, such as example.com/app");
    } else {
      AppcNames.acIdentifier(out, at(root, "image"), "image name", imageName);
    }
    checkExec(out, root, exec, binPath);
    if (out.absolutePath(at(root, "workingDirectory"), "workingDirectory", workingDirectory)
        && (workingDirectory.endsWith(" ") || workingDirectory.endsWith("\\"))) {
      out.error(DiagnosticCode.WORKING_DIRECTORY_TRAILING, at(root, "workingDirectory"), "workingDirectory \""
          + workingDirectory + "\" must not end with a space or a backslash, which systemd would strip or"
          + " join to the next line");
    }
    if (uid < 0) {
      out.error(DiagnosticCode.ID_NEGATIVE, at(root, "user"), "uid " + uid + " must not be negative");
    }
    if (gid < 0) {
      out.error(DiagnosticCode.ID_NEGATIVE, at(root, "group"), "gid " + gid + " must not be negative");
    }
    if (checkParts(out, root, "supplementaryGids", supplementaryGids, false)) {
      for (int i = 0; i < supplementaryGids.size(); i++) {
        if (supplementaryGids.get(i) < 0) {
          out.error(DiagnosticCode.ID_NEGATIVE, at(root, FieldPath.indexed("supplementaryGids", i)),
              "supplementary gid " + supplementaryGids.get(i) + " must not be negative");
        }
      }
    }
    if (present(out, root, "environment", environment)) {
      for (Map.Entry<String, String> variable : environment.entrySet()) {
        String path = at(root, FieldPath.keyed("environment", variable.getKey()));
        if (out.notNull(path, "environment variable name", variable.getKey())) {
          checkEnvironmentName(out, path, variable.getKey());
          out.noNul(path, "environment variable " + SystemdText.printable(variable.getKey()), variable.getValue());
        }
      }
    }
    checkStdio(out, root, stdin, stdout, stderr);
    if (present(out, root, "annotations", annotations)) {
      for (Map.Entry<String, String> annotation : annotations.entrySet()) {
        String path = at(root, FieldPath.keyed("annotations", annotation.getKey()));
        if (!AppcNames.acIdentifier(out, path, "annotation name", annotation.getKey())) {
          continue;
        }
        out.noNul(path, "annotation " + annotation.getKey(), annotation.getValue());
        String setting = ANNOTATION_SETTINGS.get(annotation.getKey());
        if (setting != null) {
          out.error(DiagnosticCode.ANNOTATION_HAS_SETTING, path, "annotation " + annotation.getKey()
              + " is what rkt reads the app's " + setting + " from; set " + setting + " instead");
        }
      }
    }
    present(out, root, "capabilities", capabilities);
    present(out, root, "seccomp", seccomp);
    present(out, root, "resources", resources);
    checkParts(out, root, "mounts", mounts, partsReported);
    if (checkParts(out, root, "mountPoints", mountPoints, partsReported)) {
      Map<String, Integer> names = new HashMap<>();
      Map<String, Integer> paths = new HashMap<>();
      for (int i = 0; i < mountPoints.size(); i++) {
        MountPoint mountPoint = mountPoints.get(i);
        if (mountPoint == null) {
          continue;
        }
        String path = at(root, FieldPath.indexed("mountPoints", i));
        Integer sameName = names.putIfAbsent(mountPoint.name(), i);
        if (sameName != null) {
          out.error(DiagnosticCode.MOUNT_POINT_DUPLICATE, path, "mountPoints[" + i + "] and mountPoints["
              + sameName + "] are both named \"" + mountPoint.name() + "\"; give each mount point its own name");
        } else if (paths.putIfAbsent(mountPoint.path(), i) != null) {
          out.error(DiagnosticCode.MOUNT_POINT_DUPLICATE, path, "mountPoints[" + i + "] and mountPoints["
              + paths.get(mountPoint.path()) + "] are both at " + mountPoint.path()
              + "; give each mount point its own path");
        }
      }
    }
    checkParts(out, root, "eventHandlers", eventHandlers, partsReported);
    if (checkParts(out, root, "ports", ports, partsReported)) {
      Map<String, Integer> names = new HashMap<>();
      for (int i = 0; i < ports.size(); i++) {
        Port port = ports.get(i);
        Integer same = port == null ? null : names.putIfAbsent(port.name(), i);
        if (same != null) {
          out.error(DiagnosticCode.PORT_DUPLICATE, at(root, FieldPath.indexed("ports", i) + ".name"),
              "ports[" + i + "] and ports[" + same + "] are both named \"" + port.name()
              + "\"; give each port its own name");
        }
      }
    }
    if (present(out, root, "kubernetesLogPath", kubernetesLogPath)
        && kubernetesLogPath.isPresent()) {
      out.noNul(at(root, "kubernetesLogPath"), "kubernetesLogPath", kubernetesLogPath.get());
    }
    if (checkParts(out, root, "options", options, partsReported)) {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i) != null) {
          WrittenDirectives.check(out, at(root, FieldPath.indexed("options", i) + ".name"), options.get(i));
        }
      }
    }
  }

  private static String at(String root, String path) {
    return FieldPath.join(root, path);
  }

  private static void checkExec(DiagnosticList out, String root, List<String> exec, String binPath) {
    if (!checkParts(out, root, "exec", exec, false)) {
      return;
    }
    if (exec.isEmpty()) {
      out.error(DiagnosticCode.EXEC_EMPTY, at(root, "exec"), "the app has no executable: exec must not be"
          + " empty; give the command line, starting with the program to run");
      return;
    }
    boolean words = true;
    for (int i = 0; i < exec.size(); i++) {
      // A word's path and name are made only when it holds a NUL: every app's command passes here.
      if (exec.get(i).indexOf('\0') >= 0) {
        words &= out.noNul(at(root, FieldPath.indexed("exec", i)), "exec[" + i + "]", exec.get(i));
      }
    }
    String executable = binPath;
    String executablePath = at(root, binPath == null ? "exec[0]" : "binPath");
    if (binPath == null) {
      executable = exec.get(0);
      if (out.noControl(executablePath, "exec[0]", executable) && !executable.startsWith("/")) {
        out.error(DiagnosticCode.EXEC_RELATIVE, executablePath, "exec[0] \"" + executable
            + "\" must be an absolute path; give the full path in the image, or the binPath an inspector"
            + " resolves it to");
        return;
      }
    } else if (!out.absolutePath(executablePath, "binPath", binPath)) {
      return;
    }
    if (out.executable(executablePath, binPath == null ? "exec[0]" : "binPath", executable) && words) {
      List<String> argv = new ArrayList<>(exec);
      argv.set(0, executable);
      out.quotable(at(root, "exec"), argv);
    }
  }

  private static void checkEnvironmentName(DiagnosticList out, String path, String name) {
    boolean valid = !name.isEmpty() && isNameStart(name.charAt(0));
    for (int i = 1; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }
    if (!valid) {
      out.error(DiagnosticCode.ENVIRONMENT_NAME_INVALID, path, "environment variable name \""
          + SystemdText.printable(name) + "\" must match [A-Za-z_][A-Za-z_0-9.-]*");
    }
  }

  private static boolean isNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static void checkStdio(DiagnosticList out, String root, IoMode stdin, IoMode stdout, IoMode stderr) {
    boolean present = present(out, root, "stdin", stdin);
    present &= present(out, root, "stdout", stdout);
    present &= present(out, root, "stderr", stderr);
    if (!present) {
      return;
    }
    IoMode[] modes = {stdin, stdout, stderr};
    String[] streams = {"stdin", "stdout", "stderr"};
    boolean anyStream = stdin == IoMode.STREAM || stdout == IoMode.STREAM || stderr == IoMode.STREAM;
    for (int i = 0; anyStream && i < 3; i++) {
      if (modes[i] == IoMode.TTY) {
        out.error(DiagnosticCode.STDIO_STREAM_AND_TTY, at(root, streams[i]), "stdin " + stdin + ", stdout "
            + stdout + ", stderr " + stderr + ": stream and tty modes cannot be mixed in one app;"
            + " make every attachable stream STREAM or every one TTY");
        return;
      }
    }
  }

  /*
   * The two checks below make a field's path only for a problem: every app's settings pass here,
   * twice for an app built by a builder with a problem, and a JVM's first pods run them interpreted.
   */

  /** Whether the setting {@code field} is there; records its null if not. */
  private static boolean present(DiagnosticList out, String root, String field, Object value) {
    return value != null || out.notNull(at(root, field), field, null);
  }

  /**
   * Whether the list {@code field} of parts is there; its null elements are reported unless
   * already reported ({@code partsReported}).
   */
  private static boolean checkParts(DiagnosticList out, String root, String field, List<?> parts,
      boolean partsReported) {
    if (parts != null && (partsReported || !hasNull(parts))) {
      return true;
    }
    String path = at(root, field);
    return partsReported ? out.notNull(path, field, parts) : out.noNulls(path, field, parts);
  }

  private static boolean hasNull(List<?> list) {
    for (Object element : list) {
      if (element == null) {
        return true;
      }
    }
    return false;
  }

  /** A builder for the app {@code name}; see {@link Builder} for the defaults. A bad name is reported by it. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this app's values, to derive another app from it. */
  public Builder toBuilder() {
    Builder builder = new Builder(name.value())
        .image(imageName)
        .exec(exec)
        .binPath(binPath.equals(exec.get(0)) ? null : binPath)
        .workingDirectory(workingDirectory)
        .user(uid)
        .group(gid)
        .stdio(stdin, stdout, stderr)
        .noNewPrivileges(noNewPrivileges)
        .resources(resources)
        .readOnlyRootFs(readOnlyRootFs)
        .supportsNotify(supportsNotify)
        .kubernetesLogPath(kubernetesLogPath.orElse(null));
    builder.supplementaryGids.addAll(supplementaryGids);
    builder.environment.putAll(environment);
    builder.annotations.putAll(annotations);
    capabilities.ifPresent(builder::capabilities);
    seccomp.ifPresent(builder::seccomp);
    mounts.forEach(builder::mount);
    mountPoints.forEach(builder::mountPoint);
    eventHandlers.forEach(builder::eventHandler);
    ports.forEach(builder::port);
    builder.options.addAll(options);
    return builder;
  }

  /**
   * Composes an {@link App}. Defaults: working directory {@code /}, uid and gid 0, every stream
   * {@link IoMode#LOG}, no isolators, no mounts, mount points, handlers, ports or extra options. The
   * image name and exec are required.
   *
   * <p>One rule for every setting: repeated calls of a list setting add (environment variables,
   * annotations, supplementary gids, capabilities, syscalls, mounts, mount points, handlers,
   * ports, options), in the order of the calls, which is the order of the indexes in diagnostic
   * paths; setters of single values replace.
   *
   * <p>Setters never throw: a bad value is recorded, and {@link #problems()} lists every problem
   * with its path ({@code apps[web].exec[0]}), while {@link #build()} throws them all at once.
   */
  public static final class Builder {
    private final String rawName;
    private final AppName name;
    private final String root;
    private final DiagnosticList recorded = new DiagnosticList();
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
    private Capabilities.Kind capabilitiesKind;
    private int capabilitiesAdded;
    private Seccomp seccomp;
    private Seccomp.Kind seccompKind;
    private final List<String> syscalls = new ArrayList<>();
    private String syscallErrno = "";
    private boolean noNewPrivileges;
    private Resources resources = Resources.NONE;
    private boolean readOnlyRootFs;
    private final List<Mount> mounts = new ArrayList<>();
    private final List<MountPoint> mountPoints = new ArrayList<>();
    private final List<EventHandler> eventHandlers = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private boolean supportsNotify;
    private String kubernetesLogPath;
    private final List<UnitOption> options = new ArrayList<>();

    private Builder(String name) {
      this.rawName = name;
      this.root = FieldPath.app(name);
      AppName made = null;
      try {
        made = AppName.of(name);
      } catch (InvalidPodException e) {
        recorded.addUnder(root, e.diagnostics());
      }
      this.name = made;
    }

    /** The app's name as given, valid or not. */
    String rawName() {
      return rawName;
    }

    /** The image name, an ACIdentifier such as {@code example.com/hello}. */
    public Builder image(String imageName) {
      this.imageName = imageName;
      return this;
    }

    /** The command line. */
    public Builder exec(String... exec) {
      return exec(exec == null ? null : Arrays.asList(exec));
    }

    /** The command line. */
    public Builder exec(List<String> exec) {
      this.exec = exec == null ? null : new ArrayList<>(exec);
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
      if (recorded.notNull(at("supplementaryGids"), "supplementaryGids", gids)) {
        for (int supplementary : gids) {
          supplementaryGids.add(supplementary);
        }
      }
      return this;
    }

    /** Adds an environment variable; a name may be set once. */
    public Builder env(String name, String value) {
      if (environment.containsKey(name)) {
        recorded.error(DiagnosticCode.ENVIRONMENT_DUPLICATE, at(FieldPath.keyed("environment", name)),
            "environment variable " + SystemdText.printable(String.valueOf(name)) + " is set twice; set it once");
      } else {
        environment.put(name, value);
      }
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

    /** Adds an appc annotation; a name may be given once. */
    public Builder annotation(String name, String value) {
      if (annotations.containsKey(name)) {
        recorded.error(DiagnosticCode.ANNOTATION_DUPLICATE, at(FieldPath.keyed("annotations", name)),
            "annotation " + SystemdText.printable(String.valueOf(name)) + " is given twice; give it once");
      } else {
        annotations.put(name, value);
      }
      return this;
    }

    /**
     * Adds a capabilities isolator; isolators of the same kind concatenate, as in rkt, and a retain
     * set with a remove set is a problem, with rkt's message.
     */
    public Builder capabilities(Capabilities isolator) {
      if (!recorded.notNull(at("capabilities"), "capabilities", isolator)) {
        return this;
      }
      if (capabilitiesKind != null && capabilitiesKind != isolator.kind()) {
        recorded.error(DiagnosticCode.CAPABILITIES_MIXED, at("capabilities"), Capabilities.mixed());
        return this;
      }
      capabilitiesKind = isolator.kind();
      capabilitiesAdded += isolator.names().size();
      capabilities = capabilities == null ? isolator : capabilities.plus(isolator);
      return this;
    }

    /** Keeps exactly these capabilities, such as {@code CAP_NET_BIND_SERVICE}. */
    public Builder retainCapabilities(String... names) {
      return capabilities(Capabilities.Kind.RETAIN, names);
    }

    /** Drops these capabilities from rkt's default set. */
    public Builder removeCapabilities(String... names) {
      return capabilities(Capabilities.Kind.REMOVE, names);
    }

    private Builder capabilities(Capabilities.Kind kind, String... names) {
      if (!recorded.notNull(at("capabilities"), "capability names", names)) {
        return this;
      }
      DiagnosticList problems = new DiagnosticList();
      Capabilities.check(problems, kind, Arrays.asList(names), capabilitiesAdded);
      if (problems.hasErrors()) {
        recorded.addUnder(at("capabilities"), problems.list());
        capabilitiesAdded += names.length;
        capabilitiesKind = capabilitiesKind == null ? kind : capabilitiesKind;
        return this;
      }
      return capabilities(new Capabilities(kind, Arrays.asList(names)));
    }

    /** Sets the seccomp isolator; a second one is a problem, with rkt's message. */
    public Builder seccomp(Seccomp isolator) {
      if (!recorded.notNull(at("seccomp"), "seccomp", isolator)) {
        return this;
      }
      if (seccomp != null || seccompKind != null) {
        recorded.error(DiagnosticCode.SECCOMP_DUPLICATE, at("seccomp"),
            "too many seccomp isolators specified; give one retain or remove set");
        return this;
      }
      seccomp = isolator;
      return this;
    }

    /** Allows only these syscalls and groups ({@code os/linux/seccomp-retain-set}); calls add. */
    public Builder retainSyscalls(String... names) {
      return syscalls(Seccomp.Kind.RETAIN, names);
    }

    /** Denies these syscalls and groups ({@code os/linux/seccomp-remove-set}); calls add. */
    public Builder removeSyscalls(String... names) {
      return syscalls(Seccomp.Kind.REMOVE, names);
    }

    /** The errno denied syscalls fail with, such as {@code EPERM}, for the syscalls set here. */
    public Builder syscallErrno(String errno) {
      DiagnosticList problems = new DiagnosticList();
      Seccomp.checkErrno(problems, errno);
      recorded.addUnder(at("seccomp"), problems.list());
      this.syscallErrno = problems.hasErrors() ? "" : errno;
      return this;
    }

    private Builder syscalls(Seccomp.Kind kind, String... names) {
      if (!recorded.notNull(at("seccomp"), "seccomp names", names)) {
        return this;
      }
      if (seccomp != null || (seccompKind != null && seccompKind != kind)) {
        recorded.error(DiagnosticCode.SECCOMP_DUPLICATE, at("seccomp"),
            "too many seccomp isolators specified; give one retain or remove set");
        return this;
      }
      seccompKind = kind;
      DiagnosticList problems = new DiagnosticList();
      Seccomp.check(problems, kind, Arrays.asList(names), syscalls.size());
      recorded.addUnder(at("seccomp"), problems.list());
      syscalls.addAll(Arrays.asList(names));
      return this;
    }

    /** The {@code os/linux/no-new-privileges} isolator. */
    public Builder noNewPrivileges(boolean noNewPrivileges) {
      this.noNewPrivileges = noNewPrivileges;
      return this;
    }

    /** The resource isolators, replacing any limits set before. */
    public Builder resources(Resources resources) {
      if (recorded.notNull(at("resources"), "resources", resources)) {
        this.resources = resources;
      }
      return this;
    }

    /** The memory limit, a whole number of bytes such as {@code 512M} or {@code 512Mi}. */
    public Builder memory(String limit) {
      try {
        resources = resources.withMemory(limit);
      } catch (InvalidPodException e) {
        recorded.addUnder(at("resources"), e.diagnostics());
      }
      return this;
    }

    /** The cpu limit in cores, such as {@code 1500m} or {@code 1.5}. */
    public Builder cpu(String limit) {
      try {
        resources = resources.withCpu(limit);
      } catch (InvalidPodException e) {
        recorded.addUnder(at("resources"), e.diagnostics());
      }
      return this;
    }

    /** The relative cpu weight, 2 to 262144. */
    public Builder cpuShares(int shares) {
      try {
        resources = resources.withCpuShares(shares);
      } catch (InvalidPodException e) {
        recorded.addUnder(at("resources"), e.diagnostics());
      }
      return this;
    }

    /** The OOM score adjustment, -1000 to 1000. */
    public Builder oomScoreAdjust(int adjust) {
      try {
        resources = resources.withOomScoreAdjust(adjust);
      } catch (InvalidPodException e) {
        recorded.addUnder(at("resources"), e.diagnostics());
      }
      return this;
    }

    /** Whether the app rootfs is read-only. */
    public Builder readOnlyRootFs(boolean readOnlyRootFs) {
      this.readOnlyRootFs = readOnlyRootFs;
      return this;
    }

    /** Adds a mount of a volume. */
    public Builder mount(Mount mount) {
      return add(mounts, "mounts", mount);
    }

    /** Adds a mount of the pod volume {@code volume} at {@code path}. */
    public Builder mount(String volume, String path, boolean readOnly) {
      try {
        return add(mounts, "mounts", new Mount(volume, path, readOnly));
      } catch (InvalidPodException e) {
        return refused(mounts, "mounts", e);
      }
    }

    /** Adds a mount point the image declares. */
    public Builder mountPoint(MountPoint mountPoint) {
      return add(mountPoints, "mountPoints", mountPoint);
    }

    /** Adds a mount point the image declares, named {@code name}, at {@code path}. */
    public Builder mountPoint(String name, String path, boolean readOnly) {
      try {
        return add(mountPoints, "mountPoints", new MountPoint(name, path, readOnly));
      } catch (InvalidPodException e) {
        return refused(mountPoints, "mountPoints", e);
      }
    }

    /** Adds an event handler. */
    public Builder eventHandler(EventHandler handler) {
      return add(eventHandlers, "eventHandlers", handler);
    }

    /**
     * Adds a handler for the event named as in an appc manifest; a name other than {@code
     * pre-start} or {@code post-stop} is a problem, with rkt's message.
     */
    public Builder eventHandler(String event, String... exec) {
      try {
        return add(eventHandlers, "eventHandlers", EventHandler.of(event, exec == null ? null : Arrays.asList(exec)));
      } catch (InvalidPodException e) {
        return refused(eventHandlers, "eventHandlers", e);
      }
    }

    /** Adds a {@code pre-start} command. */
    public Builder preStart(String... exec) {
      try {
        return add(eventHandlers, "eventHandlers", EventHandler.preStart(exec));
      } catch (InvalidPodException e) {
        return refused(eventHandlers, "eventHandlers", e);
      }
    }

    /** Adds a {@code post-stop} command. */
    public Builder postStop(String... exec) {
      try {
        return add(eventHandlers, "eventHandlers", EventHandler.postStop(exec));
      } catch (InvalidPodException e) {
        return refused(eventHandlers, "eventHandlers", e);
      }
    }

    /** Adds a port the image declares. */
    public Builder port(Port port) {
      return add(ports, "ports", port);
    }

    /** Adds a port the image declares. */
    public Builder port(String name, Protocol protocol, int port, boolean socketActivated) {
      try {
        return add(ports, "ports", new Port(name, protocol, port, socketActivated));
      } catch (InvalidPodException e) {
        return refused(ports, "ports", e);
      }
    }

    /**
     * Adds a port the image declares, its protocol named as in an appc manifest; a protocol other
     * than {@code tcp} or {@code udp} is a problem, with rkt's message.
     */
    public Builder port(String name, String protocol, int port, boolean socketActivated) {
      Protocol parsed;
      try {
        parsed = Protocol.parse(protocol);
      } catch (InvalidPodException e) {
        recorded.addUnder(at(FieldPath.indexed("ports", ports.size()) + ".protocol"), e.diagnostics());
        ports.add(null);
        return this;
      }
      return port(name, parsed, port, socketActivated);
    }

    /** Whether the image supports systemd's notify protocol. */
    public Builder supportsNotify(boolean supportsNotify) {
      this.supportsNotify = supportsNotify;
      return this;
    }

    /** The path for the {@link LogMode#K8S_PLAIN} log mode; null for none. */
    public Builder kubernetesLogPath(String path) {
      this.kubernetesLogPath = path;
      return this;
    }

    /**
     * Adds a directive to the app's service unit, written after the ones rkt writes, in the order
     * added. It is checked against the directive catalogue for the pod's systemd version when the
     * pod is checked or planned; a directive podunits writes itself from a typed setting is a
     * problem naming that setting.
     *
     * @param section the section, such as {@code Service}
     * @param name the directive, such as {@code LimitNOFILE}
     * @param value the value, as it is written
     */
    public Builder option(String section, String name, String value) {
      UnitOption option;
      try {
        option = new UnitOption(section, name, value);
      } catch (IllegalArgumentException | NullPointerException e) {
        return refused(options, "options", DiagnosticList.refusal(DiagnosticCode.OPTION_INVALID, "", e.getMessage()));
      }
      return add(options, "options", option);
    }

    /** Every problem of the app as composed so far, errors and warnings, in the order found. */
    public List<Diagnostic> problems() {
      DiagnosticList problems = new DiagnosticList();
      check(problems);
      return problems.list();
    }

    /**
     * The app.
     *
     * @throws InvalidPodException with every problem, if one is an error
     */
    public App build() {
      if (recorded.isEmpty()) {
        // Nothing was refused on the way, so no list holds the null of a refused part, and the
        // record's own validation finds exactly what check(problems) would: checking here as well
        // would validate every field twice.
        return newApp();
      }
      DiagnosticList problems = new DiagnosticList();
      check(problems);
      problems.throwIfErrors();
      return newApp();
    }

    private App newApp() {
      return new App(name, imageName, exec, binPath, workingDirectory, uid, gid, supplementaryGids,
          environment, stdin, stdout, stderr, annotations, Optional.ofNullable(capabilities),
          seccomp(), noNewPrivileges, resources, readOnlyRootFs, mounts, mountPoints, eventHandlers, ports,
          supportsNotify, Optional.ofNullable(kubernetesLogPath), options);
    }

    /**
     * The app made of this builder's valid parts, so that planning can be checked for them while
     * others are broken ({@link PodUnits#check(Pod.Builder)}). A setting with an error that no plan
     * check reads gets a stand-in (the image, the command, the working directory, the ids, the
     * environment, annotations, capabilities and resources), and so does each option or event
     * handler with an error, which keeps the others' indexes. A part that planning checks is left
     * out with what its check needs: every stream is {@link IoMode#LOG} if a stream or the
     * kubernetesLogPath has an error; the mounts go with the mount points if either has an error
     * or a mount names one of {@code brokenVolumes}; the ports or the seccomp isolator go if they
     * have one. Empty if the name is invalid, as every path of the app's problems starts with it,
     * or if an error is on the app as a whole.
     */
    Optional<App> validParts(Set<String> brokenVolumes) {
      if (name == null) {
        return Optional.empty();
      }
      List<String> errors = new ArrayList<>();
      Set<String> broken = new HashSet<>();
      for (Diagnostic problem : problems()) {
        if (problem.isError()) {
          errors.add(problem.path());
          broken.add(field(problem.path()));
        }
      }
      boolean io = broken.contains("stdin") || broken.contains("stdout") || broken.contains("stderr")
          || broken.contains("kubernetesLogPath");
      boolean mounted = !broken.contains("mounts") && !broken.contains("mountPoints")
          && mounts.stream().noneMatch(mount -> mount.appVolume().isEmpty() && brokenVolumes.contains(mount.volume()));
      boolean command = !broken.contains("exec") && !broken.contains("binPath");
      try {
        return Optional.of(new App(name,
            broken.contains("image") ? STAND_IN_IMAGE : imageName,
            command ? exec : STAND_IN_EXEC,
            command ? binPath : null,
            broken.contains("workingDirectory") ? "/" : workingDirectory,
            broken.contains("user") ? 0 : uid,
            broken.contains("group") ? 0 : gid,
            broken.contains("supplementaryGids") ? List.of() : supplementaryGids,
            broken.contains("environment") ? Map.of() : environment,
            io ? IoMode.LOG : stdin, io ? IoMode.LOG : stdout, io ? IoMode.LOG : stderr,
            broken.contains("annotations") ? Map.of() : annotations,
            broken.contains("capabilities") ? Optional.empty() : Optional.ofNullable(capabilities),
            broken.contains("seccomp") ? Optional.empty() : seccomp(),
            noNewPrivileges,
            broken.contains("resources") ? Resources.NONE : resources,
            readOnlyRootFs,
            mounted ? mounts : List.of(),
            mounted ? mountPoints : List.of(),
            standingIn(eventHandlers, "eventHandlers", errors, EventHandler.postStop(STAND_IN_EXEC.get(0))),
            broken.contains("ports") ? List.of() : ports,
            supportsNotify,
            io ? Optional.empty() : Optional.ofNullable(kubernetesLogPath),
            // In a section of the user's own, which no check reads.
            standingIn(options, "options", errors, new UnitOption("X-Podunits", "StandIn", "broken"))));
      } catch (InvalidPodException e) {
        // An error this builder places on no single part: nothing of the app can be trusted.
        return Optional.empty();
      }
    }

    /**
     * The parts of list {@code field}, each part that has an error replaced by {@code standIn},
     * which keeps the others' indexes; none if an error is on the list as a whole.
     */
    private <T> List<T> standingIn(List<T> parts, String field, List<String> errors, T standIn) {
      List<T> kept = new ArrayList<>(parts);
      String list = at(field);
      for (String error : errors) {
        if (error.equals(list)) {
          return List.of();
        }
        for (int i = 0; i < kept.size(); i++) {
          String part = at(FieldPath.indexed(field, i));
          if (error.equals(part) || error.startsWith(part + ".") || error.startsWith(part + "[")) {
            kept.set(i, standIn);
          }
        }
      }
      return kept;
    }

    /** The field of the app a path under its root names, such as {@code mounts}; "" for the app itself. */
    private String field(String path) {
      if (!path.startsWith(root)) {
        return "";
      }
      int start = path.startsWith(".", root.length()) ? root.length() + 1 : root.length();
      int end = start;
      while (end < path.length() && Character.isLetter(path.charAt(end))) {
        end++;
      }
      return path.substring(start, end);
    }

    private void check(DiagnosticList problems) {
      for (Diagnostic diagnostic : recorded.list()) {
        problems.add(diagnostic);
      }
      App.check(problems, root, name, imageName, exec, binPath, workingDirectory, uid, gid,
          supplementaryGids, environment, stdin, stdout, stderr, annotations,
          Optional.ofNullable(capabilities), Optional.empty(), resources, mounts, mountPoints, eventHandlers,
          ports, Optional.ofNullable(kubernetesLogPath), options, true);
    }

    private Optional<Seccomp> seccomp() {
      if (seccompKind != null) {
        return Optional.of(new Seccomp(seccompKind, syscalls, syscallErrno));
      }
      if (seccomp == null || syscallErrno.isEmpty()) {
        return Optional.ofNullable(seccomp);
      }
      return Optional.of(seccomp.withErrno(syscallErrno));
    }

    private String at(String path) {
      return FieldPath.join(root, path);
    }

    /*
     * The setters make their parts in plain try blocks rather than through a supplier: each
     * lambda's class is spun the first time it runs, which a fresh JVM's first pod pays for.
     */

    /** Adds {@code part} to {@code list}; a null part is recorded as a problem at its index. */
    private <T> Builder add(List<T> list, String field, T part) {
      if (part == null) {
        recorded.notNull(at(FieldPath.indexed(field, list.size())), field + "[" + list.size() + "]", null);
      }
      list.add(part);
      return this;
    }

    /** Records why a part could not be made, at its index, and adds a null to keep the indexes. */
    private <T> Builder refused(List<T> list, String field, InvalidPodException e) {
      recorded.addUnder(at(FieldPath.indexed(field, list.size())), e.diagnostics());
      list.add(null);
      return this;
    }
  }
}
