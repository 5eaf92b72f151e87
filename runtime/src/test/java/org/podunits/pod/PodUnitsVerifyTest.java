package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.inspect.AppUsers;
import org.podunits.inspect.BinaryLookup;
import org.podunits.inspect.DeviceNodes;
import org.podunits.inspect.RootfsPaths;
import org.podunits.inspect.Stage1Detector;
import org.podunits.write.UnitSet;

/**
 * systemd 252 accepts what {@link PodUnits} writes, beyond what {@link GoldenPlansVerifyTest}
 * checks for every golden pod: which notes appear, resources on this machine's systemd release,
 * and a pod built end to end from facts the inspectors read from a pod root.
 */
class PodUnitsVerifyTest {

  private static final Stage1 HOST_RELEASE = Stage1.of(Stage1.Flavor.COREOS, 252);

  private static final Resources RESOURCES =
      Resources.NONE.withMemory("512Mi").withCpu("500m").withCpuShares(512).withOomScoreAdjust(-100);

  @TempDir Path podRoot;

  @BeforeAll
  static void systemdAnalyzeIsInstalled() {
    SystemdVerifier.assumeAvailable();
  }

  private SystemdVerifier.Report accepted(UnitSet plan) throws IOException {
    return SystemdVerifier.assertAccepted(plan, podRoot);
  }

  @Test
  void basicPodIsAcceptedWithoutAnyNote() throws IOException {
    assertEquals(List.of(), accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello().build()))).allowed());
  }

  @Test
  void resourceIsolatorsOnSystemd230GetOnlyTheKnownDeprecationNotes() throws IOException {
    SystemdVerifier.Report report = accepted(PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, 230),
        Pods.hello().resources(RESOURCES).build())));
    assertEquals(2, report.allowed().size(), report::toString);
  }

  @Test
  void resourceIsolatorsOnSystemd233DrawNoNote() throws IOException {
    SystemdVerifier.Report report = accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello().resources(RESOURCES).build())));
    assertEquals(List.of(), report.allowed(), report::toString);
  }

  @Test
  void resourceIsolatorsOnThisHostsSystemdAreAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(HOST_RELEASE, Pods.hello()
        .resources(Resources.NONE.withMemory("1G").withCpu("1.5").withCpuShares(1024)).build())));
  }

  /**
   * The whole flow on disk: the stage1 and the app's facts are read from a pod root by the
   * inspectors, the pod is built from them, and systemd accepts the units.
   */
  @Test
  void podBuiltFromInspectedFactsIsAccepted() throws IOException {
    Path stage1 = Files.createDirectories(podRoot.resolve("stage1/rootfs"));
    Files.createSymbolicLink(stage1.resolve("flavor"), Path.of("coreos"));
    Files.writeString(stage1.resolve("systemd-version"), "v233\n");
    Path rootfs = Files.createDirectories(stage1.resolve("opt/stage2/web/rootfs"));
    Files.createDirectories(rootfs.resolve("usr/sbin"));
    Path nginx = Files.writeString(rootfs.resolve("usr/sbin/nginx"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(nginx, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(rootfs.resolve("etc"));
    Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\nnginx:x:101:101::/:/sbin/nologin\n");
    Files.writeString(rootfs.resolve("etc/group"), "root:x:0:\nnginx:x:101:\n");
    Files.createDirectories(rootfs.resolve("data/log"));
    Files.createDirectories(rootfs.resolve("var"));
    Files.createSymbolicLink(rootfs.resolve("var/log"), Path.of("/data/log"));

    String path = "/usr/local/sbin:/usr/sbin:/usr/bin";
    String binPath = BinaryLookup.find(rootfs, "nginx", "/", path);
    AppUsers.Ids ids = AppUsers.resolve(rootfs, "nginx", "nginx");
    String logPath = RootfsPaths.evaluateInside(rootfs, "/var/log/nginx");
    Pod pod = Pod.builder(Stage1Detector.detect(podRoot))
        .volume(DeviceNodes.hostVolume("null", Path.of("/dev/null")))
        .volume(Volume.host("logs", podRoot.resolve("logs").toString()))
        .app(App.builder("web").image("example.com/web").exec("nginx", "-g", "daemon off;")
            .binPath(binPath).env("PATH", path).user(ids.uid()).group(ids.gid())
            .readOnlyRootFs(true)
            .mount("null", "/dev/null", false)
            .mount("logs", logPath, false).build())
        .build();
    UnitSet plan = PodUnits.immutableEnv(pod);
    assertTrue(Pods.unit(plan, "web.service").contains("\nExecStart=\"/usr/sbin/nginx\" \"-g\" \"daemon off;\"\n"
        + "RootDirectory=/opt/stage2/web/rootfs\n"), () -> Pods.unit(plan, "web.service"));
    assertTrue(Pods.unit(plan, "web.service").contains("\nDeviceAllow=/dev/.rkt/null rw\n"));
    assertTrue(Pods.unit(plan, "web.service").contains(
        "\nReadWritePaths=/opt/stage2/web/rootfs/data/log/nginx\n"), () -> Pods.unit(plan, "web.service"));
    accepted(plan);
  }
}
