package org.podunits.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.pod.PodLayout;

/** {@link RootfsPaths#evaluateInside}: symbolic links evaluated as if chrooted into the rootfs. */
class RootfsSymlinkLookupTest {

  @TempDir Path temp;
  private Path rootfs;

  @BeforeEach
  void makeRootfs() throws IOException {
    rootfs = Files.createDirectories(temp.resolve("rootfs"));
    Files.createDirectories(rootfs.resolve("usr/bin"));
    Files.createDirectories(rootfs.resolve("data/real"));
  }

  private void link(String at, String target) throws IOException {
    Path link = rootfs.resolve(at);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, Path.of(target));
  }

  @Test
  void plainExistingPathIsUnchanged() throws IOException {
    assertEquals("/usr/bin", RootfsPaths.evaluateInside(rootfs, "/usr/bin"));
  }

  @Test
  void rootIsSlash() throws IOException {
    assertEquals("/", RootfsPaths.evaluateInside(rootfs, "/"));
  }

  @Test
  void absoluteLinkTargetStartsAgainAtTheRootfs() throws IOException {
    link("bin", "/usr/bin");
    assertEquals("/usr/bin/sh", RootfsPaths.evaluateInside(rootfs, "/bin/sh"));
  }

  @Test
  void relativeLinkTargetIsTakenFromTheLinksDirectory() throws IOException {
    link("data/current", "real");
    assertEquals("/data/real/file", RootfsPaths.evaluateInside(rootfs, "/data/current/file"));
  }

  @Test
  void dotDotInLinkTargetCannotClimbAboveTheRootfs() throws IOException {
    link("data/escape", "../../../../../etc");
    assertEquals("/etc/passwd", RootfsPaths.evaluateInside(rootfs, "/data/escape/passwd"));
  }

  @Test
  void dotDotInPathCannotClimbAboveTheRootfs() throws IOException {
    assertEquals("/etc/shadow", RootfsPaths.evaluateInside(rootfs, "/../../etc/shadow"));
  }

  @Test
  void dotDotAfterALinkGoesToTheTargetsParentLikeTheKernel() throws IOException {
    link("shortcut", "/data/real");
    assertEquals("/data", RootfsPaths.evaluateInside(rootfs, "/shortcut/.."));
  }

  @Test
  void missingTailIsKeptAsWritten() throws IOException {
    link("etc", "/data/real");
    assertEquals("/data/real/missing/conf", RootfsPaths.evaluateInside(rootfs, "/etc/missing/./conf"));
  }

  @Test
  void dotDotAfterAMissingComponentIsAppliedLexically() throws IOException {
    assertEquals("/data/other", RootfsPaths.evaluateInside(rootfs, "/data/missing/../other"));
  }

  @Test
  void dotDotOutOfAMissingComponentResumesLinkEvaluation() throws IOException {
    link("etc", "/data/real");
    assertEquals("/data/real/conf", RootfsPaths.evaluateInside(rootfs, "/missing/../etc/conf"));
  }

  @Test
  void finalLinkIsEvaluatedToo() throws IOException {
    link("usr/bin/sh", "busybox");
    assertEquals("/usr/bin/busybox", RootfsPaths.evaluateInside(rootfs, "/usr/bin/sh"));
  }

  @Test
  void danglingLinkEvaluatesToItsTarget() throws IOException {
    link("conf", "/nowhere/conf");
    assertEquals("/nowhere/conf", RootfsPaths.evaluateInside(rootfs, "/conf"));
  }

  @Test
  void relativePathIsTakenFromTheRootfsRoot() throws IOException {
    assertEquals("/usr/bin", RootfsPaths.evaluateInside(rootfs, "usr//bin/"));
  }

  @Test
  void linkLoopIsAnError() throws IOException {
    link("a", "/b");
    link("b", "/a");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> RootfsPaths.evaluateInside(rootfs, "/a/x"));
    assertTrue(e.getMessage().endsWith("failed: more than 40 symbolic links (a loop?)"), e.getMessage());
  }

  @Test
  void regularFileInTheMiddleIsAnError() throws IOException {
    Files.writeString(rootfs.resolve("usr/bin/tool"), "x");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> RootfsPaths.evaluateInside(rootfs, "/usr/bin/tool/more"));
    assertEquals("evaluating symlinks of \"/usr/bin/tool/more\" inside " + rootfs
        + " failed: /usr/bin/tool is not a directory", e.getMessage());
  }

  @Test
  void nulInPathIsAProgrammerError() {
    assertThrows(IllegalArgumentException.class, () -> RootfsPaths.evaluateInside(rootfs, "/a\0b"));
  }

  @Test
  void cleanAppliesDotDotLexicallyAndDropsTrailingSlash() {
    assertEquals("/srv/bin/app", PodLayout.clean("/srv/./x/../bin//app/"));
  }
}
