package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The warnings rkt logs while planning, returned to the caller instead. */
class PodUnitsWarningsTest {

  @Test
  void anOrdinaryPodHasNone() {
    assertEquals(List.of(), PodUnits.warnings(Pods.pod(Pods.hello().build())));
  }

  @Test
  void aSocketActivatedPortWithoutAHostPortListensOnTheImagePort() {
    Pod pod = Pod.builder(Pods.COREOS_233).hostPort("http", 8080)
        .app(Pods.hello()
            .port("http", Protocol.TCP, 80, true)
            .port("dns", Protocol.UDP, 53, true)
            .port("admin", Protocol.TCP, 9000, false)
            .build())
        .build();

    assertEquals(List.of("app \"hello\": no host port for port \"dns\"; the socket listens on the image port 53"),
        PodUnits.warnings(pod));
    assertEquals(List.of("53"), Pods.unitFile(PodUnits.immutableEnv(pod), "hello.socket")
        .values("Socket", "ListenDatagram"));
  }

  @Test
  void aMountPointWithoutAVolumeGetsAnEmptyVolume() {
    assertEquals(List.of("app \"hello\": no volume for the mount point at /var/cache; it gets the empty volume"
            + " \"hello-cache\", removed with the pod",
            "app \"hello\": no volume for the mount point at /var/log/hello; it gets the empty volume"
            + " \"hello-logs\", removed with the pod"),
        PodUnits.warnings(GoldenPods.mountPointsPod()));
  }

  @Test
  void anAppToAddIsJudgedInThePodsContext() {
    Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).volume(Volume.empty("cache")).build();
    App app = Pods.second().mountPoint("cache", "/var/cache", false).mountPoint("spool", "/var/spool", false).build();

    assertEquals(List.of("app \"second\": no volume for the mount point at /var/spool; it gets the empty volume"
            + " \"second-spool\", removed with the pod"),
        PodUnits.warnings(pod, app));
  }
}
