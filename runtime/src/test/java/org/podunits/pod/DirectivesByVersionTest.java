package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podunits.write.UnitSet;

/**
 * The directives that depend on the stage1's systemd release: rkt's bytes before each gate, the
 * modern equivalent or the fix from it on (docs/stage1.md lists them).
 */
class DirectivesByVersionTest {

  private static UnitSet plan(int version, App app) {
    return PodUnits.immutableEnv(Pods.pod(Stage1.of(Stage1.Flavor.COREOS, version), app));
  }

  private static List<String> values(int version, App app, String name) {
    return Pods.serviceValues(plan(version, app), "hello", name);
  }

  private static App streamed() {
    return Pods.hello().stdio(IoMode.STREAM, IoMode.STREAM, IoMode.STREAM).build();
  }

  @Test
  void streamedStdoutAndStderrNameTheirSocketsFromSystemd232() {
    assertEquals(List.of("fd"), values(AppUnits.FD_NAMES_SINCE - 1, streamed(), "StandardOutput"));
    assertEquals(List.of("fd"), values(AppUnits.FD_NAMES_SINCE - 1, streamed(), "StandardError"));
    assertEquals(List.of("fd:stdout"), values(AppUnits.FD_NAMES_SINCE, streamed(), "StandardOutput"));
    assertEquals(List.of("fd:stderr"), values(AppUnits.FD_NAMES_SINCE, streamed(), "StandardError"));
  }

  @Test
  void streamedStdinStaysPlainFdWhichSystemdReadsAsTheStdinSocket() {
    assertEquals(List.of("fd"), values(252, streamed(), "StandardInput"));
  }

  @Test
  void aNonRootAppGetsItsRetainedCapabilitiesAsAmbientFromSystemd229() {
    App app = Pods.hello().user(65534).retainCapabilities("CAP_NET_BIND_SERVICE").build();
    assertEquals(List.of(), values(AppUnits.AMBIENT_CAPABILITIES_SINCE - 1, app, "AmbientCapabilities"));
    assertEquals(List.of("CAP_NET_BIND_SERVICE"), values(AppUnits.AMBIENT_CAPABILITIES_SINCE, app, "AmbientCapabilities"));
    assertEquals(List.of("CAP_NET_BIND_SERVICE"), values(252, app, "CapabilityBoundingSet"));
  }

  @Test
  void onlyARetainSetOfANonRootAppIsMadeAmbient() {
    assertEquals(List.of(), values(252, Pods.hello().retainCapabilities("CAP_NET_BIND_SERVICE").build(),
        "AmbientCapabilities"));
    assertEquals(List.of(), values(252, Pods.hello().user(1000).removeCapabilities("CAP_MKNOD").build(),
        "AmbientCapabilities"));
    assertEquals(List.of(), values(252, Pods.hello().user(1000).build(), "AmbientCapabilities"));
  }

  @Test
  void hooksGetThePrivilegedPrefixInsteadOfPermissionsStartOnlyFromSystemd235() {
    App app = Pods.hello().preStart("/bin/setup").postStop("/bin/cleanup").build();
    int before = AppUnits.PRIVILEGED_PREFIX_SINCE - 1;
    assertEquals(List.of("true"), values(before, app, "PermissionsStartOnly"));
    assertEquals(List.of("\"/bin/setup\""), values(before, app, "ExecStartPre"));
    assertEquals(List.of(), values(AppUnits.PRIVILEGED_PREFIX_SINCE, app, "PermissionsStartOnly"));
    assertEquals(List.of("+\"/bin/setup\""), values(AppUnits.PRIVILEGED_PREFIX_SINCE, app, "ExecStartPre"));
    assertEquals(List.of("+\"/bin/cleanup\""), values(AppUnits.PRIVILEGED_PREFIX_SINCE, app, "ExecStopPost"));
    assertEquals(List.of("\"/bin/hello\" \"--greeting\" \"Hi there\" \"$$HOME\" \"100%%\""),
        values(AppUnits.PRIVILEGED_PREFIX_SINCE, app, "ExecStart"));
  }

  @Test
  void memoryMaxFromSystemd231AndCpuWeightFrom232() {
    App app = Pods.hello().resources(Resources.NONE.withMemory("256Mi").withCpuShares(512)).build();
    assertEquals(List.of("268435456"), values(AppUnits.MEMORY_MAX_SINCE - 1, app, "MemoryLimit"));
    assertEquals(List.of("268435456"), values(AppUnits.MEMORY_MAX_SINCE, app, "MemoryMax"));
    assertEquals(List.of("512"), values(AppUnits.CPU_WEIGHT_SINCE - 1, app, "CPUShares"));
    assertEquals(List.of("50"), values(AppUnits.CPU_WEIGHT_SINCE, app, "CPUWeight"));
    assertEquals(List.of(), values(AppUnits.CPU_WEIGHT_SINCE, app, "CPUShares"));
  }

  @Test
  void readOnlyRootUsesPathsDirectivesFromSystemd231() {
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, AppUnits.PATHS_SINCE - 1)).volume(Volume.empty("data"))
        .app(Pods.hello().readOnlyRootFs(true).mount("data", "/data", false).build()).build();
    UnitSet old = PodUnits.immutableEnv(pod);
    assertEquals(List.of("/opt/stage2/hello/rootfs/data"), Pods.serviceValues(old, "hello", "ReadWriteDirectories"));
    assertEquals("/opt/stage2/hello/rootfs", Pods.serviceValues(old, "hello", "ReadOnlyDirectories").get(0));
    UnitSet modern = PodUnits.immutableEnv(pod.withStage1(Stage1.of(Stage1.Flavor.COREOS, AppUnits.PATHS_SINCE)));
    assertEquals(List.of("/opt/stage2/hello/rootfs/data"), Pods.serviceValues(modern, "hello", "ReadWritePaths"));
    assertEquals("/opt/stage2/hello/rootfs", Pods.serviceValues(modern, "hello", "ReadOnlyPaths").get(0));
    assertEquals(List.of(), Pods.serviceValues(modern, "hello", "ReadOnlyDirectories"));
  }
}
