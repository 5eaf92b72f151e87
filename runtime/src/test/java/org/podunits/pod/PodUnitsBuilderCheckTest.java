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
  void aBrokenAppDoesNotHideThePlanProblemsOfTheOthers() {
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
  void anAppMountingAVolumeThatCouldNotBeMadeIsNotPlanned() {
    Pod.Builder pod = Pod.builder(Pods.COREOS_233)
        .hostVolume("logs", "var/log")
        .app(Pods.hello().mount("logs", "/logs", false).option("Service", "LimitNOFLE", "1"))
        .app(Pods.second().mount("missing", "/data", false));
    assertEquals(List.of("path-relative volumes[logs].source", "volume-missing apps[second].mounts[0].volume"),
        shown(PodUnits.check(pod)));
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
