package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/** Plans of several scopes in one pod root: each write reconciles its own scope only. */
class UnitSetScopeTest {

  private static final Path UNITS = CrashPlans.UNITS;
  private static final Path WANTS = CrashPlans.WANTS;
  private static final Path ENV = Path.of("stage1/rootfs/rkt/env");

  @TempDir Path root;

  @BeforeEach
  void makeStage1Image() throws Exception {
    CrashPlans.prepare(root);
  }

  /** The pod's base: what {@code mutableEnv} would write, in the pod scope. */
  private static UnitSet base(String haltText, boolean withShutdown) {
    UnitSet.Builder plan = UnitSet.builder()
        .unit(UNITS.resolve("default.target"), unit("Description", "apps"), "failed default")
        .unit(UNITS.resolve("halt.target"), unit("Description", haltText), "failed halt");
    if (withShutdown) {
      plan.unit(UNITS.resolve("shutdown.service"), unit("Description", "shutdown"), "failed stop");
    }
    return plan.build();
  }

  /** One added app, {@code app/<name>}, with a unit, an environment file and a want link. */
  private static UnitSet app(String name, String description, boolean withEnv) {
    UnitSet.Builder plan = UnitSet.builder()
        .scope("app/" + name)
        .unit(UNITS.resolve(name + ".service"), unit("Description", description), "failed " + name)
        .link(WANTS.resolve(name + ".service"), "../" + name + ".service", "failed link");
    if (withEnv) {
      plan.file(ENV.resolve(name), "A=1\n".getBytes(UTF_8), 0644, "failed env");
    }
    return plan.build();
  }

  private static UnitFile unit(String name, String value) {
    return UnitFile.of(UnitOption.of("Unit", name, value));
  }

  private boolean exists(Path path) {
    return Files.exists(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
  }

  private void assertHolds(UnitSet plan) throws IOException {
    for (UnitSet.Entry entry : plan.entries()) {
      assertTrue(exists(entry.path()), entry.path() + " of " + plan.scope() + " is missing");
    }
    assertEquals(List.of(), plan.differences(root), plan.scope());
  }

  @Test
  void aPlanIsInThePodScopeUnlessSet() {
    assertEquals(UnitSet.POD_SCOPE, UnitSet.builder().build().scope());
    assertEquals("pod", UnitSet.POD_SCOPE);
    assertEquals("app/web", UnitSet.builder().scope("app/web").build().scope());
  }

  @Test
  void theScopeIsPartOfThePlansIdentity() {
    UnitSet pod = base("Halt", true);
    UnitSet same = UnitSet.builder().addAll(pod).build();
    UnitSet other = UnitSet.builder().scope("app/base").addAll(pod).build();

    assertEquals(pod, same);
    assertEquals(pod.hashCode(), same.hashCode());
    assertNotEquals(pod, other);
    assertTrue(other.toString().startsWith("UnitSet(app/base)["), other.toString());
  }

  @Test
  void aScopeThatIsEmptyOrHoldsASpaceIsRefused() {
    for (String bad : List.of("", "app/my app", "app\n", "app\tx")) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
          () -> UnitSet.builder().scope(bad));
      assertTrue(thrown.getMessage().contains("must be a non-empty name without spaces"),
          thrown.getMessage());
      assertTrue(thrown.getMessage().chars().noneMatch(Character::isISOControl),
          "the message holds no control character of the input: " + thrown.getMessage());
    }
  }

  @Test
  void plansOfThreeScopesKeepEachOthersFiles() throws IOException {
    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    app("b", "b", true).writeTo(root);

    assertHolds(base("Halt", true));
    assertHolds(app("a", "a", true));
    assertHolds(app("b", "b", true));
  }

  @Test
  void theManifestListsEachScopesItemsUnderItsScopeLine() throws IOException {
    base("Halt", false).writeTo(root);
    app("a", "a", true).writeTo(root);

    assertEquals("""
        podunits-manifest 1 complete
        dir stage1/rootfs/rkt
        dir stage1/rootfs/rkt/env
        scope pod
        file stage1/rootfs/usr/lib/systemd/system/default.target
        file stage1/rootfs/usr/lib/systemd/system/halt.target
        scope app/a
        file stage1/rootfs/usr/lib/systemd/system/a.service
        link stage1/rootfs/usr/lib/systemd/system/default.target.wants/a.service ../a.service
        file stage1/rootfs/rkt/env/a
        end
        """, Files.readString(root.resolve(Manifest.NAME)));
  }

  @Test
  void rewritingAnAppReplacesItsFilesAndRemovesOnlyItsStaleOnes() throws IOException {
    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    app("b", "b", true).writeTo(root);

    app("a", "a, changed", false).writeTo(root);

    assertEquals("[Unit]\nDescription=a, changed\n",
        Files.readString(root.resolve(UNITS.resolve("a.service"))));
    assertFalse(exists(ENV.resolve("a")));
    assertHolds(app("a", "a, changed", false));
    assertHolds(app("b", "b", true));
    assertHolds(base("Halt", true));
  }

  @Test
  void rewritingThePodRemovesOnlyStaleBaseEntriesAndKeepsTheApps() throws IOException {
    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    app("b", "b", true).writeTo(root);

    base("Halt, changed", false).writeTo(root);

    assertFalse(exists(UNITS.resolve("shutdown.service")));
    assertEquals("[Unit]\nDescription=Halt, changed\n",
        Files.readString(root.resolve(UNITS.resolve("halt.target"))));
    assertHolds(base("Halt, changed", false));
    assertHolds(app("a", "a", true));
    assertHolds(app("b", "b", true));
  }

  @Test
  void rewritingAnUnchangedScopeWritesNothingWhereverItsItemsAreListed() throws IOException {
    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    app("b", "b", true).writeTo(root);
    Path manifest = root.resolve(Manifest.NAME);
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(1_000_000_000L));
    Object inode = Files.getAttribute(manifest, "unix:ino");

    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    app("b", "b", true).writeTo(root);

    assertEquals(inode, Files.getAttribute(manifest, "unix:ino"));
    assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(manifest));
  }

  @Test
  void aPathWrittenByTwoScopesBelongsToTheLastWriter() throws IOException {
    Path shared = ENV.resolve("shared");
    UnitSet podWithShared = UnitSet.builder().addAll(base("Halt", true))
        .file(shared, "FROM=pod\n".getBytes(UTF_8), 0644, "failed shared").build();
    UnitSet appWithShared = UnitSet.builder().scope("app/a").addAll(app("a", "a", false))
        .file(shared, "FROM=a\n".getBytes(UTF_8), 0600, "failed shared").build();
    podWithShared.writeTo(root);

    appWithShared.writeTo(root);
    assertEquals("FROM=a\n", Files.readString(root.resolve(shared)));
    assertEquals(0600, Trees.mode(root.resolve(shared)));

    base("Halt", true).writeTo(root);
    assertEquals("FROM=a\n", Files.readString(root.resolve(shared)), "no longer the pod's");
    assertEquals(List.of(), appWithShared.differences(root));

    podWithShared.writeTo(root);
    assertEquals("FROM=pod\n", Files.readString(root.resolve(shared)), "the pod takes it back");
    app("a", "a", false).writeTo(root);
    assertTrue(exists(shared), "no longer app/a's");

    appWithShared.writeTo(root);
    app("a", "a", false).writeTo(root);
    assertFalse(exists(shared), "app/a wrote it last, and its plan now lacks it");
    assertHolds(base("Halt", true));
  }

  @Test
  void aLinkAnotherScopeWroteIsReplacedNotKeptAsSomeoneElses() throws IOException {
    Path link = WANTS.resolve("a.service");
    UnitSet.builder().link(link, "../old.service", "failed link").build().writeTo(root);

    app("a", "a", false).writeTo(root);

    assertEquals(Path.of("../a.service"), Files.readSymbolicLink(root.resolve(link)));
  }

  @Test
  void differencesReportStaleEntriesOfThePlansScopeOnly() throws IOException {
    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    app("b", "b", true).writeTo(root);

    assertEquals(List.of(new PlanDifference(PlanDifference.Kind.STALE, ENV.resolve("a"), "file",
        null)), app("a", "a", false).differences(root));
    assertEquals(List.of(new PlanDifference(PlanDifference.Kind.STALE,
        UNITS.resolve("shutdown.service"), "file", null)), base("Halt", false).differences(root));
    assertEquals(List.of(), app("c", "c", false).differences(root).stream()
        .filter(difference -> difference.kind() == PlanDifference.Kind.STALE).toList());
  }

  @Test
  void aManifestWithoutScopesReadsAsThePodScope() throws IOException {
    base("Halt", true).writeTo(root);
    Path manifest = root.resolve(Manifest.NAME);
    String legacy = Files.readString(manifest).replace("scope pod\n", "");
    assertFalse(legacy.contains("scope"), legacy);
    Files.writeString(manifest, legacy);

    app("a", "a", false).writeTo(root);
    assertHolds(base("Halt", true));
    base("Halt", false).writeTo(root);

    assertFalse(exists(UNITS.resolve("shutdown.service")));
    assertHolds(app("a", "a", false));
  }

  @Test
  void aDirectoryOneScopeCreatedStaysWhileAnotherNeedsItAndGoesAfter() throws IOException {
    app("a", "a", true).writeTo(root);
    UnitSet podWithEnv = UnitSet.builder().addAll(base("Halt", true))
        .file(ENV.resolve("pod"), "P=1\n".getBytes(UTF_8), 0644, "failed env").build();
    podWithEnv.writeTo(root);

    app("a", "a", false).writeTo(root);
    assertTrue(Files.isDirectory(root.resolve(ENV)));
    assertTrue(Files.readString(root.resolve(Manifest.NAME)).contains("dir " + ENV + "\n"),
        "still podunits's");

    base("Halt", true).writeTo(root);
    assertFalse(exists(ENV), "empty, and no scope needs it");
    assertFalse(exists(ENV.getParent()));
  }

  @Test
  void aFailedScopedWriteLeavesEveryScopeAsItWas() throws IOException {
    base("Halt", true).writeTo(root);
    app("a", "a", true).writeTo(root);
    Files.createDirectories(root.resolve(UNITS.resolve("blocked.service")));
    SortedMap<String, String> before = Trees.snapshot(root);
    UnitSet failing = UnitSet.builder().scope("app/a").addAll(app("a", "a, changed", false))
        .unit(UNITS.resolve("blocked.service"), unit("Description", "x"), "failed blocked")
        .build();

    UnitWriteException thrown = assertThrows(UnitWriteException.class, () -> failing.writeTo(root));

    assertTrue(thrown.getMessage().startsWith("failed blocked"), thrown.getMessage());
    assertEquals(before, Trees.snapshot(root));
  }

  @Test
  void aScopedRemovalThatFailsAfterTheCommitPutsEveryScopeBack() throws Exception {
    base("Halt", true).writeTo(root);
    UnitSet.builder().scope("app/a").addAll(app("a", "a", false))
        .file(Path.of("stage1/rootfs/opt/a/tool"), new byte[] {1}, 0755, "failed tool").build()
        .writeTo(root);
    app("b", "b", true).writeTo(root);
    SortedMap<String, String> before = Trees.snapshot(root);
    Path only = root.resolve("stage1/rootfs/opt/a");
    assumeTrue(Trees.chattr("+i", only), "chattr +i is not possible here (needs root and ext4 or tmpfs)");
    UnitWriteException thrown;
    try {
      thrown = assertThrows(UnitWriteException.class,
          () -> app("a", "a, changed", true).writeTo(root));
    } finally {
      Trees.chattr("-i", only);
    }

    assertTrue(thrown.getMessage().startsWith("failed to remove stage1/rootfs/opt/a/tool"),
        thrown.getMessage());
    assertEquals(before, Trees.snapshot(root));
  }
}
