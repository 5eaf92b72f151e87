package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.write.UnitWriteException;

/**
 * A pod's plan written into a pod root that holds what a stage1 image provides: the directories
 * rkt made without their x bit ({@code rkt/iottymux/<app>} 0644, {@code rkt/volumes} 0600) are
 * 0755, like every other directory, and files get rkt's modes.
 */
class PodUnitsWriteTest {

  @TempDir
  Path root;

  private void writeStage1Image() throws IOException {
    Files.createDirectories(root.resolve(PodLayout.defaultWantsPath()));
    Files.createDirectories(root.resolve(PodLayout.socketsWantsPath()));
  }

  private String mode(String path) throws IOException {
    return PosixFilePermissions.toString(
        Files.getPosixFilePermissions(root.resolve(path), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void ioMuxDirectoriesAreSearchable() throws IOException, UnitWriteException {
    writeStage1Image();
    PodUnits.immutableEnv(SpecExamplesTest.streamerPod()).writeTo(root);
    assertEquals("rwxr-xr-x", mode("stage1/rootfs/rkt"));
    assertEquals("rwxr-xr-x", mode("stage1/rootfs/rkt/iottymux"));
    assertEquals("rwxr-xr-x", mode("stage1/rootfs/rkt/iottymux/streamer"));
    assertEquals("rw-r--r--", mode("stage1/rootfs/rkt/iottymux/streamer/env"));
  }

  @Test
  void volumeLinkDirectoryIsSearchable() throws IOException, UnitWriteException {
    writeStage1Image();
    PodUnits.immutableEnv(SpecExamplesTest.fullPod()).writeTo(root);
    assertEquals("rwxr-xr-x", mode("stage1/rootfs/rkt/volumes"));
    assertEquals(Path.of("/opt/stage2/full/rootfs/etc/conf"),
        Files.readSymbolicLink(root.resolve("stage1/rootfs/rkt/volumes/conf")));
  }

  @Test
  void filesGetRktsModes() throws IOException, UnitWriteException {
    writeStage1Image();
    PodUnits.immutableEnv(SpecExamplesTest.fullPod()).writeTo(root);
    assertEquals("rw-r-----", mode("stage1/rootfs/usr/lib/sysusers.d/full.service.conf"));
    assertEquals("rw-r--r--", mode("stage1/rootfs/rkt/env/full"));
    assertEquals("rw-r--r--", mode("stage1/rootfs/usr/lib/systemd/system/full.socket"));
    assertEquals("rw-r--r--", mode("stage1/rootfs/usr/lib/systemd/system/full.service"));
  }

  @Test
  void rewritingAShorterPortSocketLeavesNoStaleBytes() throws IOException, UnitWriteException {
    writeStage1Image();
    PodUnits.immutableEnv(Pods.pod(Pods.hello().port("web", Protocol.TCP, 80, true)
        .port("dns", Protocol.UDP, 53, true).build())).writeTo(root);
    PodUnits.immutableEnv(Pods.pod(Pods.hello().port("web", Protocol.TCP, 80, true).build())).writeTo(root);
    assertEquals("""
        [Unit]
        Description=Application=hello Image=example.com/hello socket-activated ports
        DefaultDependencies=false

        [Socket]
        BindIPv6Only=both
        Service=hello.service
        ListenStream=80
        """, Files.readString(root.resolve("stage1/rootfs/usr/lib/systemd/system/hello.socket")));
  }
}
