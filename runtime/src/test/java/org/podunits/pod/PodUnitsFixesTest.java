package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podunits.write.UnitSet;

/** The rkt bugs podunits fixes deliberately (stage1-units.md §12), one behaviour per test. */
class PodUnitsFixesTest {

  private static UnitSet plan(App app) {
    return PodUnits.immutableEnv(Pods.pod(app));
  }

  private static UnitSet plan(Stage1 stage1, App app) {
    return PodUnits.immutableEnv(Pods.pod(stage1, app));
  }

  @Test
  void percentInTheExecutablePathIsEscaped() {
    App app = Pods.hello().exec("/opt/%n/bin", "$1").build();
    assertEquals(List.of("\"/opt/%%n/bin\" \"$$1\""), Pods.serviceValues(plan(app), "hello", "ExecStart"));
  }

  @Test
  void reaperArgumentsAreQuotedAndEscaped() {
    App app = Pods.hello().exec("/opt/100% \"sure\"/bin").build();
    assertEquals(List.of("/reaper.sh \"hello\" \"/opt/stage2/hello/rootfs\" \"/opt/100%% \\\"sure\\\"/bin\""),
        Pods.unitFile(plan(app), "reaper-hello.service").values("Service", "ExecStop"));
  }

  @Test
  void percentInWorkingDirectoryIsEscaped() {
    App app = Pods.hello().workingDirectory("/srv/100%").build();
    assertEquals(List.of("/srv/100%%"), Pods.serviceValues(plan(app), "hello", "WorkingDirectory"));
  }

  @Test
  void percentInReadWriteMountPathsIsEscaped() {
    Pod pod = Pod.builder(Pods.COREOS_233).volume(Volume.host("data", "/srv/data"))
        .app(Pods.hello().readOnlyRootFs(true).mount("data", "/data/%i", false).build()).build();
    assertEquals(List.of("/opt/stage2/hello/rootfs/data/%%i"),
        Pods.serviceValues(PodUnits.immutableEnv(pod), "hello", "ReadWritePaths"));
  }

  @Test
  void eventHandlerWordsAreEscaped() {
    App app = Pods.hello().postStop("/bin/cleanup", "$HOME", "50%").build();
    assertEquals(List.of("\"/bin/cleanup\" \"$$HOME\" \"50%%\""), Pods.serviceValues(plan(app), "hello", "ExecStopPost"));
  }

  @Test
  void environmentFileListsDefaultsInFixedOrder() {
    assertEquals("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nSHELL=/bin/sh\nUSER=root\n"
        + "LOGNAME=root\nHOME=/root\nAC_APP_NAME=hello\n", Pods.find(plan(Pods.hello().build()), "stage1/rootfs/rkt/env/hello"));
  }

  @Test
  void environmentValuesSystemdWouldMisreadAreQuoted() {
    App app = Pods.hello().env("MSG", "say \"hi\"\nbye \\").build();
    String env = Pods.find(plan(app), "stage1/rootfs/rkt/env/hello");
    assertTrue(env.contains("MSG=\"say \\\"hi\\\"\nbye \\\\\"\n"), env);
  }

  @Test
  void environmentSetsAppNameInPlaceOfTheAppsOwn() {
    App app = Pods.hello().env("AC_APP_NAME", "mine").env("LATER", "x").build();
    assertTrue(Pods.find(plan(app), "stage1/rootfs/rkt/env/hello").endsWith("AC_APP_NAME=hello\nLATER=x\n"));
  }

  @Test
  void portSocketIsAUnitEntryAndItsWantLinkALinkEntry() {
    UnitSet plan = plan(Pods.hello().port("web", Protocol.TCP, 80, true).build());
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry.path().toString().endsWith("hello.socket")) {
        if (entry.path().toString().contains("sockets.target.wants")) {
          assertInstanceOf(UnitSet.LinkEntry.class, entry);
        } else {
          assertInstanceOf(UnitSet.UnitEntry.class, entry);
        }
      }
    }
    assertEquals("-> ../hello.socket", Pods.unit(plan, "sockets.target.wants/hello.socket"));
  }

  @Test
  void unknownVersionShutsDownWithExitOnSrc() {
    UnitSet plan = plan(Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION), Pods.hello().build());
    assertEquals(List.of("/usr/bin/systemctl --force exit"),
        Pods.unitFile(plan, "shutdown.service").values("Service", "ExecStop"));
  }

  @Test
  void unknownVersionAllowsAttachableIo() {
    UnitSet plan = plan(Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION), Pods.hello().stdout(IoMode.TTY).build());
    assertEquals(List.of("tty"), Pods.serviceValues(plan, "hello", "StandardOutput"));
  }

  @Test
  void unknownVersionUsesPathDirectivesAndMountApiVfs() {
    UnitSet plan = plan(Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION), Pods.hello().build());
    assertEquals(11, Pods.serviceValues(plan, "hello", "InaccessiblePaths").size());
    assertEquals(List.of("false"), Pods.serviceValues(plan, "hello", "MountAPIVFS"));
  }

  @Test
  void unknownVersionAllowsSeccompGroups() {
    UnitSet plan = plan(Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION),
        Pods.hello().seccomp(Seccomp.retain("@systemd/clock")).build());
    assertEquals(List.of("@clock"), Pods.serviceValues(plan, "hello", "SystemCallFilter"));
  }

  @Test
  void unknownVersionUsesTheReplacementResourceDirectives() {
    UnitSet plan = plan(Stage1.of(Stage1.Flavor.SRC, Stage1.UNKNOWN_VERSION),
        Pods.hello().resources(Resources.NONE.withMemory("1Gi").withCpuShares(512)).build());
    assertEquals(List.of("1073741824"), Pods.serviceValues(plan, "hello", "MemoryMax"));
    assertEquals(List.of("50"), Pods.serviceValues(plan, "hello", "CPUWeight"));
  }

  @Test
  void cpuWeightIsClampedAtBothEnds() {
    UnitSet low = plan(Stage1.of(Stage1.Flavor.COREOS, 258), Pods.hello().resources(Resources.NONE.withCpuShares(2)).build());
    UnitSet high = plan(Stage1.of(Stage1.Flavor.COREOS, 258), Pods.hello().resources(Resources.NONE.withCpuShares(262144)).build());
    assertEquals(List.of("1"), Pods.serviceValues(low, "hello", "CPUWeight"));
    assertEquals(List.of("10000"), Pods.serviceValues(high, "hello", "CPUWeight"));
  }

  @Test
  void systemd230KeepsRktsResourceDirectives() {
    UnitSet plan = plan(Stage1.of(Stage1.Flavor.COREOS, 230),
        Pods.hello().resources(Resources.NONE.withMemory("512M").withCpuShares(2048)).build());
    assertEquals(List.of("512000000"), Pods.serviceValues(plan, "hello", "MemoryLimit"));
    assertEquals(List.of("2048"), Pods.serviceValues(plan, "hello", "CPUShares"));
  }

  @Test
  void seccompSyscallsAreNotRepeated() {
    App app = Pods.hello().seccomp(Seccomp.remove("reboot", "swapon", "@docker/default-blacklist", "reboot")
        .withErrno("EPERM")).build();
    List<String> filters = Pods.serviceValues(plan(app), "hello", "SystemCallFilter");
    assertEquals(50, filters.size());
    assertEquals(List.of("~reboot", "~swapon"), filters.subList(0, 2));
    assertEquals(filters.size(), filters.stream().distinct().count());
  }

  @Test
  void capabilitiesAreNotRepeated() {
    App app = Pods.hello().retainCapabilities("CAP_CHOWN", "CAP_KILL").retainCapabilities("CAP_CHOWN").build();
    assertEquals(List.of("CAP_CHOWN CAP_KILL"), Pods.serviceValues(plan(app), "hello", "CapabilityBoundingSet"));
  }

  @Test
  void removedCapabilitiesLeaveTheDefaultsInOrder() {
    App app = Pods.hello().removeCapabilities("CAP_MKNOD", "CAP_NET_RAW").build();
    assertEquals(List.of("CAP_AUDIT_WRITE CAP_CHOWN CAP_DAC_OVERRIDE CAP_FSETID CAP_FOWNER CAP_KILL"
        + " CAP_NET_BIND_SERVICE CAP_SETUID CAP_SETGID CAP_SETPCAP CAP_SETFCAP CAP_SYS_CHROOT"),
        Pods.serviceValues(plan(app), "hello", "CapabilityBoundingSet"));
  }

  @Test
  void generatingNeverChangesThePodOrItsApps() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("FOO", "bar");
    App app = Pods.hello().env("FOO", "bar").build();
    Pod pod = Pods.pod(app);
    Pod copy = Pods.pod(Pods.hello().env("FOO", "bar").build());
    PodUnits.immutableEnv(pod);
    assertEquals(copy, pod);
    assertEquals(environment, pod.apps().get(0).environment());
    assertEquals("/", pod.apps().get(0).workingDirectory());
  }

  @Test
  void appEnvironmentCannotBeChangedAfterBuilding() {
    App app = Pods.hello().env("FOO", "bar").build();
    assertThrows(UnsupportedOperationException.class, () -> app.environment().put("AC_APP_NAME", "x"));
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    assertEquals(Golden.text(PodUnits.immutableEnv(SpecExamplesTest.fullPod())),
        Golden.text(PodUnits.immutableEnv(SpecExamplesTest.fullPod())));
  }
}
