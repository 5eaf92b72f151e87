package org.podunits.boot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podunits.pod.App;
import org.podunits.pod.GoldenPods;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;

/** Boots each kind of plan the way rkt runs it, and checks it with {@link BootExpectations}. */
public final class PodBoots {

  /** How many pods boot at once: each is about one second of mostly waiting, on two cores. */
  static final int PARALLEL = 4;

  private static final String IMMUTABLE_STOP = "Stopping shutdown.service";
  private static final String MUTABLE_STOP = "Started shutdown.service";

  private PodBoots() {}

  /** Why this machine cannot boot pods, or empty if it can. */
  public static Optional<String> unavailable() {
    return PodBoot.unavailable();
  }

  /** What the pods booted under {@code work} left running (cgroups) or mounted: nothing, once they are done. */
  public static List<String> leftovers(Path work) throws IOException {
    return PodBoot.leftovers(work);
  }

  /**
   * Boots an immutable pod (rkt's run): every app runs, exits, and the pod stops.
   *
   * @return the mismatches, empty if the pod did what its units say
   */
  public static List<String> bootImmutable(Pod pod, Path work) throws IOException, InterruptedException {
    UnitSet plan = PodUnits.immutableEnv(pod);
    PodBoot.Result result = PodBoot.boot(plan, pod.apps(), BootExpectations.conf(pod.apps(), Map.of()), work,
        Optional.empty());
    return BootExpectations.check(pod, pod.apps(), plan, result, Map.of(), IMMUTABLE_STOP);
  }

  /** Boots a golden pod as its kind says. */
  static List<String> boot(GoldenPods.GoldenPod golden, Path work) throws IOException, InterruptedException {
    return switch (golden.kind()) {
      case IMMUTABLE -> bootImmutable(golden.pod(), work);
      case MUTABLE -> bootMutable(golden.pod(), List.of(), work);
      case APP_ADD -> bootMutable(golden.pod(), List.of(golden.added().orElseThrow()), work);
    };
  }

  /**
   * Boots a mutable pod (rkt's run with --mutable), adds each app to it as rkt's app add and app
   * start do (write the app_add plan, reload, start the service), waits for them and stops the
   * pod (halt.target, whose shutdown.service exits the pod).
   */
  public static List<String> bootMutable(Pod pod, List<App> added, Path work) throws IOException, InterruptedException {
    UnitSet base = PodUnits.mutableEnv(pod);
    UnitSet.Builder all = UnitSet.builder().addAll(base);
    for (App app : added) {
      all.addAll(PodUnits.appAdd(pod, app));
    }
    PodBoot.Result result = PodBoot.boot(base, added, BootExpectations.conf(added, Map.of()), work,
        Optional.of(running -> {
          running.awaitStartup();
          // Each app's plan is written alone, as rkt's app add does: its scope keeps the pod's
          // own units and the apps added before in place.
          for (App app : added) {
            running.write(PodUnits.appAdd(pod, app));
            running.systemctl("daemon-reload");
            running.systemctl("start", app.name() + ".service");
          }
          for (App app : added) {
            waitInactive(running, app.name() + ".service");
            // The reaper stops once its app is gone (StopWhenUnneeded=) and records the exit
            // status as it stops; halting the pod while that stop is still queued races it.
            waitInactive(running, "reaper-" + app.name() + ".service");
          }
          running.systemctl("start", "--no-block", "halt.target");
        }));
    return BootExpectations.check(pod, added, all.build(), result, Map.of(), MUTABLE_STOP);
  }

  private static void waitInactive(PodBoot.Running running, String unit) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 200; attempt++) {
      String state = running.systemctl("is-active", unit).trim();
      if (!state.equals("active") && !state.equals("activating") && !state.equals("deactivating")) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IOException(unit + " is still active after 10 s");
  }

  /**
   * Boots a pod whose app's seccomp filter kills (SIGSYS) any program as large as the recorder:
   * the filter is in force from the app's first instruction, and OnFailure=halt.target takes the
   * pod down.
   */
  static List<String> bootKilledBySeccomp(Pod pod, Path work) throws IOException, InterruptedException {
    UnitSet plan = PodUnits.immutableEnv(pod);
    PodBoot.Result result = PodBoot.boot(plan, pod.apps(), BootExpectations.conf(pod.apps(), Map.of()), work,
        Optional.empty());
    List<String> failures = new ArrayList<>();
    for (App app : pod.apps()) {
      String killed = app.name() + ".service: Main process exited, code=killed, status=31/SYS";
      if (!result.journal().managerMessages().contains(killed)) {
        failures.add("expected \"" + killed + "\"; the pod's manager said " + result.journal().managerMessages());
      }
    }
    if (result.exitCode() != 0) {
      failures.add("systemd-nspawn exited with " + result.exitCode() + " (-1: killed at the timeout)");
    }
    return failures;
  }

  /**
   * Boots {@code pod} planned for {@code systemd}, with rkt's bytes where podunits fixes them, and
   * returns the mismatches: the boot test must see rkt's bug there.
   */
  static List<String> bootWithRktBytes(Pod pod, int systemd, Path work) throws IOException, InterruptedException {
    return bootImmutable(pod.withStage1(Stage1.of(pod.stage1().flavor(), systemd)), work);
  }

  /** An api that runs as 65534 and retains the one capability it needs to bind its port 443. */
  static Pod nonRootBinder() {
    return Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252)).app(App.builder("api").image("example.com/api")
        .exec("/opt/api/bin/api", "--listen", ":443").user(65534).group(65534)
        .retainCapabilities("CAP_NET_BIND_SERVICE").port("https", "tcp", 443, false).build()).build();
  }

  /** A pod whose app fails: OnFailure=halt.target takes the pod down. */
  static List<String> bootFailing(Path work) throws IOException, InterruptedException {
    App app = App.builder("failing").image("example.com/failing").exec("/bin/failing", "--fail").build();
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252)).app(app).build();
    UnitSet plan = PodUnits.immutableEnv(pod);
    Map<String, Integer> statuses = Map.of("failing", 3);
    PodBoot.Result result = PodBoot.boot(plan, pod.apps(), BootExpectations.conf(pod.apps(), statuses), work,
        Optional.empty());
    return BootExpectations.check(pod, pod.apps(), plan, result, statuses, "Reached target halt.target");
  }
}
