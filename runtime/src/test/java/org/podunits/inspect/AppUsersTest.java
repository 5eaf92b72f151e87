package org.podunits.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** {@link AppUsers#resolve}, rkt's ParseUserGroup on an app rootfs. */
class AppUsersTest {

  private static final String PASSWD = """
      # users of the test image
      root:x:0:0:root:/root:/bin/sh

      nginx:x:101:102:nginx:/var/lib/nginx:/sbin/nologin
      nginx:x:999:999:second entry:/:/bin/false
      +nisuser
      app:x:1000:1000::/home/app:/bin/sh
      """;

  private static final String GROUP = """
      root:x:0:
      # comment:x:5:
      www-data:x:33:nginx,app
      app:x:1000:
      """;

  @TempDir Path temp;
  private Path rootfs;

  @BeforeEach
  void makeRootfs() throws IOException {
    rootfs = Files.createDirectories(temp.resolve("rootfs"));
    Files.createDirectories(rootfs.resolve("etc"));
    Files.writeString(rootfs.resolve("etc/passwd"), PASSWD);
    Files.writeString(rootfs.resolve("etc/group"), GROUP);
  }

  private static String message(Executable call) {
    return assertThrows(PodInspectionException.class, call).getMessage();
  }

  @Test
  void numericUserAndGroupAreUsedAsTheyAre() throws IOException {
    assertEquals(new AppUsers.Ids(1234, 5678), AppUsers.resolve(rootfs, "1234", "5678"));
  }

  @Test
  void rootIsZeroEvenWithoutPasswdEntry() throws IOException {
    Files.writeString(rootfs.resolve("etc/passwd"), "");
    assertEquals(new AppUsers.Ids(0, 0), AppUsers.resolve(rootfs, "root", "root"));
  }

  @Test
  void namesAreLookedUpInPasswdAndGroup() throws IOException {
    assertEquals(new AppUsers.Ids(1000, 33), AppUsers.resolve(rootfs, "app", "www-data"));
  }

  @Test
  void firstPasswdEntryOfANameWinsLikeTheCLibrary() throws IOException {
    assertEquals(101, AppUsers.resolve(rootfs, "nginx", "0").uid());
  }

  @Test
  void commentLinesAreNotEntries() {
    assertEquals("unable to determine app's uid and gid: failed to configure group \"comment\": no group "
        + "\"comment\" in " + rootfs.resolve("etc/group"),
        message(() -> AppUsers.resolve(rootfs, "0", "comment")));
  }

  @Test
  void unknownUserNamesTheFile() {
    assertEquals("unable to determine app's uid and gid: failed to configure user \"bob\": no user \"bob\" in "
        + rootfs.resolve("etc/passwd"), message(() -> AppUsers.resolve(rootfs, "bob", "0")));
  }

  @Test
  void missingPasswdFileIsReportedWithCause() throws IOException {
    Files.delete(rootfs.resolve("etc/passwd"));
    PodInspectionException e = assertThrows(PodInspectionException.class,
        () -> AppUsers.resolve(rootfs, "app", "0"));
    assertEquals("unable to determine app's uid and gid: failed to configure user \"app\": cannot read "
        + rootfs.resolve("etc/passwd"), e.getMessage());
    assertInstanceOf(NoSuchFileException.class, e.getCause().getCause());
  }

  @Test
  void shortEntryIsAnErrorNamingFileAndLine() throws IOException {
    Files.writeString(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\nbob:x:7\n");
    assertEquals("unable to determine app's uid and gid: failed to configure user \"bob\": "
        + rootfs.resolve("etc/passwd") + " line 2: the entry has 3 fields, a passwd entry has 7",
        message(() -> AppUsers.resolve(rootfs, "bob", "0")));
  }

  @Test
  void badUidIsAnErrorRatherThanRoot() throws IOException {
    Files.writeString(rootfs.resolve("etc/passwd"), "bob:x:abc:1::/:/bin/sh\n");
    assertEquals("unable to determine app's uid and gid: failed to configure user \"bob\": "
        + rootfs.resolve("etc/passwd") + " line 1: uid \"abc\" is not a number between 0 and 2147483647",
        message(() -> AppUsers.resolve(rootfs, "bob", "0")));
  }

  @Test
  void hugeGidIsAnErrorNamingFileAndLine() throws IOException {
    Files.writeString(rootfs.resolve("etc/group"), "big:x:99999999999:\n");
    assertEquals("unable to determine app's uid and gid: failed to configure group \"big\": "
        + rootfs.resolve("etc/group") + " line 1: gid \"99999999999\" is not a number between 0 and 2147483647",
        message(() -> AppUsers.resolve(rootfs, "0", "big")));
  }

  @Test
  void malformedLinesOfOtherNamesDoNotMatter() throws IOException {
    Files.writeString(rootfs.resolve("etc/passwd"), "junk\nother:x:zz:\napp:x:1000:1000::/:/bin/sh\n");
    assertEquals(1000, AppUsers.resolve(rootfs, "app", "0").uid());
  }

  @Test
  void crlfLineEndsAreAccepted() throws IOException {
    Files.writeString(rootfs.resolve("etc/group"), "app:x:1000:\r\n");
    assertEquals(1000, AppUsers.resolve(rootfs, "0", "app").gid());
  }

  @Test
  void passwdIsReadThroughLinksEvaluatedInsideTheRootfs() throws IOException {
    Files.createDirectories(rootfs.resolve("usr/share/base"));
    Files.move(rootfs.resolve("etc/passwd"), rootfs.resolve("usr/share/base/passwd"));
    Files.createSymbolicLink(rootfs.resolve("etc/passwd"), Path.of("/usr/share/base/passwd"));
    assertEquals(1000, AppUsers.resolve(rootfs, "app", "0").uid());
  }

  @Test
  void pathUserIsTheOwnerOfThatFile() throws IOException {
    Path file = Files.writeString(rootfs.resolve("owned"), "x");
    int uid = (Integer) Files.getAttribute(file, "unix:uid");
    int gid = (Integer) Files.getAttribute(file, "unix:gid");
    assertEquals(new AppUsers.Ids(uid, gid), AppUsers.resolve(rootfs, "/owned", "/owned"));
  }

  @Test
  void pathUserIsShiftedBackByTheUidRange() throws IOException {
    Path file = Files.writeString(rootfs.resolve("owned"), "x");
    try {
      Files.setAttribute(file, "unix:uid", 100_000 + 1000);
      Files.setAttribute(file, "unix:gid", 100_000 + 33);
    } catch (IOException e) {
      Assumptions.abort("changing a file's owner needs root, and the tests do not run as root: " + e);
    }
    assertEquals(new AppUsers.Ids(1000, 33),
        AppUsers.resolve(rootfs, "/owned", "/owned", 100_000, 65536, false));
  }

  @Test
  void pathOwnerOutsideTheUidRangeIsAnError() throws IOException {
    Path file = Files.writeString(rootfs.resolve("owned"), "x");
    int uid = (Integer) Files.getAttribute(file, "unix:uid");
    int shift = uid + 1;
    assertEquals("unable to determine app's uid and gid: failed to configure user \"/owned\": " + file
        + " is owned by uid " + uid + ", outside the pod's uid range of 65536 ids from " + shift,
        message(() -> AppUsers.resolve(rootfs, "/owned", "0", shift, 65536, false)));
  }

  @Test
  void missingPathUserDoesNotFallBackToPasswd() {
    assertEquals("unable to determine app's uid and gid: failed to configure user \"/app\": unable to stat file "
        + rootfs.resolve("app"), message(() -> AppUsers.resolve(rootfs, "/app", "0")));
  }

  @Test
  void pathUserCannotClimbOutOfTheRootfs() throws IOException {
    Files.writeString(temp.resolve("outside"), "x");
    assertEquals("unable to determine app's uid and gid: failed to configure user \"/../outside\": "
        + "unable to stat file " + rootfs.resolve("outside"),
        message(() -> AppUsers.resolve(rootfs, "/../outside", "0")));
  }

  @Test
  void pathUserParentLinksAreEvaluatedInsideTheRootfs() throws IOException {
    Files.createDirectories(rootfs.resolve("real"));
    Path file = Files.writeString(rootfs.resolve("real/owned"), "x");
    Files.createSymbolicLink(rootfs.resolve("alias"), Path.of("/real"));
    int uid = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    assertEquals(uid, AppUsers.resolve(rootfs, "/alias/owned", "0").uid());
  }

  @Test
  void negativeNumericUserIsInvalidUidOrGid() {
    assertEquals("unable to determine app's uid and gid: Invalid uid or gid: user \"-1\" is negative",
        message(() -> AppUsers.resolve(rootfs, "-1", "0")));
  }

  @Test
  void numericUserBeyondAnIntIsInvalid() {
    assertEquals("unable to determine app's uid and gid: invalid user \"99999999999\": a uid is at most 2147483647",
        message(() -> AppUsers.resolve(rootfs, "99999999999", "0")));
  }

  @Test
  void emptyGroupIsInvalid() {
    assertEquals("unable to determine app's uid and gid: invalid group \"\": it must be root, a number, an "
        + "absolute path or a group name without ':' or control characters",
        message(() -> AppUsers.resolve(rootfs, "0", "")));
  }

  @Test
  void dockerImageGroupFallsBackToTheUid() throws IOException {
    assertEquals(new AppUsers.Ids(1000, 1000), AppUsers.resolve(rootfs, "app", "nosuchgroup", 0, 0, true));
  }

  @Test
  void dockerFallbackDoesNotHideANegativeGroup() {
    assertEquals("unable to determine app's uid and gid: Invalid uid or gid: group \"-5\" is negative",
        message(() -> AppUsers.resolve(rootfs, "app", "-5", 0, 0, true)));
  }

  @Test
  void withoutDockerFallbackUnknownGroupIsAnError() {
    assertEquals("unable to determine app's uid and gid: failed to configure group \"nosuchgroup\": no group "
        + "\"nosuchgroup\" in " + rootfs.resolve("etc/group"),
        message(() -> AppUsers.resolve(rootfs, "app", "nosuchgroup")));
  }

  @Test
  void idsRejectNegativeValues() {
    assertThrows(IllegalArgumentException.class, () -> new AppUsers.Ids(-1, 0));
  }
}
