package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.write.UnitSet;

/**
 * A mutable pod written as rkt writes it: the base units, then each added app into the same pod
 * root. Each plan has its own scope, so no write removes another's files.
 */
class MutablePodWriteTest {

  @TempDir Path root;

  private final Pod pod = Pod.builder(Pods.COREOS_233).mutable(true).build();

  @BeforeEach
  void writeStage1Image() throws IOException {
    Files.createDirectories(root.resolve(PodLayout.defaultWantsPath()));
    Files.createDirectories(root.resolve(PodLayout.socketsWantsPath()));
  }

  private void assertHolds(UnitSet plan) throws IOException {
    for (UnitSet.Entry entry : plan.entries()) {
      assertTrue(Files.exists(root.resolve(entry.path()), LinkOption.NOFOLLOW_LINKS),
          entry.path() + " of " + plan.scope() + " is missing");
    }
    assertEquals(List.of(), plan.differences(root), plan.scope());
  }

  private static Set<Path> paths(UnitSet plan) {
    Set<Path> paths = new HashSet<>();
    for (UnitSet.Entry entry : plan.entries()) {
      paths.add(entry.path());
    }
    return paths;
  }

  @Test
  void thePodsPlansHaveThePodScopeAndAnAddedAppItsOwn() {
    assertEquals(UnitSet.POD_SCOPE, PodUnits.mutableEnv(pod).scope());
    assertEquals(UnitSet.POD_SCOPE, PodUnits.immutableEnv(Pods.pod(Pods.hello().build())).scope());
    assertEquals("app/hello", PodUnits.appAdd(pod, Pods.hello().build()).scope());
  }

  @Test
  void theBaseAndTwoAddedAppsKeepEachOthersFilesThroughRewrites() throws IOException {
    UnitSet base = PodUnits.mutableEnv(pod);
    UnitSet helloStreaming = PodUnits.appAdd(pod, Pods.hello().stdout(IoMode.STREAM).build());
    UnitSet second = PodUnits.appAdd(pod, Pods.second().build());

    base.writeTo(root);
    helloStreaming.writeTo(root);
    second.writeTo(root);

    assertHolds(base);
    assertHolds(helloStreaming);
    assertHolds(second);
    assertTrue(Files.exists(root.resolve(
        PodLayout.typedUnitPath("prepare-app@", "service"))), "the base's template");

    UnitSet hello = PodUnits.appAdd(pod, Pods.hello().build());
    Set<Path> streamingOnly = paths(helloStreaming);
    streamingOnly.removeAll(paths(hello));
    assertFalse(streamingOnly.isEmpty(), "streaming adds files the plain app lacks");
    hello.writeTo(root);
    base.writeTo(root);

    for (Path gone : streamingOnly) {
      assertFalse(Files.exists(root.resolve(gone), LinkOption.NOFOLLOW_LINKS),
          gone + " is stale in app/hello");
    }
    assertHolds(base);
    assertHolds(hello);
    assertHolds(second);
  }
}
