package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PodUnits#check(Pod.Builder)}: every problem of a pod that does not build yet, its
 * builder's and those of planning the parts that are valid, in one list.
 */
class PodUnitsBuilderCheckTest {

  private static List<String> shown(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.code() + " " + d.path()).toList();
  }

  @Test
  void aBrokenAppHidesNoPlanProblemOfTheOthers() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .app(App.builder("broken").image("example.com/broken").exec("bin/broken"))
        .app(Pods.hello().option("Service", "LimitNOFLE", "1").retainSyscalls("read", "ptrce"));
    assertEquals(List.of("exec-relative apps[broken].exec[0]", "seccomp-name-unknown apps[hello].seccomp.retain[1]",
        "option-unknown-directive apps[hello].options[0].name"), shown(PodUnits.check(pod)));
  }

  @Test
  void aDuplicateAppNameHidesOnlyTheLaterAppsPlan() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .app(Pods.hello().stdout(IoMode.STREAM))
        .app(Pods.hello().option("Service", "LimitNOFLE", "1"))
        .app(Pods.second().option("Socket", "Backlog", "5"));
    assertEquals(List.of("app-duplicate apps[hello]", "option-wrong-section apps[second].options[0].section"),
        shown(PodUnits.check(pod)));
  }

  @Test
  void theMountsOfAVolumeThatCouldNotBeMadeAreNotPlannedButTheRestOfTheAppIs() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .hostVolume("logs", "var/log")
        .app(Pods.hello().mount("logs", "/logs", false).option("Service", "LimitNOFLE", "1"))
        .app(Pods.second().mount("missing", "/data", false));
    assertEquals(List.of("path-relative volumes[logs].source", "option-unknown-directive apps[hello].options[0].name",
        "volume-missing apps[second].mounts[0].volume"), shown(PodUnits.check(pod)));
  }

  @Test
  void anAppsBrokenSettingHidesNoneOfItsOtherPlanProblems() {
    Pod.Builder pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 230))
        .app(App.builder("web").exec("bin/web").memory("lots").stdout(IoMode.STREAM).retainSyscalls("ptrce")
            .mount("data", "/data", false).postStop("cleanup").option("Service", "LimitNOFLE", "1"));
    assertEquals(List.of("quantity-malformed apps[web].resources.memory", "image-missing apps[web].image",
        "exec-relative apps[web].exec[0]", "attachable-io-unsupported apps[web].stdout",
        "volume-missing apps[web].mounts[0].volume", "seccomp-name-unknown apps[web].seccomp.retain[0]",
        "handler-program-relative apps[web].eventHandlers[0].exec[0]",
        "option-unknown-directive apps[web].options[0].name"), shown(PodUnits.check(pod)));
  }

  @Test
  void aBrokenPartThatPlanningChecksIsLeftOutWithWhatItsCheckNeeds() {
    Pod.Builder pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 230))
        .app(Pods.hello().stdio(IoMode.TTY, IoMode.STREAM, IoMode.LOG).mount("data", "data", false)
            .mount("missing", "/m", false).option("Service", "Nice", "1\n2").option("Service", "LimitNOFLE", "1")
            .retainSyscalls("ptrce"));
    // Not planned: the streams (attachable I/O on 230) and the mount of "missing".
    assertEquals(List.of("path-relative", "option-invalid", "stdio-stream-and-tty", "seccomp-name-unknown",
        "option-unknown-directive"),
        PodUnits.check(pod).stream().map(Diagnostic::code).toList());
  }

  @Test
  void invalidPodSettingsHideNoAppsPlan() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .annotation("Bad Name", "x")
        .metadataUrl("http://meta data")
        .hostPort("http", 0)
        .app(Pods.hello().retainSyscalls("ptrce"));
    List<String> builder = shown(pod.problems());
    List<String> expected = new ArrayList<>(builder);
    expected.add("seccomp-name-unknown apps[hello].seccomp.retain[0]");
    assertEquals(3, builder.size(), builder::toString);
    assertEquals(expected, shown(PodUnits.check(pod)));
  }

  @Test
  void withoutAStage1NothingIsPlanned() {
    Pod.Builder pod = Pod.builder(null).app(Pods.hello().option("Service", "LimitNOFLE", "1"));
    assertEquals(List.of("value-null stage1"), shown(PodUnits.check(pod)));
  }

  @Test
  void aMutablePodChecksAddingEachValidApp() {
    Pod.Builder pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 230)).mutable(true)
        .app(App.builder("broken").image("example.com/broken").exec("bin/broken"))
        .app(Pods.hello().stdout(IoMode.STREAM));
    assertEquals(List.of("exec-relative apps[broken].exec[0]", "attachable-io-unsupported apps[hello].stdout"),
        shown(PodUnits.check(pod)));
  }

  @Test
  void aBuilderWithoutErrorsIsCheckedAsThePodItBuilds() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233).app(Pods.hello().option("Service", "LimitNOFLE", "1"));
    List<Diagnostic> expected = new ArrayList<>(pod.problems());
    expected.addAll(PodUnits.check(pod.build()));
    assertEquals(expected, PodUnits.check(pod));
  }
}
