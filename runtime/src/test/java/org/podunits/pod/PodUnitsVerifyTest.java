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
import org.podunits.write.UnitSet;

/**
 * systemd 252 accepts what {@link PodUnits} writes, for pods that exercise each part of the
 * output, with only the deprecation notes of {@link SystemdVerifier#ALLOWED}.
 */
class PodUnitsVerifyTest {

  private static final Stage1 HOST_RELEASE = Stage1.of("coreos", 252);

  @TempDir Path podRoot;

  @BeforeAll
  static void systemdAnalyzeIsInstalled() {
    SystemdVerifier.assumeAvailable();
  }

  private SystemdVerifier.Report accepted(UnitSet plan) throws IOException {
    return SystemdVerifier.assertAccepted(plan, podRoot);
  }

  @Test
  void basicPodIsAccepted() throws IOException {
    assertEquals(List.of(), accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello().build()))).allowed());
  }

  @Test
  void twoAppPodIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello().build(), Pods.second().build())));
  }

  @Test
  void podOfMostFeaturesWithPortsNotifyDeviceVolumeAndSeccompIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(SpecExamplesTest.fullPod()));
  }

  @Test
  void streamedIoPodIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(SpecExamplesTest.streamerPod()));
  }

  @Test
  void ttyIoPodIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(App.builder("ttyapp").image("example.com/ttyapp")
        .exec("/bin/sh").stdio(IoMode.TTY, IoMode.TTY, IoMode.TTY).build())));
  }

  @Test
  void interactivePodIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pod.builder(Pods.COREOS_233).interactive(true)
        .app(Pods.hello().stdio(IoMode.INTERACTIVE, IoMode.INTERACTIVE, IoMode.INTERACTIVE).build()).build()));
  }

  @Test
  void removeSetSeccompAndCapabilitiesAreAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello()
        .seccomp(Seccomp.remove("reboot", "swapon", "@docker/default-blacklist").withErrno("EPERM"))
        .removeCapabilities("CAP_NET_RAW", "CAP_MKNOD")
        .noNewPrivileges(true)
        .build())));
  }

  @Test
  void systemdSeccompGroupsAreAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello()
        .seccomp(Seccomp.retain("@systemd/default-whitelist", "@systemd/network-io")).build())));
  }

  @Test
  void resourceIsolatorsOnSystemd233GetOnlyTheKnownDeprecationNotes() throws IOException {
    SystemdVerifier.Report report = accepted(PodUnits.immutableEnv(Pods.pod(Pods.hello()
        .resources(Resources.NONE.withMemory("512Mi").withCpu("500m").withCpuShares(512).withOomScoreAdj(-100))
        .build())));
    assertEquals(2, report.allowed().size(), report::toString);
  }

  @Test
  void resourceIsolatorsOnThisHostsSystemdAreAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(HOST_RELEASE, Pods.hello()
        .resources(Resources.NONE.withMemory("1G").withCpu("1.5").withCpuShares(1024)).build())));
  }

  @Test
  void oldSrcSystemd226WithDirectoriesFormsAndHaltVerbIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(Stage1.of("src", 226), Pods.hello().build())));
  }

  @Test
  void kvmSystemd231IsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(Stage1.of("kvm", 231), Pods.hello().build())));
  }

  @Test
  void developmentBuildOfSystemdIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pods.pod(Stage1.of("src", Stage1.UNKNOWN_VERSION), Pods.hello().build())));
  }

  @Test
  void insecureOptionsPodIsAccepted() throws IOException {
    accepted(PodUnits.immutableEnv(Pod.builder(Pods.COREOS_233).insecureOptions(InsecureOptions.ALL)
        .app(Pods.hello().build()).build()));
  }

  @Test
  void mutablePodWithAnAddedAppIsAccepted() throws IOException {
    Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).build();
    UnitSet plan = UnitSet.builder()
        .addAll(PodUnits.mutableEnv(pod))
        .addAll(PodUnits.appAdd(pod, Pods.hello().build()))
        .build();
    accepted(plan);
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

    String path = "/usr/local/sbin:/usr/sbin:/usr/bin";
    String binPath = BinaryLookup.find(rootfs, "nginx", "/", path);
    AppUsers.Ids ids = AppUsers.resolve(rootfs, "nginx", "nginx");
    Pod pod = Pod.builder(Stage1.detect(podRoot))
        .volume(Volume.host("null", "/dev/null", DeviceNodes.isDeviceNode(Path.of("/dev/null"))))
        .app(App.builder("web").image("example.com/web").exec("nginx", "-g", "daemon off;")
            .binPath(binPath).env("PATH", path).user(ids.uid()).group(ids.gid())
            .mount("null", "/dev/null", false).build())
        .build();
    UnitSet plan = PodUnits.immutableEnv(pod);
    assertTrue(Pods.unit(plan, "web.service").contains("\nExecStart=\"/usr/sbin/nginx\" \"-g\" \"daemon off;\"\n"
        + "RootDirectory=/opt/stage2/web/rootfs\n"), () -> Pods.unit(plan, "web.service"));
    assertTrue(Pods.unit(plan, "web.service").contains("\nDeviceAllow=/dev/.rkt/null rw\n"));
    accepted(plan);
  }
}
