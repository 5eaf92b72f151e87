package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rkt's GenerateMounts (stage1-units.md §11.2 and §11.3) through {@link AppMounts#of}. */
class AppMountsTest {

  private static final Volume FOO = Volume.host("foo-mount", "/host/foo").withReadOnly(false);
  private static final Volume FOO_MP = Volume.host("foo-mp", "/host/bar").withReadOnly(false);

  private static Pod pod(App app, Volume... volumes) {
    Pod.Builder builder = Pod.builder(Pods.COREOS_233).app(app);
    for (Volume volume : volumes) {
      builder.volume(volume);
    }
    return builder.build();
  }

  @Test
  void aMountUsesThePodVolumeOfItsName() {
    App app = Pods.hello().mount("foo-mount", "/app/foo", false).build();

    assertEquals(List.of(new AppMounts.Resolved("/app/foo", FOO, false, false)),
        AppMounts.of(pod(app, FOO), app));
  }

  @Test
  void aMountPointUsesThePodVolumeOfItsNameAndIgnoresTheOthers() {
    App app = Pods.hello().mountPoint("foo-mp", "/app/foo-mp", false).build();

    assertEquals(List.of(new AppMounts.Resolved("/app/foo-mp", FOO_MP, false, false)),
        AppMounts.of(pod(app, FOO, FOO_MP), app));
  }

  @Test
  void aVolumeTheMountBringsAlongWinsOverThePodVolume() {
    Volume overridden = Volume.host("foo-mount", "/host/overridden");
    App app = Pods.hello().mount(Mount.of("foo-mount", "/app/foo").withAppVolume(overridden)).build();

    assertEquals(List.of(new AppMounts.Resolved("/app/foo", overridden, false, false)),
        AppMounts.of(pod(app, FOO, FOO_MP), app));
  }

  /** §11.2: the pod volume's flag, when set, overrides the image mount point's. */
  @ParameterizedTest
  @CsvSource({
      "false, , false",
      "false, false, false",
      "false, true, true",
      "true, , true",
      "true, false, false",
      "true, true, true",
  })
  void theVolumesReadOnlyFlagOverridesTheMountPoints(boolean mountPointReadOnly, Boolean volumeReadOnly,
      boolean expected) {
    Volume volume = new Volume("foo-mount", Volume.Kind.HOST, "/host/foo", Optional.ofNullable(volumeReadOnly), false);
    App viaMount = Pods.hello().mountPoint("foo-mount", "/app/foo", mountPointReadOnly)
        .mount("foo-mount", "/app/foo", false).build();
    App viaMountPoint = Pods.hello().mountPoint("foo-mount", "/app/foo", mountPointReadOnly).build();

    assertEquals(expected, AppMounts.of(pod(viaMount, volume), viaMount).get(0).readOnly());
    assertEquals(expected, AppMounts.of(pod(viaMountPoint, volume), viaMountPoint).get(0).readOnly());
  }

  @Test
  void aMountIsReadOnlyWhenItSaysSoEvenWithoutAMountPoint() {
    Volume data = Volume.host("data", "/srv/data");
    App app = Pods.hello().mount("data", "/data", true).build();

    assertEquals(true, AppMounts.of(pod(app, data), app).get(0).readOnly());
  }

  @Test
  void aMountPointAtAPathTheAppMountsIsLeftAlone() {
    App app = Pods.hello().mount("foo-mount", "/app/foo/", false)
        .mountPoint("other", "/app/foo", true).build();

    assertEquals(List.of(new AppMounts.Resolved("/app/foo", FOO, false, false)),
        AppMounts.of(pod(app, FOO), app));
  }

  @Test
  void aMountPointWithoutAVolumeGetsAnEmptyVolumeOfTheAppsOwn() {
    App app = Pods.hello().mountPoint("cache", "/var/cache", true).mountPoint("work", "/work", false).build();

    assertEquals(List.of(
            new AppMounts.Resolved("/var/cache", Volume.empty("hello-cache"), true, true),
            new AppMounts.Resolved("/work", Volume.empty("hello-work"), false, true)),
        AppMounts.of(pod(app), app));
  }

  @Test
  void mountsComeFirstThenMountPointsEachInOrder() {
    App app = Pods.hello().mountPoint("foo-mp", "/b", false).mount("foo-mount", "/a", false)
        .mountPoint("cache", "/c", false).build();

    assertEquals(List.of("/a", "/b", "/c"),
        AppMounts.of(pod(app, FOO, FOO_MP), app).stream().map(AppMounts.Resolved::path).toList());
  }
}
