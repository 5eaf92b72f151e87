package org.podunits.pod;

import static org.podunits.pod.AppUnits.service;
import static org.podunits.pod.AppUnits.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * inputs are never mutated; and a pod that cannot run is an {@link InvalidPodException} carrying
 * every problem, thrown before any entry exists, so no partial plan is ever returned.
 *
 * <p>{@link #check(Pod)} and {@link #check(Pod, App)} list those problems, and rkt's warnings,
 * without planning: each planning method throws exactly when its check reports an error, with the
 * same list. {@link #check(Pod.Builder)} lists them for a pod that does not build yet, together
 * with the builder's own problems, so that a broken part hides no problem of the others.
 *
 * <p>For the systemd the stage1 ships, each directive rkt writes is replaced by its modern
 * equivalent from the release where that has the same effect, so that the units draw no
 * deprecation warning there ({@code MemoryMax=} from 231, {@code CPUWeight=} from 232, {@code
 * *Paths=} from 231, {@code +}-prefixed hooks instead of {@code PermissionsStartOnly=} from 235);
 * and two things rkt got wrong are fixed where systemd can express them: streamed stdout and
 * stderr name their sockets ({@code fd:stdout}, {@code fd:stderr}, from 232), and a non-root app
 * gets the capabilities it retains as ambient capabilities (from 229). {@code docs/stage1.md}
 * lists each difference.
 */
public final class PodUnits {

  private static final String JOURNAL_FLUSH = "systemd-journal-flush.service";

  /*
   * The paths of the pod's own units and what an immutable pod's plan holds whatever its apps,
   * made once rather than made and checked again for every pod: a JVM's first pods run
   * interpreted, and the same lines were much of their plan.
   */

  private static final Path DEFAULT_TARGET_PATH = PodLayout.targetUnitPath("default");
  private static final Path PREPARE_APP_PATH = PodLayout.typedUnitPath("prepare-app@", "service");
  private static final Path HALT_PATH = PodLayout.targetUnitPath("halt");
  private static final Path SHUTDOWN_PATH = PodLayout.typedUnitPath("shutdown", "service");
  private static final Path JOURNAL_FLUSH_WANT_PATH = PodLayout.defaultWantPath(JOURNAL_FLUSH);
  private static final String JOURNAL_FLUSH_WANT_TARGET = PodLayout.wantTarget(JOURNAL_FLUSH);

  /** The options of {@code default.target} before those naming the apps. */
  private static final List<UnitOption> TARGET_OPTIONS = List.of(
      unit("Description", "rkt apps target"),
      unit("DefaultDependencies", "false"),
      unit("Wants", "supervisor-ready.service"),
      unit("Before", "supervisor-ready.service"));

  private static final UnitFile PREPARE_APP = prepareApp(
      unit("Requires", "systemd-journald.service"),
      unit("After", "systemd-journald.service"));

  private static final UnitFile HALT = UnitFile.of(
      unit("Description", "Halt"),
      unit("DefaultDependencies", "false"),
      unit("AllowIsolate", "true"));

  /** {@code shutdown.service} for the stage1s that can exit a container: all but the oldest. */
  private static final UnitFile SHUTDOWN_BY_EXIT = immutableShutdown("exit");

  /** The options that open each app's service unit. */
  private static final List<UnitOption> SERVICE_EXTRA = List.of(
      unit("After", "systemd-journald.service"),
      unit("OnFailure", "halt.target"));

  /** The options that open each app's reaper unit. */
  private static final List<UnitOption> REAPER_EXTRA = List.of(
      service("Environment", "\"EXIT_POD=true\""),
      unit("Wants", "shutdown.service"),
      unit("After", "shutdown.service"));

  private PodUnits() {}

  /**
   * The plan for a pod whose apps are all known at start (rkt's {@code ImmutableEnv}): {@code
   * default.target} wanting every app, {@code prepare-app@.service}, {@code halt.target}, {@code
   * shutdown.service}, then each app's files in manifest order, then the journal-flush want link.
   *
   * @throws InvalidPodException with every problem {@link #check(Pod)} reports, if one is an error
   */
  public static UnitSet immutableEnv(Pod pod) {
    DiagnosticList problems = checkPod(pod);
    problems.throwIfErrors();
    UnitSet plan = immutablePlan(pod, problems);
    problems.throwIfErrors();
    return plan;
  }

  /**
   * The plan, or null if a unit option refused a value of an app: a value the model let through
   * that no unit line can hold, such as an over-long command line. Each refusal is added to {@code
   * refusals}, which then has an error.
   */
  private static UnitSet immutablePlan(Pod pod, DiagnosticList refusals) {
    List<UnitOption> target = new ArrayList<>(TARGET_OPTIONS.size() + 2 * pod.apps().size());
    target.addAll(TARGET_OPTIONS);
    for (App app : pod.apps()) {
      String serviceName = PodLayout.serviceUnitName(app.name());
      target.add(unit("After", serviceName));
      target.add(unit("Wants", serviceName));
    }
    UnitSet.Builder out = UnitSet.builder().scope(UnitSet.POD_SCOPE);
    out.unit(DEFAULT_TARGET_PATH, UnitFile.of(target), "failed to write default.target");
    out.unit(PREPARE_APP_PATH, PREPARE_APP,
        "failed to write prepare-app service template");
    out.unit(HALT_PATH, HALT, "failed to write halt target");
    String verb = shutdownVerb(pod.stage1());
    out.unit(SHUTDOWN_PATH, verb.equals("exit") ? SHUTDOWN_BY_EXIT : immutableShutdown(verb),
        "failed to create shutdown service");
    Set<Path> volumeLinks = new HashSet<>();
    boolean refused = false;
    for (App app : pod.apps()) {
      // A refused app adds nothing, so the next ones are still planned and reported with it.
      refused |= !AppUnits.add(out, pod, app, SERVICE_EXTRA, REAPER_EXTRA, volumeLinks, refusals);
    }
    if (refused) {
      return null;
    }
    journalFlush(out);
    return out.build();
  }

  /**
   * The plan for a pod that starts empty and gets apps later (rkt's {@code MutableEnv}): {@code
   * default.target}, {@code prepare-app@.service}, {@code halt.target}, {@code shutdown.service}
   * and the journal-flush want link. The pod's apps are not written; add each with {@link
   * #appAdd}.
   *
   * @throws InvalidPodException with every problem {@link #check(Pod)} reports, if one is an error
   */
  public static UnitSet mutableEnv(Pod pod) {
    checkPod(pod).throwIfErrors();
    UnitSet.Builder out = UnitSet.builder().scope(UnitSet.POD_SCOPE);
    out.unit(DEFAULT_TARGET_PATH, UnitFile.of(
        unit("Description", "rkt apps target"),
        unit("DefaultDependencies", "false"),
        unit("Requires", "systemd-journald.service"),
        unit("After", "systemd-journald.service"),
        unit("Wants", "supervisor-ready.service"),
        unit("Before", "supervisor-ready.service"),
        unit("Before", "halt.target"),
        unit("Conflicts", "halt.target")), "failed to write default.target");
    out.unit(PREPARE_APP_PATH, prepareApp(
        service("RemainAfterExit", "yes")), "failed to write prepare-app service template");
    out.unit(HALT_PATH, UnitFile.of(
        unit("Description", "Halt"),
        unit("DefaultDependencies", "false"),
        unit("AllowIsolate", "true"),
        unit("Requires", "shutdown.service"),
        unit("After", "shutdown.service")), "failed to write halt target");
    out.unit(SHUTDOWN_PATH, shutdown(shutdownVerb(pod.stage1()), "ExecStart",
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
   * <p>The plan's scope is {@code app/<name>}: writing it replaces this app's files and removes
   * the ones an earlier plan of this app had and this one lacks, and leaves the pod's own units
   * and the other apps' files alone ({@link UnitSet#scope()}).
   *
   * @throws InvalidPodException with every problem {@link #check(Pod, App)} reports, if one is an
   *     error
   */
  public static UnitSet appAdd(Pod pod, App app) {
    DiagnosticList problems = checkAppAdd(pod, app);
    problems.throwIfErrors();
    UnitSet plan = appAddPlan(pod, app, problems);
    problems.throwIfErrors();
    return plan;
  }

  /** The plan, or null if a unit option refused a value of the app, added to {@code refusals}. */
  private static UnitSet appAddPlan(Pod pod, App app, DiagnosticList refusals) {
    UnitSet.Builder out = UnitSet.builder().scope("app/" + app.name().value());
    boolean added = AppUnits.add(out, pod, app,
        List.of(unit("Before", "halt.target"), unit("Conflicts", "halt.target")),
        List.of(), new HashSet<>(), refusals);
    return added ? out.build() : null;
  }

  /**
   * Every problem of planning the pod on its stage1, errors and warnings, in app order: what
   * {@link #immutableEnv} (or {@link #mutableEnv} for a mutable pod) would refuse, such as
   * attachable I/O on an old systemd, a mount of a missing volume, a seccomp group or an extra
   * option the stage1's systemd does not have, and what rkt warns about, such as a socket-activated
   * port without a port forward. Empty when the pod plans cleanly.
   */
  public static List<Diagnostic> check(Pod pod) {
    DiagnosticList problems = checkPod(pod);
    if (!problems.hasErrors() && !pod.mutable()) {
      immutablePlan(pod, problems);
    }
    return problems.list();
  }

  /**
   * Every problem of adding {@code app} to the pod with {@link #appAdd}, errors and warnings: the
   * pod must be mutable, and the app must run on the pod's stage1 with the pod's volumes, port
   * forwards and log mode.
   */
  public static List<Diagnostic> check(Pod pod, App app) {
    DiagnosticList problems = checkAppAdd(pod, app);
    if (!problems.hasErrors()) {
      appAddPlan(pod, app, problems);
    }
    return problems.list();
  }

  /**
   * Every problem of the pod the builder composes and of planning it, errors and warnings, as far
   * as its valid parts allow: the builder's {@link Pod.Builder#problems()}, then what {@link
   * #check(Pod)} finds in the pod of its valid parts (for a mutable pod, what {@link #check(Pod,
   * App)} finds for each of its apps). A broken part hides only the checks that need it: an app's
   * mounts are not planned while one has an error or names a volume that could not be made, nor
   * its streams while they have one, nor an option or handler that has one, nor an app whose name
   * is invalid or repeats an earlier app's, and without a stage1 nothing is; everything else is
   * checked against the stage1 and the pod's valid settings, so that one list holds every problem
   * there is to fix. When the builder has no error, this is its problems followed by the check of
   * what it builds.
   */
  public static List<Diagnostic> check(Pod.Builder pod) {
    Objects.requireNonNull(pod, "pod");
    List<Diagnostic> problems = new ArrayList<>(pod.problems());
    Optional<Pod> plannable = problems.stream().anyMatch(Diagnostic::isError) ? pod.validParts()
        : Optional.of(pod.build());
    plannable.ifPresent(valid -> {
      if (valid.mutable()) {
        for (App app : valid.apps()) {
          problems.addAll(check(valid, app));
        }
      } else {
        problems.addAll(check(valid));
      }
    });
    return List.copyOf(problems);
  }

  private static DiagnosticList checkPod(Pod pod) {
    Objects.requireNonNull(pod, "pod");
    DiagnosticList problems = new DiagnosticList();
    if (!pod.mutable()) {
      for (App app : pod.apps()) {
        PlanChecks.app(problems, pod, app);
      }
    }
    return problems;
  }

  private static DiagnosticList checkAppAdd(Pod pod, App app) {
    Objects.requireNonNull(pod, "pod");
    Objects.requireNonNull(app, "app");
    DiagnosticList problems = new DiagnosticList();
    if (!pod.mutable()) {
      problems.error(DiagnosticCode.POD_IMMUTABLE, "mutable", "cannot add app \"" + app.name()
          + "\": the pod is immutable; apps can only be added to a pod built with mutable(true)");
    }
    PlanChecks.app(problems, pod, app);
    return problems;
  }

  /**
   * What rkt logs as warnings while planning the pod's apps, in app order: the messages of the
   * warnings {@link #check(Pod)} reports, each naming its app.
   *
   * @throws InvalidPodException if the check reports an error, as {@link #immutableEnv} would
   */
  public static List<String> warnings(Pod pod) {
    DiagnosticList problems = new DiagnosticList();
    for (App app : pod.apps()) {
      PlanChecks.app(problems, pod, app);
    }
    return warningMessages(problems);
  }

  /**
   * What rkt logs as warnings while planning {@code app} in {@code pod}: a socket-activated port
   * with no host port forward listens on the port the image declares, and a mount point the pod has
   * no volume for gets an empty volume of the app's own, which goes away with the pod. Neither
   * stops the pod; rkt prints them, a library leaves that to its caller.
   *
   * @throws InvalidPodException if planning the app in the pod has an error
   */
  public static List<String> warnings(Pod pod, App app) {
    DiagnosticList problems = new DiagnosticList();
    PlanChecks.app(problems, pod, app);
    return warningMessages(problems);
  }

  private static List<String> warningMessages(DiagnosticList problems) {
    problems.throwIfErrors();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic diagnostic : problems.list()) {
      String path = diagnostic.path();
      String app = path.substring("apps[".length(), path.indexOf(']'));
      warnings.add("app \"" + app + "\": " + diagnostic.message());
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

  /**
   * How {@code shutdown.service} stops the pod: old systemd outside CoreOS's stage1 cannot {@code
   * exit} a container, so before 227 it is halted instead; an unknown version is new.
   */
  private static String shutdownVerb(Stage1 stage1) {
    return stage1.flavor() != Stage1.Flavor.COREOS && !stage1.atLeast(227) ? "halt" : "exit";
  }

  /** The {@code shutdown.service} of an immutable pod that stops it with {@code verb}. */
  private static UnitFile immutableShutdown(String verb) {
    return shutdown(verb, "ExecStop",
        unit("Description", "Pod shutdown"),
        unit("AllowIsolate", "true"),
        unit("StopWhenUnneeded", "yes"),
        unit("DefaultDependencies", "false"),
        service("RemainAfterExit", "yes"));
  }

  /** rkt's {@code writeShutdownService}, stopping the pod with {@code verb} ({@link #shutdownVerb}). */
  private static UnitFile shutdown(String verb, String execKey, UnitOption... extra) {
    List<UnitOption> options = new ArrayList<>(List.of(extra));
    options.add(service("StandardInput", "null"));
    options.add(service("StandardOutput", "null"));
    options.add(service("StandardError", "null"));
    options.add(service(execKey, "/usr/bin/systemctl --force " + verb));
    return UnitFile.of(options);
  }

  private static void journalFlush(UnitSet.Builder out) {
    out.link(JOURNAL_FLUSH_WANT_PATH, JOURNAL_FLUSH_WANT_TARGET,
        "failed to link service want");
  }
}
