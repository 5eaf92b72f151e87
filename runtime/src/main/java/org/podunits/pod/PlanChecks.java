package org.podunits.pod;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podunits.directive.Directive;
import org.podunits.directive.Directives;
import org.podunits.directive.Problem;
import org.podunits.directive.Severity;
import org.podunits.unit.UnitOption;

/**
 * What planning refuses or warns about for an app in its pod, as diagnostics: the facts of the
 * stage1 (its systemd version and flavor) and of the pod (volumes, port forwards, log mode) that
 * the app's own validation cannot know. {@link PodUnits} plans only what passes.
 */
final class PlanChecks {

  /** The systemd release that looks a command's plain program name up in its search path. */
  static final int PLAIN_PROGRAM_NAMES_SINCE = 239;

  /** The systemd release that has seccomp groups ({@code @clock}, ...) in SystemCallFilter=. */
  static final int SECCOMP_GROUPS_SINCE = 231;

  private PlanChecks() {}

  /** Adds every problem of planning {@code app} in {@code pod} to {@code out}. */
  static void app(DiagnosticList out, Pod pod, App app) {
    String root = FieldPath.app(app.name().value());
    io(out, pod, app, root);
    boolean volumesFound = mounts(out, pod, app, root);
    if (!pod.insecureOptions().disableSeccomp()) {
      seccomp(out, pod, app, root);
    }
    handlers(out, pod, app, root);
    options(out, pod, app, root);
    ports(out, pod, app, root);
    if (volumesFound) {
      mountPoints(out, pod, app, root);
    }
  }

  private static void mountPoints(DiagnosticList out, Pod pod, App app, String root) {
    if (app.mountPoints().isEmpty()) {
      // Only a mount point gets an implicit volume; most apps have none, and AppMounts stays unloaded.
      return;
    }
    for (AppMounts.Resolved mount : AppMounts.of(pod, app)) {
      if (mount.implicit()) {
        int index = 0;
        while (!app.mountPoints().get(index).path().equals(mount.path())) {
          index++;
        }
        out.warning(DiagnosticCode.MOUNT_POINT_WITHOUT_VOLUME, FieldPath.join(root,
            FieldPath.indexed("mountPoints", index)), "no volume for the mount point at "
            + mount.path() + "; it gets the empty volume \"" + mount.volume().name()
            + "\", removed with the pod");
      }
    }
  }

  private static void io(DiagnosticList out, Pod pod, App app, String root) {
    if (pod.interactive()) {
      return;
    }
    IoMode[] modes = {app.stdin(), app.stdout(), app.stderr()};
    String[] streams = {"stdin", "stdout", "stderr"};
    if (AppUnits.legacyIo(pod.stage1())) {
      for (int i = 0; i < 3; i++) {
        if (modes[i] != IoMode.LOG) {
          out.error(DiagnosticCode.ATTACHABLE_IO_UNSUPPORTED, FieldPath.join(root, streams[i]), "stage1 systemd "
              + pod.stage1().systemdVersion() + " does not support attachable I/O; leave " + streams[i]
              + " as LOG or use a newer stage1");
          return;
        }
      }
      return;
    }
    boolean stream = modes[0] == IoMode.STREAM || modes[1] == IoMode.STREAM || modes[2] == IoMode.STREAM;
    if (stream && pod.logMode().orElse(null) == LogMode.K8S_PLAIN && app.kubernetesLogPath().isEmpty()) {
      out.error(DiagnosticCode.LOG_PATH_MISSING, FieldPath.join(root, "kubernetesLogPath"), "kubernetes-log-path"
          + " annotation needs to be specified when k8s-plain logging mode is used; set the app's kubernetesLogPath");
    }
  }

  /** Whether every mount finds its volume; records each that does not. */
  private static boolean mounts(DiagnosticList out, Pod pod, App app, String root) {
    boolean found = true;
    for (int i = 0; i < app.mounts().size(); i++) {
      Mount mount = app.mounts().get(i);
      if (mount.appVolume().isEmpty() && pod.volume(mount.volume()).isEmpty()) {
        out.error(DiagnosticCode.VOLUME_MISSING, FieldPath.join(root, FieldPath.indexed("mounts", i) + ".volume"),
            "could not find volume " + mount.volume() + "; add a pod volume named \"" + mount.volume() + "\"");
        found = false;
      }
    }
    return found;
  }

  private static void seccomp(DiagnosticList out, Pod pod, App app, String root) {
    if (app.seccomp().isEmpty()) {
      return;
    }
    Seccomp isolator = app.seccomp().get();
    List<String> names = isolator.names();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.equals("@appc.io/all") || name.equals("@appc.io/empty")) {
        return;
      }
      String path = FieldPath.join(root, "seccomp." + FieldPath.indexed(isolator.kind().field(), i));
      if (name.startsWith("@systemd/") && !pod.stage1().atLeast(SECCOMP_GROUPS_SINCE)) {
        out.error(DiagnosticCode.SECCOMP_GROUP_UNSUPPORTED, path, "Unsupported or unknown systemd version,"
            + " seccomp groups need systemd >= v" + SECCOMP_GROUPS_SINCE + " (" + name + " asked of stage1 systemd "
            + pod.stage1().systemdVersion() + "); name the syscalls instead, or use a newer stage1");
      } else {
        SeccompNames.check(out, path, name, pod.stage1(), pod.architecture());
      }
    }
  }

  private static void handlers(DiagnosticList out, Pod pod, App app, String root) {
    for (int i = 0; i < app.eventHandlers().size(); i++) {
      EventHandler handler = app.eventHandlers().get(i);
      String program = handler.exec().get(0);
      // rkt writes a handler as given; before 239 systemd refuses to load a unit whose command
      // is a plain program name, so the app would fail only when the pod starts.
      if (!program.startsWith("/") && !pod.stage1().atLeast(PLAIN_PROGRAM_NAMES_SINCE)) {
        out.error(DiagnosticCode.HANDLER_PROGRAM_RELATIVE, FieldPath.join(root,
            FieldPath.indexed("eventHandlers", i) + ".exec[0]"), handler.kind().eventName() + " handler \""
            + program + "\" must be an absolute path: stage1 systemd " + pod.stage1().systemdVersion()
            + " runs plain program names only from " + PLAIN_PROGRAM_NAMES_SINCE);
      }
    }
  }

  /**
   * The extra options, against the catalogue for the stage1's systemd: a service unit takes
   * [Unit] and [Service] (and the user's X- sections); the directive must exist there, suit the
   * version and parse.
   */
  private static void options(DiagnosticList out, Pod pod, App app, String root) {
    int version = pod.stage1().systemdVersion();
    for (int i = 0; i < app.options().size(); i++) {
      UnitOption option = app.options().get(i);
      String path = FieldPath.join(root, FieldPath.indexed("options", i));
      String section = option.section();
      if (!section.equals("Unit") && !section.equals("Service") && !section.startsWith("X-")) {
        out.error(DiagnosticCode.OPTION_WRONG_SECTION, path + ".section", "[" + section + "] " + option.name()
            + "=: an app's service unit takes [Unit] and [Service] options (and your own X- sections);"
            + " put it in one of those");
        continue;
      }
      Directive directive = Directives.find(section, option.name()).orElse(null);
      List<Problem> problems = Directives.check(option, version);
      for (int p = 0; p < problems.size(); p++) {
        Problem problem = problems.get(p);
        DiagnosticCode code;
        String at;
        if (directive == null && p == 0 && Directives.find(otherServiceSection(section), option.name()).isPresent()) {
          // The catalogue's message says where it belongs; the mistake is the section, not the name.
          code = DiagnosticCode.OPTION_WRONG_SECTION;
          at = path + ".section";
        } else if (directive == null) {
          code = DiagnosticCode.OPTION_UNKNOWN_DIRECTIVE;
          at = path + ".name";
        } else if (p == 0 && (directive.since() > version || directive.isIgnoredOn(version))) {
          code = DiagnosticCode.OPTION_UNSUPPORTED_VERSION;
          at = path + ".name";
        } else if (problem.severity() == Severity.WARNING) {
          code = DiagnosticCode.OPTION_DEPRECATED;
          at = p == 0 && directive.isDeprecatedOn(version) ? path + ".name" : path + ".value";
        } else {
          code = DiagnosticCode.OPTION_BAD_VALUE;
          at = path + ".value";
        }
        out.add(new Diagnostic(problem.severity(), code.id(), at, problem.message()));
      }
    }
  }

  /** The other section an app's service unit takes: [Service] for [Unit], [Unit] otherwise. */
  private static String otherServiceSection(String section) {
    return section.equals("Unit") ? "Service" : "Unit";
  }

  private static void ports(DiagnosticList out, Pod pod, App app, String root) {
    Set<String> warned = new HashSet<>();
    for (int i = 0; i < app.ports().size(); i++) {
      Port port = app.ports().get(i);
      if (port.socketActivated() && pod.hostPort(port.name()).isEmpty() && warned.add(port.name())) {
        out.warning(DiagnosticCode.PORT_NOT_FORWARDED, FieldPath.join(root, FieldPath.indexed("ports", i)),
            "no host port for port \"" + port.name() + "\"; the socket listens on the image port " + port.port());
      }
    }
  }
}
