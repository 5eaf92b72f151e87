package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared part of every generated builder, through a subclass shaped as the processor writes them. */
class GeneratedPodBuilderTest {

  /** A one-app spec with a port {@code http} and a port {@code admin}. */
  private static final class WebBuilder extends GeneratedPodBuilder<WebBuilder> {
    WebBuilder() {
      super(Pods.COREOS_233);
    }

    App.Builder webAppBuilder() {
      App.Builder app = App.builder("web")
          .image("example.com/web")
          .exec("/bin/web")
          .env("LANG", "C.UTF-8")
          .port("http", Protocol.TCP, 80, false)
          .port("admin", Protocol.TCP, 81, false);
      return withAddedEnvironment("web", app);
    }

    Pod pod() {
      return podBuilder().app(webAppBuilder()).build();
    }
  }

  @Test
  void podBuilderAppliesEveryRunTimeFact() {
    Stage1 stage1 = Stage1.of(Stage1.Flavor.KVM, 239);
    UidRange range = new UidRange(100000, 65536);
    Pod pod = new WebBuilder().stage1(stage1).interactive(true).debug(true).metadataUrl("http://169.254.169.255")
        .uidRange(range).architecture(Architecture.ARM64).pod();

    assertEquals(stage1, pod.stage1());
    assertEquals(true, pod.interactive());
    assertEquals(true, pod.debug());
    assertEquals(Optional.of("http://169.254.169.255"), pod.metadataUrl());
    assertEquals(range, pod.uidRange());
    assertEquals(Architecture.ARM64, pod.architecture());
  }

  @Test
  void hostPortsKeepTheOrderFirstGivenAndARepeatReplacesItsValue() {
    Pod pod = new WebBuilder().forward("admin", 8081).forward("http", 8080).forward("admin", 9081).pod();

    assertEquals(List.of(new HostPort("admin", 9081), new HostPort("http", 8080)), pod.hostPorts());
  }

  @Test
  void addedVariablesFollowTheSpecsOnlyInTheirApp() {
    WebBuilder builder = new WebBuilder().addVariable("web", "RUN_ID", "7").addVariable("other", "X", "1");

    assertEquals(Map.of("LANG", "C.UTF-8", "RUN_ID", "7"), builder.pod().apps().get(0).environment());
    assertEquals(List.of("LANG", "RUN_ID"), List.copyOf(builder.pod().apps().get(0).environment().keySet()));
    assertEquals("7", builder.addedVariable("web", "RUN_ID", "none"));
    assertEquals("none", builder.addedVariable("web", "PATH", "none"));
    assertEquals("none", builder.addedVariable("sidecar", "RUN_ID", "none"));
  }
}
