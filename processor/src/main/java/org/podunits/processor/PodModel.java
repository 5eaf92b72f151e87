package org.podunits.processor;

import java.util.List;

/**
 * A validated pod spec: everything the renderer needs, nothing from javac's element model.
 *
 * @param packageName the package of the spec and of the generated class
 * @param specName the spec's simple name, with enclosing types joined by {@code .}
 * @param unitsName the generated class's simple name, such as {@code WebPodUnits}
 * @param podName the pod's name, given or derived from the spec's name
 * @param flavor the declared stage1 flavor
 * @param systemdVersion the declared stage1 systemd version
 * @param mutable whether apps are added one by one
 * @param logMode the log mode's constant name, such as {@code K8S_PLAIN}, or {@code DEFAULT} for none
 * @param annotations the pod annotations, in order
 * @param volumes the pod volumes, in order
 * @param apps the apps, in declaration order
 */
record PodModel(
    String packageName,
    String specName,
    String unitsName,
    String podName,
    String flavor,
    int systemdVersion,
    boolean mutable,
    String logMode,
    List<NamedValue> annotations,
    List<VolumeModel> volumes,
    List<AppModel> apps) {

  PodModel {
    annotations = List.copyOf(annotations);
    volumes = List.copyOf(volumes);
    apps = List.copyOf(apps);
  }

  /** This spec with other apps: how the apps that repeat an earlier app's name are checked. */
  PodModel withApps(List<AppModel> apps) {
    return new PodModel(packageName, specName, unitsName, podName, flavor, systemdVersion, mutable, logMode,
        annotations, volumes, apps);
  }

  /** The host volumes whose source is a run-time fact, in order: the builder's parameters. */
  List<VolumeModel> requiredSources() {
    return volumes.stream().filter(VolumeModel::sourceRequired).toList();
  }

  /** Whether some app needs its rootfs to be planned, so the builder needs the pod root. */
  boolean needsPodRoot() {
    return apps.stream().anyMatch(AppModel::needsRootfs);
  }

  /** Each port name once, in first-declared order: a host port forward serves every app port of a name. */
  List<String> portNames() {
    return apps.stream().flatMap(app -> app.ports().stream()).map(AppModel.PortModel::name).distinct().toList();
  }
}
