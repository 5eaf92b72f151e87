package org.podunits.pod;

import java.util.HashMap;
import java.util.Map;
import org.podunits.unit.UnitOption;

/**
 * The directives podunits writes itself in an app's service unit, which an extra option must not
 * repeat: systemd would take the last one, or add to a list, and so quietly override or weaken
 * what a typed setting (or rkt's sandbox) says. Each maps to what to use instead.
 */
final class WrittenDirectives {

  /** {@code [Section] Name} of each directive, with the setting that decides it. */
  static final Map<String, String> SETTINGS = settings();

  private WrittenDirectives() {}

  private static Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>();
    settings.put("Unit/Description", "the app's name and image (the description is derived from them)");
    settings.put("Unit/DefaultDependencies", "nothing: rkt's units never take default dependencies");
    settings.put("Service/ExecStart", "exec (and binPath)");
    settings.put("Service/ExecStartPre", "a pre-start event handler (preStart)");
    settings.put("Service/ExecStopPost", "a post-stop event handler (postStop)");
    settings.put("Service/Type", "supportsNotify");
    settings.put("Service/Restart", "nothing: an app of a pod is not restarted; the pod stops when it ends");
    settings.put("Service/RootDirectory", "nothing: every app runs in its own rootfs");
    settings.put("Service/WorkingDirectory", "workingDirectory");
    settings.put("Service/EnvironmentFile", "env");
    settings.put("Service/Environment", "env");
    settings.put("Service/User", "user");
    settings.put("Service/Group", "group");
    settings.put("Service/SupplementaryGroups", "supplementaryGids");
    settings.put("Service/PermissionsStartOnly", "nothing: podunits decides how handlers gain privileges");
    settings.put("Service/StandardInput", "stdin");
    settings.put("Service/StandardOutput", "stdout");
    settings.put("Service/StandardError", "stderr");
    settings.put("Service/TTYPath", "stdin, stdout or stderr TTY");
    settings.put("Service/Sockets", "stdin, stdout or stderr STREAM, or a socket-activated port");
    settings.put("Service/SyslogIdentifier", "the app's name");
    settings.put("Service/TimeoutStartSec", "nothing: rkt's apps have no start timeout");
    settings.put("Service/CapabilityBoundingSet", "retainCapabilities or removeCapabilities");
    settings.put("Service/AmbientCapabilities", "retainCapabilities or removeCapabilities");
    settings.put("Service/SystemCallFilter", "retainSyscalls or removeSyscalls");
    settings.put("Service/SystemCallErrorNumber", "syscallErrno");
    settings.put("Service/NoNewPrivileges", "noNewPrivileges");
    settings.put("Service/ReadOnlyDirectories", "readOnlyRootFs or a read-only mount");
    settings.put("Service/ReadWriteDirectories", "readOnlyRootFs or a read-write mount");
    settings.put("Service/ReadOnlyPaths", "readOnlyRootFs or a read-only mount");
    settings.put("Service/ReadWritePaths", "readOnlyRootFs or a read-write mount");
    settings.put("Service/InaccessiblePaths", "nothing: podunits hides rkt's kernel paths itself");
    settings.put("Service/InaccessibleDirectories", "nothing: podunits hides rkt's kernel paths itself");
    settings.put("Service/MountAPIVFS", "nothing: podunits decides it for the stage1");
    settings.put("Service/MountFlags", "nothing: podunits decides it for the stage1");
    settings.put("Service/DevicePolicy", "a device-node volume (Volume.deviceNode) and a mount of it");
    settings.put("Service/DeviceAllow", "a device-node volume (Volume.deviceNode) and a mount of it");
    settings.put("Service/MemoryLimit", "memory");
    settings.put("Service/MemoryMax", "memory");
    settings.put("Service/CPUQuota", "cpu");
    settings.put("Service/CPUShares", "cpuShares");
    settings.put("Service/CPUWeight", "cpuShares");
    settings.put("Service/OOMScoreAdjust", "oomScoreAdjust");
    return Map.copyOf(settings);
  }

  /** Records an error at {@code path} if podunits writes the option's directive itself. */
  static void check(DiagnosticList out, String path, UnitOption option) {
    String setting = SETTINGS.get(option.section() + "/" + option.name());
    if (setting != null) {
      out.error(DiagnosticCode.OPTION_WRITTEN_BY_PODUNITS, path, "[" + option.section() + "] "
          + option.name() + "= is written by podunits for every app; instead of an extra option, use "
          + setting);
    }
  }
}
