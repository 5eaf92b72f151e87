package org.podunits.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BinaryLookup#find}, rkt's FindBinPath evaluated inside the app rootfs. */
class BinaryLookupTest {

  @TempDir Path temp;
  private Path rootfs;

  @BeforeEach
  void makeRootfs() throws IOException {
    rootfs = Files.createDirectories(temp.resolve("stage1/rootfs/opt/stage2/app/rootfs"));
    Files.createDirectories(rootfs.resolve("bin"));
    Files.createDirectories(rootfs.resolve("usr/bin"));
  }

  private void executable(String path) throws IOException {
    Path file = rootfs.resolve(path.substring(1));
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private void plainFile(String path) throws IOException {
    Path file = rootfs.resolve(path.substring(1));
    Files.createDirectories(file.getParent());
    Files.writeString(file, "data\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
  }

  private void link(String at, String target) throws IOException {
    Path link = rootfs.resolve(at.substring(1));
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, Path.of(target));
  }

  @Test
  void absoluteArgv0IsUsedAsItIsWithoutLookingAtTheDisk() throws IOException {
    assertEquals("/no/such//bin", BinaryLookup.find(rootfs, "/no/such//bin", "/", null));
  }

  @Test
  void relativeArgv0WithSlashIsJoinedWithWorkingDirectoryAndCleaned() throws IOException {
    assertEquals("/srv/tools/run", BinaryLookup.find(rootfs, "./bin/../tools/run", "/srv", null));
  }

  @Test
  void emptyWorkingDirectoryMeansRoot() throws IOException {
    assertEquals("/bin/run", BinaryLookup.find(rootfs, "bin/run", "", null));
  }

  @Test
  void relativeWorkingDirectoryIsAProgrammerError() {
    assertThrows(IllegalArgumentException.class, () -> BinaryLookup.find(rootfs, "run", "srv", null));
  }

  @Test
  void emptyArgv0MeansTheAppHasNoExecutable() {
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> BinaryLookup.find(rootfs, "", "/", null));
    assertEquals("app has no executable", e.getMessage());
  }

  @Test
  void plainNameIsSearchedInTheAppPath() throws IOException {
    executable("/opt/app/bin/server");
    assertEquals("/opt/app/bin/server", BinaryLookup.find(rootfs, "server", "/", "/usr/bin:/opt/app/bin"));
  }

  @Test
  void firstExecutableInPathOrderWins() throws IOException {
    executable("/usr/bin/server");
    executable("/bin/server");
    assertEquals("/usr/bin/server", BinaryLookup.find(rootfs, "server", "/", "/usr/bin:/bin"));
  }

  @Test
  void nonExecutableFileIsSkipped() throws IOException {
    plainFile("/usr/bin/server");
    executable("/bin/server");
    assertEquals("/bin/server", BinaryLookup.find(rootfs, "server", "/", "/usr/bin:/bin"));
  }

  @Test
  void executableDirectoryIsSkipped() throws IOException {
    Files.createDirectories(rootfs.resolve("usr/bin/server"));
    executable("/bin/server");
    assertEquals("/bin/server", BinaryLookup.find(rootfs, "server", "/", "/usr/bin:/bin"));
  }

  @Test
  void withoutPathTheWorkingDirectoryComesBeforeBinAndUsrBin() throws IOException {
    executable("/srv/server");
    executable("/bin/server");
    assertEquals("/srv/server", BinaryLookup.find(rootfs, "server", "/srv", null));
  }

  @Test
  void withoutPathBinIsSearchedBeforeUsrBin() throws IOException {
    executable("/usr/bin/server");
    executable("/bin/server");
    assertEquals("/bin/server", BinaryLookup.find(rootfs, "server", "/srv", null));
  }

  @Test
  void relativePathEntryIsTakenFromTheWorkingDirectory() throws IOException {
    executable("/srv/local/bin/server");
    assertEquals("/srv/local/bin/server", BinaryLookup.find(rootfs, "server", "/srv", "local/bin"));
  }

  @Test
  void emptyPathEntryIsTheWorkingDirectory() throws IOException {
    executable("/srv/server");
    assertEquals("/srv/server", BinaryLookup.find(rootfs, "server", "/srv", "/bin::/usr/bin"));
  }

  @Test
  void symlinkedCandidateReturnsTheUnevaluatedPath() throws IOException {
    executable("/bin/busybox");
    link("/usr/bin/sh", "/bin/busybox");
    assertEquals("/usr/bin/sh", BinaryLookup.find(rootfs, "sh", "/", "/usr/bin"));
  }

  @Test
  void absoluteSymlinkIsResolvedInsideTheRootfsNotOnTheHost() throws IOException {
    // On the host, /bin/sh exists and is executable; inside the rootfs it does not.
    link("/usr/bin/sh", "/bin/sh");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> BinaryLookup.find(rootfs, "sh", "/", "/usr/bin"));
    assertEquals("error looking up \"sh\": unable to find \"sh\" in \"/usr/bin\"", e.getMessage());
  }

  @Test
  void symlinkClimbingWithDotDotStaysInsideTheRootfs() throws IOException {
    Path outside = temp.resolve("stage1/rootfs/opt/stage2/app/evil");
    Files.writeString(outside, "#!/bin/sh\n");
    Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rwxr-xr-x"));
    link("/usr/bin/evil", "../../../evil");
    assertThrows(PodInspectionException.class, () -> BinaryLookup.find(rootfs, "evil", "/", "/usr/bin"));
  }

  @Test
  void symlinkClimbingWithDotDotFindsTheFileAtTheRootfsRoot() throws IOException {
    executable("/evil");
    link("/usr/bin/evil", "../../../evil");
    assertEquals("/usr/bin/evil", BinaryLookup.find(rootfs, "evil", "/", "/usr/bin"));
  }

  @Test
  void notFoundNamesTheBinaryAndTheDefaultSearchList() {
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> BinaryLookup.find(rootfs, "server", "/srv", null));
    assertEquals("error looking up \"server\": unable to find \"server\" in \"/srv:/bin:/usr/bin\"",
        e.getMessage());
  }

  @Test
  void emptyPathSearchesNothing() throws IOException {
    executable("/bin/server");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> BinaryLookup.find(rootfs, "server", "/", ""));
    assertEquals("error looking up \"server\": unable to find \"server\" in \"\"", e.getMessage());
  }

  @Test
  void symlinkLoopIsReportedWithTheCandidateAndChainedCause() throws IOException {
    link("/usr/bin/a", "/usr/bin/b");
    link("/usr/bin/b", "/usr/bin/a");
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> BinaryLookup.find(rootfs, "a", "/", "/usr/bin"));
    assertEquals("error looking up \"a\": could not evaluate path /usr/bin/a: evaluating symlinks of "
        + "\"/usr/bin/a\" inside " + rootfs + " failed: more than 40 symbolic links (a loop?)", e.getMessage());
    assertInstanceOf(PodInspectionException.class, e.getCause());
  }
}
