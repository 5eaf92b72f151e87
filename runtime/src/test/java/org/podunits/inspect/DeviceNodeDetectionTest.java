package org.podunits.inspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DeviceNodes#isDeviceNode}: which host volumes get a DeviceAllow= line. */
class DeviceNodeDetectionTest {

  @TempDir Path temp;

  @Test
  void devNullIsACharacterDevice() {
    assertTrue(DeviceNodes.isDeviceNode(Path.of("/dev/null")));
  }

  @Test
  void blockDeviceIsADeviceNode() {
    Path loop = Path.of("/dev/loop0");
    Assumptions.assumeTrue(Files.exists(loop), "this machine has no /dev/loop0 block device to test with");
    assertTrue(DeviceNodes.isDeviceNode(loop));
  }

  @Test
  void regularFileIsNotADeviceNode() throws IOException {
    assertFalse(DeviceNodes.isDeviceNode(Files.writeString(temp.resolve("file"), "x")));
  }

  @Test
  void directoryIsNotADeviceNode() {
    assertFalse(DeviceNodes.isDeviceNode(temp));
  }

  @Test
  void symbolicLinkToADeviceIsNotFollowedLikeRkt() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("null"), Path.of("/dev/null"));
    assertFalse(DeviceNodes.isDeviceNode(link));
  }

  @Test
  void missingPathIsNotADeviceNode() {
    assertFalse(DeviceNodes.isDeviceNode(temp.resolve("missing")));
  }

  @Test
  void namedPipeIsNotADeviceNode() throws IOException, InterruptedException {
    Path fifo = temp.resolve("fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available to make a named pipe: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed to make a named pipe");
    assertFalse(DeviceNodes.isDeviceNode(fifo));
  }
}
