package org.podunits.processor;

import java.util.List;

/**
 * One app of a spec, as its annotations declare it.
 *
 * @param methodName the spec method that declares the app; generated methods are named after it
 * @param name the app name, given or derived from the method name
 * @param image the image name
 * @param exec the command line
 * @param workingDirectory the working directory
 * @param user the uid, or a user name to look up in the app's rootfs
 * @param group the gid, or a group name to look up in the app's rootfs
 * @param supplementaryGids further group ids, in order
 * @param readOnlyRootFs whether the rootfs is read-only
 * @param supportsNotify whether the app speaks systemd's notify protocol
 * @param kubernetesLogPath the log file of the {@code k8s-plain} log mode, or empty
 * @param annotations the app annotations, in order
 * @param environment the environment variables, in order
 * @param stdin the stdin mode's name, such as {@code LOG}
 * @param stdout the stdout mode's name
 * @param stderr the stderr mode's name
 * @param resources the resource limits
 * @param retainCapabilities capabilities to keep, if the spec says which
 * @param removeCapabilities capabilities to drop, if the spec says which
 * @param seccomp the seccomp filters, in order (a retain set, then a remove set)
 * @param noNewPrivileges whether the app can never gain privileges
 * @param mounts the mounts, in order
 * @param ports the ports, in order
 * @param preStart the pre-start commands, in order
 * @param postStop the post-stop commands, in order
 * @param options the extra service directives, in order
 */
record AppModel(
    String methodName,
    String name,
    String image,
    List<String> exec,
    String workingDirectory,
    String user,
    String group,
    List<Integer> supplementaryGids,
    boolean readOnlyRootFs,
    boolean supportsNotify,
    String kubernetesLogPath,
    List<NamedValue> annotations,
    List<NamedValue> environment,
    String stdin,
    String stdout,
    String stderr,
    ResourcesModel resources,
    List<CapabilitiesModel> capabilities,
    List<SeccompModel> seccomp,
    boolean noNewPrivileges,
    List<MountModel> mounts,
    List<PortModel> ports,
    List<List<String>> preStart,
    List<List<String>> postStop,
    List<OptionModel> options) {

  AppModel {
    exec = List.copyOf(exec);
    supplementaryGids = List.copyOf(supplementaryGids);
    annotations = List.copyOf(annotations);
    environment = List.copyOf(environment);
    capabilities = List.copyOf(capabilities);
    seccomp = List.copyOf(seccomp);
    mounts = List.copyOf(mounts);
    ports = List.copyOf(ports);
    preStart = preStart.stream().map(List::copyOf).toList();
    postStop = postStop.stream().map(List::copyOf).toList();
    options = List.copyOf(options);
  }

  /** A capabilities isolator: the names retained or removed. */
  record CapabilitiesModel(boolean retain, List<String> names) {
    CapabilitiesModel {
      names = List.copyOf(names);
    }
  }

  /** A seccomp isolator: the names retained or removed, and the errno of denied calls. */
  record SeccompModel(boolean retain, List<String> names, String errno) {
    SeccompModel {
      names = List.copyOf(names);
    }
  }

  /** A mount of a pod volume. */
  record MountModel(String volume, String path, boolean readOnly) {}

  /** A port; {@code protocol} is {@code TCP} or {@code UDP}. */
  record PortModel(String name, String protocol, int port, boolean socketActivated) {}

  /** An extra directive for the app's service unit. */
  record OptionModel(String section, String name, String value) {}

  /**
   * The resource limits; an empty string or a null number is no limit.
   *
   * @param memory the memory quantity, or empty
   * @param cpu the cpu quantity, or empty
   * @param cpuShares the cpu shares, or null
   * @param oomScoreAdjust the OOM score adjustment, or null
   */
  record ResourcesModel(String memory, String cpu, Integer cpuShares, Integer oomScoreAdjust) {

    static final ResourcesModel NONE = new ResourcesModel("", "", null, null);
  }
}
