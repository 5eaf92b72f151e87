package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PodUnits#check} and planning agree: a plan is refused exactly when the check reports an
 * error, with the same list, for pods mixing what each stage1 refuses (attachable I/O, plain
 * handler programs, seccomp names and groups, missing volumes, extra options) with what it takes.
 * And checking a builder ({@link PodUnits#check(Pod.Builder)}) that has a broken part besides
 * those pods finds the builder's problems and every problem the pod alone has: a broken part hides
 * nothing else.
 */
class CheckAgreementProperties {

  private static final List<String> SECCOMP_NAMES = List.of(
      "read", "ptrce", "@systemd/clock", "@systemd/system-service", "@systemd/bogus", "@docker/default-blacklist",
      "@noslash", "cacheflush", "@appc.io/all");

  private static final List<List<String>> OPTIONS = List.of(
      List.of("Service", "LimitNOFILE", "65536"), List.of("Service", "LimitNOFLE", "1"),
      List.of("Service", "ProtectHome", "yes"), List.of("Service", "BlockIOWeight", "100"),
      List.of("Socket", "Backlog", "5"), List.of("Service", "Nice", "many"));

  @Provide
  Arbitrary<Pod> pods() {
    Arbitrary<Stage1> stage1 = Combinators.combine(
        Arbitraries.of(Stage1.Flavor.values()), Arbitraries.of(215, 229, 230, 231, 232, 233, 238, 239, 252))
        .as(Stage1::of);
    Arbitrary<IoMode> modes = Arbitraries.of(IoMode.LOG, IoMode.NULL, IoMode.STREAM);
    Arbitrary<App> apps = Combinators.combine(
        modes, modes, Arbitraries.of("/bin/true", "true"), Arbitraries.of(SECCOMP_NAMES).list().ofMaxSize(3),
        Arbitraries.of("data", "missing").list().ofMaxSize(2), Arbitraries.of(OPTIONS).list().ofMaxSize(2),
        Arbitraries.of(true, false))
        .as((stdout, stderr, handler, syscalls, volumes, options, logPath) -> {
          App.Builder app = App.builder("app").image("example.com/app").exec("/bin/app").stdout(stdout)
              .stderr(stderr).postStop(handler);
          if (!syscalls.isEmpty()) {
            app.retainSyscalls(syscalls.toArray(String[]::new));
          }
          for (int i = 0; i < volumes.size(); i++) {
            app.mount(volumes.get(i), "/mnt/" + i, false);
          }
          for (List<String> option : options) {
            app.option(option.get(0), option.get(1), option.get(2));
          }
          if (logPath) {
            app.kubernetesLogPath("/var/log/app.log");
          }
          return app.build();
        });
    return Combinators.combine(stage1, apps, Arbitraries.of(Architecture.AMD64, Architecture.ARM),
        Arbitraries.of(LogMode.values()).injectNull(0.5))
        .as((s, app, architecture, logMode) -> Pod.builder(s).emptyVolume("data").architecture(architecture)
            .logMode(logMode).app(app).build());
  }

  /** Ways to break a pod builder that leave the pod's own apps, volumes and settings as they are. */
  private static final List<UnaryOperator<Pod.Builder>> BREAKS = List.of(
      pod -> pod.app(App.builder("broken").image("example.com/broken").exec("bin/broken").option("Service", "X", "")),
      pod -> pod.app(App.builder("app").image("example.com/again").exec("/bin/again").option("Socket", "Backlog", "5")),
      pod -> pod.hostVolume("logs", "var/log").app(App.builder("logger").image("example.com/logger").exec("/bin/log")
          .mount("logs", "/logs", false).retainSyscalls("ptrce")),
      pod -> pod.emptyVolume("data").emptyVolume("Bad Name"),
      pod -> pod.annotation("Bad Name", "x").metadataUrl("http://meta data").hostPort("http", 0),
      pod -> pod.app(App.builder("Bad").image("example.com/bad").exec("/bin/bad")));

  @Property(tries = 300, seed = "20261130")
  void aBrokenPartHidesNoProblemOfTheRest(@ForAll("pods") Pod pod, @ForAll("breaks") UnaryOperator<Pod.Builder> brk) {
    Pod.Builder broken = brk.apply(pod.toBuilder());
    List<Diagnostic> expected = new ArrayList<>(broken.problems());
    assertTrue(expected.stream().anyMatch(Diagnostic::isError), expected::toString);
    expected.addAll(PodUnits.check(pod));
    assertEquals(expected, PodUnits.check(broken));
  }

  @Property(tries = 200, seed = "20261130")
  void aBrokenPartHidesNoProblemOfAddingTheOtherApps(@ForAll("pods") Pod pod,
      @ForAll("breaks") UnaryOperator<Pod.Builder> brk) {
    Pod mutable = pod.toBuilder().mutable(true).build();
    Pod.Builder broken = brk.apply(mutable.toBuilder());
    List<Diagnostic> expected = new ArrayList<>(broken.problems());
    for (App app : mutable.apps()) {
      expected.addAll(PodUnits.check(mutable, app));
    }
    assertEquals(expected, PodUnits.check(broken));
  }

  @Property(tries = 200, seed = "20261130")
  void aBuilderWithoutErrorsIsCheckedAsThePodItBuilds(@ForAll("pods") Pod pod) {
    List<Diagnostic> expected = new ArrayList<>(pod.toBuilder().problems());
    expected.addAll(PodUnits.check(pod));
    assertEquals(expected, PodUnits.check(pod.toBuilder()));
  }

  @Provide
  Arbitrary<UnaryOperator<Pod.Builder>> breaks() {
    return Arbitraries.of(BREAKS);
  }

  @Property(tries = 500, seed = "20261130")
  void planningIsRefusedExactlyWhenTheCheckHasAnError(@ForAll("pods") Pod pod) {
    List<Diagnostic> checked = PodUnits.check(pod);
    if (checked.stream().anyMatch(Diagnostic::isError)) {
      assertEquals(checked, assertThrows(InvalidPodException.class, () -> PodUnits.immutableEnv(pod)).diagnostics());
    } else {
      PodUnits.immutableEnv(pod);
    }
  }

  @Property(tries = 300, seed = "20261130")
  void addingAnAppIsRefusedExactlyWhenItsCheckHasAnError(@ForAll("pods") Pod pod) {
    Pod mutable = pod.toBuilder().mutable(true).build();
    App app = pod.apps().get(0);
    List<Diagnostic> checked = PodUnits.check(mutable, app);
    if (checked.stream().anyMatch(Diagnostic::isError)) {
      assertEquals(checked, assertThrows(InvalidPodException.class, () -> PodUnits.appAdd(mutable, app)).diagnostics());
    } else {
      PodUnits.appAdd(mutable, app);
    }
  }
}
