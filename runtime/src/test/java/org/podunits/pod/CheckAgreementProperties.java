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
 * And checking a builder ({@link PodUnits#check(Pod.Builder)}) with a broken part finds the
 * builder's problems and exactly the planning problems the pod has once that part is fixed: a
 * broken part hides nothing else, and invents nothing.
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

  /**
   * A way to break a pod builder, and the same change made without the mistake. Checking the broken
   * builder must find its own problems and exactly the planning problems of the fixed pod.
   */
  record Break(String name, UnaryOperator<Pod.Builder> broken, UnaryOperator<Pod.Builder> fixed) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Break> BREAKS = List.of(
      new Break("an app with a relative command",
          pod -> pod.app(extra("/bin/extra").exec("bin/extra")), pod -> pod.app(extra("/bin/extra"))),
      new Break("an app with a relative mount path",
          pod -> pod.app(extra("/bin/extra").mount("data", "data", false)),
          pod -> pod.app(extra("/bin/extra").mount("data", "/data", false))),
      new Break("an app mixing stream and tty",
          pod -> pod.app(extra("/bin/extra").stdio(IoMode.TTY, IoMode.STREAM, IoMode.LOG)),
          pod -> pod.app(extra("/bin/extra").stdio(IoMode.LOG, IoMode.LOG, IoMode.LOG))),
      new Break("an app with an invalid option",
          pod -> pod.app(extra("/bin/extra").option("Service", "Nice", "1\n2")),
          pod -> pod.app(extra("/bin/extra"))),
      new Break("an app with a handler without a command",
          pod -> pod.app(extra("/bin/extra").postStop().option("Service", "ExecStart", "/bin/x")),
          pod -> pod.app(extra("/bin/extra"))),
      new Break("an app repeating a name",
          pod -> pod.app(App.builder("app").image("example.com/again").exec("/bin/again").option("Socket", "Backlog", "5")),
          pod -> pod),
      new Break("an app with an invalid name",
          pod -> pod.app(App.builder("Bad").image("example.com/bad").exec("/bin/bad").option("Socket", "Backlog", "5")),
          pod -> pod),
      new Break("a mounted host volume with a relative source",
          pod -> pod.hostVolume("logs", "var/log").app(extra("/bin/extra").mount("logs", "/logs", false)),
          pod -> pod.app(extra("/bin/extra"))),
      new Break("a repeated and an invalid volume",
          pod -> pod.emptyVolume("data").emptyVolume("Bad Name"), pod -> pod),
      new Break("invalid pod settings",
          pod -> pod.annotation("Bad Name", "x").metadataUrl("http://meta data").hostPort("http", 0), pod -> pod));

  /** An app with problems only planning finds: an unknown option, a stream, a seccomp typo, a plain handler. */
  private static App.Builder extra(String exec) {
    return App.builder("extra").image("example.com/extra").exec(exec).stdout(IoMode.STREAM)
        .option("Service", "LimitNOFLE", "1").retainSyscalls("read", "ptrce").postStop("cleanup");
  }

  @Property(tries = 300, seed = "20261130")
  void aBrokenPartHidesNoProblemOfTheRest(@ForAll("pods") Pod pod, @ForAll("breaks") Break brk) {
    Pod.Builder broken = brk.broken().apply(pod.toBuilder());
    List<Diagnostic> expected = new ArrayList<>(broken.problems());
    assertTrue(expected.stream().anyMatch(Diagnostic::isError), expected::toString);
    expected.addAll(PodUnits.check(brk.fixed().apply(pod.toBuilder()).build()));
    assertEquals(expected, PodUnits.check(broken));
  }

  @Property(tries = 200, seed = "20261130")
  void aBrokenPartHidesNoProblemOfAddingTheOtherApps(@ForAll("pods") Pod pod, @ForAll("breaks") Break brk) {
    Pod.Builder mutable = pod.toBuilder().mutable(true);
    Pod.Builder broken = brk.broken().apply(pod.toBuilder().mutable(true));
    Pod fixed = brk.fixed().apply(mutable).build();
    List<Diagnostic> expected = new ArrayList<>(broken.problems());
    for (App app : fixed.apps()) {
      expected.addAll(PodUnits.check(fixed, app));
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
  Arbitrary<Break> breaks() {
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
