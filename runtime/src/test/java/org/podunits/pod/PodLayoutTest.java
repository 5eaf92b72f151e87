package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rkt's path.go helpers and the other per-app names (stage1-units.md §1.2, §1.3). */
class PodLayoutTest {

  private static final AppName HELLO = AppName.of("hello");
  private static final String UNITS = "stage1/rootfs/usr/lib/systemd/system";

  @Test
  void stage1RootfsIsUnderThePodRoot() {
    assertEquals(Path.of("stage1/rootfs"), PodLayout.stage1RootfsPath());
  }

  @Test
  void unitPathsAreInTheUnitsDirectory() {
    assertEquals(Path.of(UNITS + "/hello.service"), PodLayout.serviceUnitPath(HELLO));
    assertEquals(Path.of(UNITS + "/hello.socket"), PodLayout.socketUnitPath(HELLO));
    assertEquals(Path.of(UNITS + "/halt.target"), PodLayout.targetUnitPath("halt"));
    assertEquals(Path.of(UNITS + "/reaper-hello.service"), PodLayout.reaperUnitPath(HELLO));
    assertEquals(Path.of(UNITS + "/hello-stdin.socket"), PodLayout.streamSocketPath(HELLO, "stdin"));
  }

  @Test
  void wantPathsAreInTheWantsDirectories() {
    assertEquals(Path.of(UNITS + "/default.target.wants/hello.service"), PodLayout.serviceWantPath(HELLO));
    assertEquals(Path.of(UNITS + "/sockets.target.wants/hello.socket"), PodLayout.socketWantPath(HELLO));
    assertEquals("../hello.service", PodLayout.wantTarget("hello.service"));
  }

  @Test
  void appPathsAreUnderOptStage2() {
    assertEquals("/opt/stage2/hello", PodLayout.relAppPath(HELLO));
    assertEquals("/opt/stage2/hello/rootfs", PodLayout.relAppRootfsPath(HELLO));
    assertEquals(Path.of("stage1/rootfs/opt/stage2/hello/rootfs"), PodLayout.appRootfsPath(HELLO));
  }

  @Test
  void envAndIoMuxPathsAreUnderRkt() {
    assertEquals("/rkt/env/hello", PodLayout.relEnvFilePath(HELLO));
    assertEquals(Path.of("stage1/rootfs/rkt/env/hello"), PodLayout.envFilePath(HELLO));
    assertEquals(Path.of("stage1/rootfs/rkt/iottymux/hello"), PodLayout.ioMuxDir(HELLO));
    assertEquals(Path.of("stage1/rootfs/rkt/iottymux/hello/env"), PodLayout.ioMuxEnvPath(HELLO));
    assertEquals(Path.of("stage1/rootfs/usr/lib/sysusers.d/hello.service.conf"), PodLayout.sysusersPath(HELLO));
    assertEquals(Path.of("stage1/rootfs/rkt/volumes/conf"), PodLayout.volumeLinkPath("conf"));
  }

  @ParameterizedTest
  @CsvSource({
      "hello, prepare-app@-opt-stage2-hello-rootfs.service",
      "my-app, prepare-app@-opt-stage2-my\\x2dapp-rootfs.service",
      "a-b-c1, prepare-app@-opt-stage2-a\\x2db\\x2dc1-rootfs.service",
  })
  void prepareAppInstanceEscapesTheRootfsPath(String app, String expected) {
    assertEquals(expected, PodLayout.instantiatedPrepareAppUnitName(AppName.of(app)));
  }

  @ParameterizedTest
  @CsvSource({
      "/sys/fs/, /sys/fs",
      "//a//b/, /a/b",
      "/a/./b/../c, /a/c",
      "/../a, /a",
      "a/../../b, ../b",
      "'', .",
      "/, /",
      "., .",
      "./a, a",
      "a/., a",
      "/a/.., /",
      "../a, ../a",
      "/opt/stage2/hello/rootfs/proc/kcore, /opt/stage2/hello/rootfs/proc/kcore",
      "/.hidden/..x/.../y, /.hidden/..x/.../y",
      "a/, a",
      "/a/./, /a",
      "/a/../, /",
      "//, /",
      "/proc/bus/, /proc/bus",
  })
  void cleanFollowsGoFilepathClean(String path, String expected) {
    assertEquals(expected, PodLayout.clean(path));
  }

  @Test
  void joinCleansLikeGoFilepathJoin() {
    assertEquals("/opt/stage2/hello/rootfs/proc/bus", PodLayout.join("/opt/stage2/hello/rootfs", "/proc/bus/"));
    assertEquals("/opt/stage2/hello/rootfs", PodLayout.join("/opt/stage2/hello/rootfs", "/"));
    assertEquals("a/b", PodLayout.join("a", "b"));
    assertEquals("/a/b", PodLayout.join("/", "a/", "", "/b/"));
    assertEquals("../c", PodLayout.join("a", "../..", "c"));
  }
}
