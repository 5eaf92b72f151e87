package org.podunits.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podunits.pod.App;
import org.podunits.pod.Pod;
import org.podunits.pod.Stage1;

/**
 * The example pods by name. Three are annotated pod specs built through their generated builders:
 * a web server with streamed logs and a socket-activated port ({@link WebPod}), a batch job with
 * event hooks and resource limits ({@link BatchPod}), and a locked-down service with its own
 * seccomp filter and capability set ({@link LockedDownPod}). The fourth is built from data with the
 * runtime API, as a runtime that reads pod manifests at run time does, without the processor.
 */
public final class ExamplePods {

  /** The systemd of Debian 12, whose {@code systemd-analyze} the tests verify units with. */
  static final int SYSTEMD_VERSION = 252;

  /** The stage1 every example pod is built for. */
  static final Stage1 STAGE1 = Stage1.of(Stage1.Flavor.COREOS, SYSTEMD_VERSION);

  /** The pod the command line renders when it is given no arguments. */
  public static final String DEFAULT = "web";

  /** The host port the web pod's {@code http} port is forwarded from. */
  static final int WEB_HOST_PORT = 8080;

  private ExamplePods() {}

  /** The names of the example pods, in the order of {@link #all()}. */
  public static final List<String> NAMES = List.of("web", "batch", "locked-down", "from-data");

  /**
   * The example pod {@code name}, or null if there is none by that name. Builds that pod alone: a
   * command that renders one pod does not pay for the others.
   */
  public static Pod named(String name) {
    switch (name) {
      case "web":
        return web();
      case "batch":
        return batch();
      case "locked-down":
        return lockedDown();
      case "from-data":
        return fromData();
      default:
        return null;
    }
  }

  /** Every example pod by name, in a fixed order. */
  public static Map<String, Pod> all() {
    Map<String, Pod> pods = new LinkedHashMap<>();
    for (String name : NAMES) {
      pods.put(name, named(name));
    }
    return pods;
  }

  /** {@link WebPod}, its {@code http} port forwarded from the host's {@value #WEB_HOST_PORT}. */
  public static Pod web() {
    return WebPodUnits.builder().httpHostPort(WEB_HOST_PORT).pod();
  }

  /** {@link BatchPod}. */
  public static Pod batch() {
    return BatchPodUnits.builder().pod();
  }

  /** {@link LockedDownPod}. */
  public static Pod lockedDown() {
    return LockedDownPodUnits.builder().pod();
  }

  /**
   * One app of a pod described by data: its name, image, command line, and the mount points its
   * image declares (paths where it expects a volume).
   */
  record AppDescription(String name, String image, List<String> exec, List<String> mountPoints) {}

  /** What a runtime might have read from a pod manifest. */
  static final List<AppDescription> DESCRIBED_APPS = List.of(
      new AppDescription("queue", "example.com/queue", List.of("/usr/bin/queue", "--data", "/var/lib/queue"),
          List.of("/var/lib/queue")),
      new AppDescription("worker", "example.com/worker", List.of("/usr/bin/worker", "--queue", "localhost:5672"),
          List.of("/tmp")));

  /**
   * A pod built from {@link #DESCRIBED_APPS} with the runtime API. No volume is given for the
   * images' mount points, so, as rkt does, each gets an empty volume of its own, removed with the
   * pod; rendering it prints rkt's note about each.
   */
  public static Pod fromData() {
    Pod.Builder pod = Pod.builder(STAGE1);
    for (AppDescription description : DESCRIBED_APPS) {
      App.Builder app = App.builder(description.name()).image(description.image()).exec(description.exec());
      for (String path : description.mountPoints()) {
        app.mountPoint(path.substring(path.lastIndexOf('/') + 1), path, false);
      }
      pod.app(app.build());
    }
    return pod.build();
  }
}
