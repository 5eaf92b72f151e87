package org.podunits.pod;

import static org.podunits.pod.AppUnits.service;
import static org.podunits.pod.AppUnits.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/**
 * Turns a pod into the units, links and files rkt's stage1 writes for it, as a {@link UnitSet} to
 * preview, check or write. Pure: nothing here touches the disk.
 *
 * <p>For ordinary input the output is rkt's (master), file for file, option for option and byte
 * for byte. Where rkt has bugs, podunits deliberately differs: {@code %} and {@code $} are escaped
 * in every command word and {@code %} in every other value systemd resolves specifiers in; the
 * reaper's command is quoted; environment files list the defaults in a fixed order and quote
 * values systemd would misread; an unknown systemd version counts as newer than every release;
 * values systemd 258 ignores ({@code MemoryLimit=}, {@code CPUShares=}) are replaced there by
 * {@code MemoryMax=} and {@code CPUWeight=}; inputs are never mutated; and an app that cannot run
 * is an {@link IllegalArgumentException} naming the app, thrown before any entry exists, so no
 * partial plan is ever returned.
 */
public final class PodUnits {

  private static final String JOURNAL_FLUSH = "systemd-journal-flush.service";

  private PodUnits() {}

  /**
   * The plan for a pod whose apps are all known at start (rkt's {@code ImmutableEnv}): {@code
   * default.target} wanting every app, {@code prepare-app@.service}, {@code halt.target}, {@code
   * shutdown.service}, then each app's files in manifest order, then the journal-flush want link.
   *
   * @throws IllegalArgumentException naming the app if an app cannot run in this pod
   */
  public static UnitSet immutableEnv(Pod pod) {
    List<UnitOption> target = new ArrayList<>(4 + 2 * pod.apps().size());
    target.add(unit("Description", "rkt apps target"));
    target.add(unit("DefaultDependencies", "false"));
    target.add(unit("Wants", "supervisor-ready.service"));
    target.add(unit("Before", "supervisor-ready.service"));
    for (App app : pod.apps()) {
      String serviceName = PodLayout.serviceUnitName(app.name());
      target.add(unit("After", serviceName));
      target.add(unit("Wants", serviceName));
    }
    UnitSet.Builder out = UnitSet.builder().scope(UnitSet.POD_SCOPE);
    out.unit(PodLayout.targetUnitPath("default"), UnitFile.of(target), "failed to write default.target");
    out.unit(PodLayout.typedUnitPath("prepare-app@", "service"), prepareApp(
        unit("Requires", "systemd-journald.service"),
        unit("After", "systemd-journald.service")), "failed to write prepare-app service template");
    out.unit(PodLayout.targetUnitPath("halt"), UnitFile.of(
        unit("Description", "Halt"),
        unit("DefaultDependencies", "false"),
        unit("AllowIsolate", "true")), "failed to write halt target");
    out.unit(shutdownPath(), shutdown(pod.stage1(), "ExecStop",
        unit("Description", "Pod shutdown"),
        unit("AllowIsolate", "true"),
        unit("StopWhenUnneeded", "yes"),
        unit("DefaultDependencies", "false"),
        service("RemainAfterExit", "yes")), "failed to create shutdown service");
    List<UnitOption> serviceExtra = List.of(
        unit("After", "systemd-journald.service"),
        unit("OnFailure", "halt.target"));
    List<UnitOption> reaperExtra = List.of(
        service("Environment", "\"EXIT_POD=true\""),
        unit("Wants", "shutdown.service"),
        unit("After", "shutdown.service"));
    Set<Path> volumeLinks = new HashSet<>();
    for (App app : pod.apps()) {
      AppUnits.add(out, pod, app, serviceExtra, reaperExtra, volumeLinks);
    }
    journalFlush(out);
    return out.build();
  }

  /**
   * The plan for a pod that starts empty and gets apps later (rkt's {@code MutableEnv}): {@code
   * default.target}, {@code prepare-app@.service}, {@code halt.target}, {@code shutdown.service}
   * and the journal-flush want link. The pod's apps are not written; add each with {@link
   * #appAdd}.
   */
  public static UnitSet mutableEnv(Pod pod) {
    UnitSet.Builder out = UnitSet.builder().scope(UnitSet.POD_SCOPE);
    out.unit(PodLayout.targetUnitPath("default"), UnitFile.of(
        unit("Description", "rkt apps target"),
        unit("DefaultDependencies", "false"),
        unit("Requires", "systemd-journald.service"),
        unit("After", "systemd-journald.service"),
        unit("Wants", "supervisor-ready.service"),
        unit("Before", "supervisor-ready.service"),
        unit("Before", "halt.target"),
        unit("Conflicts", "halt.target")), "failed to write default.target");
    out.unit(PodLayout.typedUnitPath("prepare-app@", "service"), prepareApp(
        service("RemainAfterExit", "yes")), "failed to write prepare-app service template");
    out.unit(PodLayout.targetUnitPath("halt"), UnitFile.of(
        unit("Description", "Halt"),
        unit("DefaultDependencies", "false"),
        unit("AllowIsolate", "true"),
        unit("Requires", "shutdown.service"),
        unit("After", "shutdown.service")), "failed to write halt target");
    out.unit(shutdownPath(), shutdown(pod.stage1(), "ExecStart",
        unit("Description", "Pod shutdown"),
        unit("AllowIsolate", "true"),
        unit("DefaultDependencies", "false"),
        service("RemainAfterExit", "yes")), "failed to create shutdown service");
    journalFlush(out);
    return out.build();
  }

  /**
   * The plan for adding {@code app} to a running mutable pod (rkt's {@code app_add}): the app's
   * files, with a service that runs before {@code halt.target} and a reaper that does not stop the
   * pod. The pod supplies the context (stage1, volumes, port forwards, annotations, options); the
   * app need not be among its apps yet. After writing, systemd inside the pod must reload.
   *
   * @throws IllegalArgumentException if the pod is not mutable, or naming the app if it cannot run
   *     in this pod
   */
  public static UnitSet appAdd(Pod pod, App app) {
    if (!pod.mutable()) {
      throw new IllegalArgumentException("cannot add app \"" + app.name()
          + "\": the pod is immutable; apps can only be added to a pod built with mutable(true)");
    }
    UnitSet.Builder out = UnitSet.builder().scope("app/" + app.name().value());
    AppUnits.add(out, pod, app,
        List.of(unit("Before", "halt.target"), unit("Conflicts", "halt.target")),
        List.of(), new HashSet<>());
    return out.build();
  }

  /**
   * What rkt logs as warnings while planning the pod's apps, in app order: see {@link
   * #warnings(Pod, App)}.
   */
  public static List<String> warnings(Pod pod) {
    List<String> warnings = new ArrayList<>();
    for (App app : pod.apps()) {
      warnings.addAll(warnings(pod, app));
    }
    return List.copyOf(warnings);
  }

  /**
   * What rkt logs as warnings while planning {@code app} in {@code pod}: a socket-activated port
   * with no host port forward listens on the port the image declares, and a mount point the pod has
   * no volume for gets an empty volume of the app's own, which goes away with the pod. Neither
   * stops the pod; rkt prints them, a library leaves that to its caller.
   *
   * @throws IllegalArgumentException naming the app if a mount's volume is missing, as {@link
   *     #immutableEnv} would
   */
  public static List<String> warnings(Pod pod, App app) {
    List<String> warnings = new ArrayList<>();
    String prefix = "app \"" + app.name() + "\": ";
    for (Port port : app.ports()) {
      if (port.socketActivated() && pod.hostPort(port.name()).isEmpty()) {
        warnings.add(prefix + "no host port for port \"" + port.name() + "\"; the socket listens on the image port "
            + port.port());
      }
    }
    for (AppMounts.Resolved mount : AppMounts.of(pod, app)) {
      if (mount.implicit()) {
        warnings.add(prefix + "no volume for the mount point at " + mount.path() + "; it gets the empty volume \""
            + mount.volume().name() + "\", removed with the pod");
      }
    }
    return List.copyOf(warnings);
  }

  private static UnitFile prepareApp(UnitOption... extra) {
    List<UnitOption> options = new ArrayList<>(12);
    options.add(unit("Description", "Prepare minimum environment for chrooted applications"));
    options.add(unit("DefaultDependencies", "false"));
    options.add(unit("OnFailureJobMode", "fail"));
    options.addAll(List.of(extra));
    options.add(service("Type", "oneshot"));
    options.add(service("Restart", "no"));
    options.add(service("ExecStart", "/prepare-app %I"));
    options.add(service("User", "0"));
    options.add(service("Group", "0"));
    options.add(service("CapabilityBoundingSet", "CAP_SYS_ADMIN CAP_DAC_OVERRIDE CAP_MKNOD"));
    return UnitFile.of(options);
  }

  private static Path shutdownPath() {
    return PodLayout.typedUnitPath("shutdown", "service");
  }

  /**
   * rkt's {@code writeShutdownService}. Old systemd outside CoreOS's stage1 cannot {@code exit} a
   * container, so before 227 it is halted instead; an unknown version is new.
   */
  static UnitFile shutdown(Stage1 stage1, String execKey, UnitOption... extra) {
    List<UnitOption> options = new ArrayList<>(List.of(extra));
    options.add(service("StandardInput", "null"));
    options.add(service("StandardOutput", "null"));
    options.add(service("StandardError", "null"));
    String verb = !stage1.flavor().equals("coreos") && !stage1.atLeast(227) ? "halt" : "exit";
    options.add(service(execKey, "/usr/bin/systemctl --force " + verb));
    return UnitFile.of(options);
  }

  private static void journalFlush(UnitSet.Builder out) {
    out.link(PodLayout.defaultWantPath(JOURNAL_FLUSH), PodLayout.wantTarget(JOURNAL_FLUSH),
        "failed to link service want");
  }
}
