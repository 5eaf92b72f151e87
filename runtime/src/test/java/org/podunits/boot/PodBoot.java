package org.podunits.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.podunits.pod.App;
import org.podunits.pod.EventHandler;
import org.podunits.unit.UnitFile;
import org.podunits.write.UnitSet;

/**
 * Boots a pod plan for real: a test stage1 built from this machine (the generated tree, the host's
 * {@code /usr} overlaid read-only, stand-ins for what a stage1 image ships) run by {@code
 * systemd-nspawn --boot} with the host's systemd as the pod's PID 1, in a cgroup of its own that
 * is killed and removed afterwards, with a timeout. Every program an app runs is a recorder that
 * reports what it received to the pod's journal ({@code boot/recorder.pl}).
 */
final class PodBoot {

  /** Where the stand-ins come from, in the test resources. */
  private static final String RESOURCES = "/boot/";

  private static final AtomicInteger MACHINES = new AtomicInteger();

  private static final Duration TIMEOUT = Duration.ofSeconds(45);

  /** The units a stage1 image ships that rkt's units depend on, as stand-ins. */
  private static final List<String[]> STAND_IN_UNITS = List.of(
      new String[] {"sysusers.service", "[Unit]\nDefaultDependencies=false\n\n[Service]\nType=oneshot\n"
          + "RemainAfterExit=yes\nExecStart=/usr/bin/systemd-sysusers\n"},
      new String[] {"supervisor-ready.service", "[Unit]\nDefaultDependencies=false\n\n[Service]\nType=oneshot\n"
          + "RemainAfterExit=yes\nExecStart=/bin/true\n"},
      new String[] {"iomux@.service", "[Unit]\nDefaultDependencies=false\n\n[Service]\nExecStart=/iottymux iomux %i\n"},
      new String[] {"ttymux@.service", "[Unit]\nDefaultDependencies=false\n\n[Service]\n"
          + "ExecStart=/iottymux ttymux %i\n"
          + "ExecStartPost=/bin/sh -c 'while [ ! -e /rkt/iottymux/%i/stage2-pts ]; do sleep 0.02; done'\n"});

  private PodBoot() {}

  /** Why this machine cannot boot pods, or empty if it can. */
  static Optional<String> unavailable() {
    if (!Files.isExecutable(Path.of("/usr/bin/systemd-nspawn"))) {
      return Optional.of("systemd-nspawn is not installed (apt-get install systemd-container)");
    }
    if (!Files.isExecutable(Path.of("/usr/bin/perl"))) {
      return Optional.of("/usr/bin/perl, which runs the recording programs, is missing");
    }
    try {
      String status = Files.readString(Path.of("/proc/self/status"));
      String effective = status.lines().filter(l -> l.startsWith("CapEff:")).findFirst().orElse("CapEff:\t0");
      if ((Long.parseLong(effective.substring(7).trim(), 16) & (1L << 21)) == 0) {
        return Optional.of("the tests do not run as root with CAP_SYS_ADMIN");
      }
      Optional<Path> cgroups = cgroupRoot();
      if (cgroups.isEmpty()) {
        return Optional.of("no cgroup2 hierarchy at /sys/fs/cgroup or /sys/fs/cgroup/unified");
      }
      Path probe = cgroups.get().resolve("podunits-boot-probe-" + ProcessHandle.current().pid());
      try {
        Files.createDirectory(probe);
        Files.delete(probe);
      } catch (IOException e) {
        return Optional.of("the cgroup2 hierarchy " + cgroups.get() + " is read-only: " + e.getMessage());
      }
    } catch (IOException e) {
      return Optional.of("/proc/self/status is unreadable: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<Path> cgroupRoot() {
    for (Path root : List.of(Path.of("/sys/fs/cgroup"), Path.of("/sys/fs/cgroup/unified"))) {
      if (Files.isRegularFile(root.resolve("cgroup.controllers"))) {
        return Optional.of(root);
      }
    }
    return Optional.empty();
  }

  /**
   * What a boot left behind.
   *
   * @param exitCode systemd-nspawn's exit status, or -1 if the pod was killed at the timeout
   * @param console what nspawn and the pod wrote to the console
   * @param journal the pod's journal
   * @param stage1 the stage1 rootfs, with what the stand-ins recorded ({@code rkt/iottymux}, {@code rkt/status})
   */
  record Result(int exitCode, String console, Journal journal, Path stage1) {

    /**
     * Every recorder's report in the order each app ran them: from the journal, or from what a
     * streamed stdout or terminal received where the journal's socket was out of the app's view.
     */
    List<Map<String, String>> reports() throws IOException {
      List<Map<String, String>> reports = new ArrayList<>(journal.reports());
      Path mux = stage1.resolve("rkt/iottymux");
      if (Files.isDirectory(mux)) {
        try (Stream<Path> files = Files.walk(mux)) {
          for (Path file : files.filter(f -> f.getFileName().toString().startsWith("received-")).sorted().toList()) {
            reports.addAll(Journal.hexReports(Files.readString(file, StandardCharsets.ISO_8859_1)));
          }
        }
      }
      return reports;
    }

    /** What the stand-in of iottymux received on {@code stream} of {@code app}, or empty. */
    String received(String app, String stream) throws IOException {
      Path file = stage1.resolve("rkt/iottymux").resolve(app).resolve("received-" + stream);
      return Files.exists(file) ? Files.readString(file) : "";
    }
  }

  /** Something to do inside the running pod before it is asked to stop. */
  interface WhileRunning {
    void run(Running pod) throws IOException, InterruptedException;
  }

  /** A running pod. */
  interface Running {
    /** Writes a plan into the running pod's root. */
    void write(UnitSet plan) throws IOException;

    /** Runs {@code systemctl} with these arguments inside the pod; returns its output. */
    String systemctl(String... arguments) throws IOException, InterruptedException;

    /** Waits until the pod's systemd has finished starting up. */
    default void awaitStartup() throws IOException, InterruptedException {
      for (int attempt = 0; ; attempt++) {
        try {
          systemctl("is-system-running", "--wait");
          return;
        } catch (IOException notYet) {
          // Its bus is not up yet, or startup ended degraded; both are told apart by the boot.
          if (attempt == 100 || notYet.getMessage().contains("degraded")) {
            throw notYet;
          }
          Thread.sleep(100);
        }
      }
    }
  }

  /**
   * Boots {@code plan} with {@code apps} (every app the pod will run, with the files their
   * programs need) in {@code work}, runs {@code whileRunning} (if any) and waits for the pod to
   * stop.
   *
   * @param extra what each app's {@code /podunits-boot.conf} holds beyond the writable paths
   */
  static Result boot(UnitSet plan, List<App> apps, Map<String, String> extra, Path work,
      Optional<WhileRunning> whileRunning) throws IOException, InterruptedException {
    Path podRoot = Files.createDirectories(work.resolve("pod"));
    Path stage1 = podRoot.resolve("stage1/rootfs");
    plan.writeTo(podRoot);
    buildStage1(stage1);
    Path journal = Files.createDirectories(work.resolve("journal"));
    String machine = "podunits-" + ProcessHandle.current().pid() + "-" + MACHINES.incrementAndGet();
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
        "echo $$ > \"$0\"/cgroup.procs && exec /usr/bin/systemd-nspawn \"$@\""));
    Path cgroup = cgroupRoot().orElseThrow().resolve(machine);
    Files.createDirectory(cgroup);
    command.add(cgroup.toString());
    command.addAll(List.of("-q", "--register=no", "--keep-unit", "-M", machine, "-D", stage1.toString(),
        "--private-network", "--overlay-ro=/usr:" + stage1.resolve("usr") + ":/usr"));
    for (App app : apps) {
      Path usr = Files.createDirectories(work.resolve("apps").resolve(app.name().value()).resolve("usr"));
      buildAppRootfs(stage1, usr, app, plan, extra.getOrDefault(app.name().value(), ""));
      command.add("--overlay-ro=/usr:" + usr + ":/opt/stage2/" + app.name() + "/rootfs/usr");
    }
    command.addAll(List.of("--bind=" + journal + ":/run/log/journal", "--system-call-filter=bpf", "--boot"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("console.log").toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().put("SYSTEMD_NSPAWN_UNIFIED_HIERARCHY", "1");
    Process nspawn = builder.start();
    int exitCode = -1;
    try {
      if (whileRunning.isPresent()) {
        whileRunning.get().run(new RunningPod(podRoot, cgroup));
      }
      if (nspawn.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        exitCode = nspawn.exitValue();
      }
    } finally {
      kill(cgroup, nspawn);
      Files.deleteIfExists(Path.of("/run/systemd/nspawn/propagate", machine));
    }
    // journald moves to /var/log/journal once systemd-journal-flush.service (which rkt's units
    // want) has run; both parts are read, merged in order.
    Process journalctl = new ProcessBuilder("journalctl", "--file=" + journal + "/*/*.journal",
        "--file=" + stage1 + "/var/log/journal/*/*.journal", "-o", "export", "--no-pager")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] export;
    try (InputStream in = journalctl.getInputStream()) {
      export = in.readAllBytes();
    }
    journalctl.waitFor();
    return new Result(exitCode, Files.readString(work.resolve("console.log"), StandardCharsets.UTF_8),
        Journal.parseExport(export), stage1);
  }

  /** Kills everything in the pod's cgroup and removes it, innermost first. */
  private static void kill(Path cgroup, Process nspawn) throws IOException, InterruptedException {
    if (Files.exists(cgroup.resolve("cgroup.kill"))) {
      Files.writeString(cgroup.resolve("cgroup.kill"), "1");
    }
    nspawn.destroyForcibly();
    nspawn.waitFor(10, TimeUnit.SECONDS);
    for (int attempt = 0; attempt < 100 && Files.exists(cgroup); attempt++) {
      try (Stream<Path> tree = Files.walk(cgroup)) {
        for (Path dir : tree.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
          try {
            Files.delete(dir);
          } catch (IOException busy) {
            // Still has processes that are dying; the next attempt removes it.
          }
        }
      }
      if (Files.exists(cgroup)) {
        Thread.sleep(50);
      }
    }
    if (Files.exists(cgroup)) {
      throw new IOException("the pod's cgroup " + cgroup + " could not be removed");
    }
  }

  private static void buildStage1(Path stage1) throws IOException {
    for (String dir : List.of("bin", "lib", "lib64", "sbin")) {
      Files.createSymbolicLink(stage1.resolve(dir), Path.of("usr", dir));
    }
    Files.createDirectories(stage1.resolve("etc"));
    Files.createDirectories(stage1.resolve("var"));
    Files.createSymbolicLink(stage1.resolve("var/run"), Path.of("../run"));
    Files.copy(Path.of("/usr/lib/os-release"), stage1.resolve("etc/os-release"));
    Files.createFile(stage1.resolve("etc/machine-id"));
    install("prepare-app", stage1.resolve("prepare-app"));
    install("reaper.sh", stage1.resolve("reaper.sh"));
    install("iottymux", stage1.resolve("iottymux"));
    Path units = stage1.resolve("usr/lib/systemd/system");
    for (String[] unit : STAND_IN_UNITS) {
      if (!Files.exists(units.resolve(unit[0]))) {
        Files.writeString(units.resolve(unit[0]), unit[1]);
      }
    }
  }

  private static void buildAppRootfs(Path stage1, Path usr, App app, UnitSet plan, String extra) throws IOException {
    Path rootfs = Files.createDirectories(stage1.resolve("opt/stage2").resolve(app.name().value()).resolve("rootfs"));
    for (String dir : List.of("bin", "lib", "lib64", "sbin")) {
      if (!Files.exists(rootfs.resolve(dir), LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(rootfs.resolve(dir), Path.of("usr", dir));
      }
    }
    for (String dir : List.of("usr", "proc", "sys", "dev", "run", "etc", "tmp")) {
      Files.createDirectories(rootfs.resolve(dir));
    }
    if (!app.workingDirectory().startsWith("/usr/")) {
      Files.createDirectories(rootfs.resolve(app.workingDirectory().substring(1)));
    }
    List<String> programs = new ArrayList<>();
    programs.add(app.binPath());
    for (EventHandler handler : app.eventHandlers()) {
      programs.add(handler.exec().get(0));
    }
    for (String program : programs) {
      if (program.startsWith("/")) {
        install("recorder.pl", programPath(rootfs, usr, program));
      }
    }
    StringBuilder conf = new StringBuilder();
    List<String> writable = new ArrayList<>();
    String prefix = "/opt/stage2/" + app.name() + "/rootfs";
    for (String name : List.of("ReadWritePaths", "ReadWriteDirectories")) {
      for (String path : serviceValues(plan, app, name)) {
        String inside = path.replace("%%", "%").substring(prefix.length());
        // A volume is writable for the app whatever its user; its owner is the runtime's business.
        Path dir = Files.createDirectories(rootfs.resolve(inside.substring(1)));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        writable.add(inside);
      }
    }
    if (!writable.isEmpty()) {
      conf.append("writable ").append(String.join(" ", writable)).append('\n');
    }
    conf.append(extra);
    Files.writeString(rootfs.resolve("podunits-boot.conf"), conf);
  }

  /** The file a program path names in an app rootfs whose {@code /bin}, {@code /lib}... link into {@code /usr}. */
  private static Path programPath(Path rootfs, Path usr, String program) {
    String path = program;
    for (String linked : List.of("/bin/", "/sbin/", "/lib/", "/lib64/")) {
      if (path.startsWith(linked)) {
        path = "/usr" + path;
      }
    }
    if (path.startsWith("/usr/")) {
      return usr.resolve(path.substring("/usr/".length()));
    }
    return rootfs.resolve(path.substring(1));
  }

  /** The values of a [Service] directive of the app's service unit in the plan. */
  static List<String> serviceValues(UnitSet plan, App app, String name) {
    String path = "stage1/rootfs/usr/lib/systemd/system/" + app.name() + ".service";
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.UnitEntry unit && entry.path().toString().equals(path)) {
        UnitFile file = unit.unit();
        return file.values("Service", name);
      }
    }
    return List.of();
  }

  private static void install(String resource, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = PodBoot.class.getResourceAsStream(RESOURCES + resource)) {
      if (in == null) {
        throw new IOException("test resource " + RESOURCES + resource + " is missing");
      }
      Files.write(target, in.readAllBytes());
    }
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The running pod, reached through its PID 1's namespaces. */
  private record RunningPod(Path podRoot, Path cgroup) implements Running {

    @Override
    public void write(UnitSet plan) throws IOException {
      plan.writeTo(podRoot);
    }

    @Override
    public String systemctl(String... arguments) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid1()), "-a", "systemctl"));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("systemctl " + String.join(" ", arguments) + " did not finish in the pod");
      }
      if (process.exitValue() != 0 && !arguments[0].equals("is-active")) {
        throw new IOException("systemctl " + String.join(" ", arguments) + " failed in the pod ("
            + process.exitValue() + "): " + output);
      }
      return output;
    }

    /** The pod's PID 1, once systemd inside has moved itself into init.scope. */
    private long pid1() throws IOException, InterruptedException {
      Path procs = cgroup.resolve("payload/init.scope/cgroup.procs");
      for (int attempt = 0; attempt < 200; attempt++) {
        if (Files.exists(procs)) {
          String first = Files.readString(procs).lines().findFirst().orElse("");
          if (!first.isEmpty()) {
            return Long.parseLong(first);
          }
        }
        Thread.sleep(50);
      }
      throw new IOException("the pod's systemd did not start: no process in " + procs);
    }
  }

  /** Cgroups of this JVM's pods that still exist, and mounts under {@code work}: none once every boot is over. */
  static List<String> leftovers(Path work) throws IOException {
    List<String> leftovers = new ArrayList<>();
    Optional<Path> cgroups = cgroupRoot();
    if (cgroups.isPresent()) {
      try (Stream<Path> groups = Files.list(cgroups.get())) {
        String prefix = "podunits-" + ProcessHandle.current().pid() + "-";
        groups.filter(g -> g.getFileName().toString().startsWith(prefix)).forEach(g -> leftovers.add("cgroup " + g));
      }
    }
    Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().filter(line -> line.contains(work.toString()))
        .forEach(line -> leftovers.add("mount " + line));
    return leftovers;
  }

}
