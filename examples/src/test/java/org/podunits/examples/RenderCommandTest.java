package org.podunits.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podunits.pod.PodUnits;
import org.podunits.write.UnitSet;

/** {@code podunits render}: example pods, users' pods on a class path, and the dry run. */
class RenderCommandTest {

  @TempDir Path dir;

  private Path units() {
    return dir.resolve("stage1/rootfs/usr/lib/systemd/system");
  }

  @Test
  void renderWritesEveryEntryAndSummarisesIt() throws Exception {
    CliRun run = CliRun.of("render", "web", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(Files.isRegularFile(units().resolve("nginx.service")));
    assertTrue(Files.isRegularFile(units().resolve("nginx.socket")));
    assertTrue(Files.isRegularFile(units().resolve("nginx-stdout.socket")));
    assertTrue(Files.isSymbolicLink(units().resolve("default.target.wants/log-shipper.service")));
    assertTrue(run.out().contains("Rendered pod \"web\" (nginx, log-shipper; stage1 coreos, systemd 252)"), run.out());
    assertTrue(run.out().contains("stage1/rootfs/usr/lib/systemd/system/nginx.service"), run.out());
    assertTrue(run.out().contains(" 0 errors, "), run.out());
  }

  @Test
  void everyExamplePodRendersWithoutCatalogueErrors() {
    for (String name : ExamplePods.all().keySet()) {
      CliRun run = CliRun.of("render", name, dir.resolve(name).toString());
      assertEquals(0, run.status(), run.toString());
      assertTrue(run.out().contains(" 0 errors, "), name + ": " + run.out());
    }
  }

  @Test
  void renderNotesWhatRktWouldWarnAbout() {
    CliRun run = CliRun.of("render", "from-data", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("  note: app \"worker\": no volume for the mount point at /tmp; it gets the empty"
        + " volume \"worker-tmp\", removed with the pod"), run.out());
  }

  @Test
  void unknownPodIsAUsageErrorNamingTheChoices() {
    CliRun run = CliRun.of("render", "nope", dir.toString());
    assertEquals(Main.USAGE, run.status());
    assertEquals("podunits: no example pod named \"nope\"; choose one of [web, batch, locked-down, from-data], or give --class"
        + " for a pod of your own\nTry 'podunits render --help' for more information.\n", run.err());
  }

  @Test
  void dryRunPrintsEveryEntryLikeQuadletAndWritesNothing() throws Exception {
    CliRun run = CliRun.of("render", "--dry-run", "batch", dir.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals(0, Files.list(dir).count(), "a dry run writes nothing");
    UnitSet plan = PodUnits.immutableEnv(ExamplePods.batch());
    StringBuilder expected = new StringBuilder();
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        expected.append("---").append(entry.path()).append("---\n").append(unit.unit().serialize());
      } else if (entry instanceof UnitSet.LinkEntry link) {
        expected.append("---").append(entry.path()).append(" -> ").append(link.target()).append("---\n");
      } else {
        UnitSet.FileEntry file = (UnitSet.FileEntry) entry;
        expected.append(String.format("---%s (mode %04o)---\n", entry.path(), file.mode())).append(file.text());
      }
    }
    assertEquals(expected.toString(), run.out());
    assertTrue(run.out().contains("---stage1/rootfs/usr/lib/systemd/system/report.service---\n[Unit]\n"), run.out());
    assertTrue(run.err().lines().allMatch(line -> line.startsWith("podunits: ")), run.err());
  }

  @Test
  void rendersAUsersSupplierOfPod() throws Exception {
    Path classes = dir.resolve("classes");
    UserClasses.compile(classes, Map.of("com.example.HelloPod", """
        package com.example;
        public final class HelloPod implements java.util.function.Supplier<org.podunits.pod.Pod> {
          @Override public org.podunits.pod.Pod get() {
        """ + UserClasses.POD + """
          }
        }
        """));
    Path root = dir.resolve("pod");
    CliRun run = CliRun.of("render", "--class", "com.example.HelloPod", "--classpath", classes.toString(), root.toString());
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("Rendered pod com.example.HelloPod (hello; stage1 coreos, systemd 252)"), run.out());
    assertTrue(Files.readString(root.resolve("stage1/rootfs/usr/lib/systemd/system/hello.service"))
        .contains("\"/bin/hello\" \"--loud\""));
  }

  @Test
  void rendersASpecThroughItsGeneratedBuilder() throws Exception {
    Path classes = dir.resolve("classes");
    UserClasses.compile(classes, Map.of(
        "com.example.HelloSpec", "package com.example;\npublic interface HelloSpec {}\n",
        "com.example.HelloSpecUnits", """
            package com.example;
            public final class HelloSpecUnits {
              private HelloSpecUnits() {}
              public static Builder builder() { return new Builder(); }
              public static final class Builder {
                public org.podunits.pod.Pod pod() {
            """ + UserClasses.POD + """
                }
              }
            }
            """));
    for (String className : new String[] {"com.example.HelloSpec", "com.example.HelloSpecUnits"}) {
      CliRun run = CliRun.of("render", "--dry-run", "--class=" + className, "-cp", classes.toString());
      assertEquals(0, run.status(), run.toString());
      assertTrue(run.out().contains("---stage1/rootfs/usr/lib/systemd/system/hello.service---\n"), run.out());
    }
  }

  @Test
  void aSpecWhoseBuilderNeedsFactsIsAUsageErrorThatSaysWhatToDo() throws Exception {
    Path classes = dir.resolve("classes");
    UserClasses.compile(classes, Map.of(
        "com.example.SiteSpec", "package com.example;\npublic interface SiteSpec {}\n",
        "com.example.SiteSpecUnits", """
            package com.example;
            public final class SiteSpecUnits {
              private SiteSpecUnits() {}
              public static Object builder(String siteSource) { return siteSource; }
            }
            """));
    CliRun run = CliRun.of("render", "--class", "com.example.SiteSpec", "--classpath", classes.toString(),
        dir.toString());
    assertEquals(Main.USAGE, run.status(), run.toString());
    assertTrue(run.err().startsWith("podunits: com.example.SiteSpecUnits.builder needs run-time facts"
        + " [java.lang.String"), run.err());
    assertTrue(run.err().contains("write a Supplier<Pod> that calls it with them"), run.err());
  }

  @Test
  void aClassThatIsNoPodIsAUsageError() throws Exception {
    Path classes = dir.resolve("classes");
    UserClasses.compile(classes, Map.of("com.example.Nothing", "package com.example;\npublic class Nothing {}\n"));
    CliRun run = CliRun.of("render", "--class", "com.example.Nothing", "--classpath", classes.toString(), dir.toString());
    assertEquals(Main.USAGE, run.status(), run.toString());
    assertTrue(run.err().startsWith("podunits: com.example.Nothing is neither a Supplier<Pod> nor a pod spec with a"
        + " generated NothingUnits.builder() on the class path"), run.err());
  }

  @Test
  void aMissingClassOrClassPathIsAUsageError() {
    CliRun missingClass = CliRun.of("render", "--class", "com.example.Missing", "--classpath", dir.toString());
    assertEquals(Main.USAGE, missingClass.status(), missingClass.toString());
    assertTrue(missingClass.err().startsWith("podunits: class com.example.Missing is not on the class path"),
        missingClass.err());

    CliRun missingPath = CliRun.of("render", "--class", "com.example.X", "--classpath", dir.resolve("app.jar").toString());
    assertEquals(Main.USAGE, missingPath.status(), missingPath.toString());
    assertTrue(missingPath.err().startsWith("podunits: class path entry " + dir.resolve("app.jar") + " does not exist"),
        missingPath.err());
  }

  @Test
  void classTakesOnlyADirectory() {
    CliRun run = CliRun.of("render", "--class", "com.example.X", "web", dir.toString());
    assertEquals(Main.USAGE, run.status(), run.toString());
    assertTrue(run.err().startsWith("podunits: with --class, give only the pod root DIR"), run.err());
    assertFalse(Files.exists(dir.resolve("stage1")));
  }

  @Test
  void classPathWithoutClassIsAUsageError() {
    CliRun run = CliRun.of("render", "--classpath", dir.toString());
    assertEquals(Main.USAGE, run.status(), run.toString());
    assertTrue(run.err().startsWith("podunits: --classpath needs --class"), run.err());
  }
}
