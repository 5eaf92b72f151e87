package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podunits.write.UnitSet;

/** rkt's default seccomp whitelist grows by six syscalls on ARM (spec §8.4). */
class ArchitectureTest {

  private static final List<String> ARM_ADDITIONS = List.of(
      "arm_fadvise64_64", "arm_sync_file_range", "breakpoint", "cacheflush", "set_tls", "sync_file_range2");

  private static List<String> filters(Architecture architecture, App app) {
    UnitSet plan = PodUnits.immutableEnv(Pod.builder(Pods.COREOS_233).architecture(architecture).app(app).build());
    return Pods.serviceValues(plan, app.name().toString(), "SystemCallFilter");
  }

  @ParameterizedTest
  @CsvSource({"AMD64, 309", "I386, 309", "PPC64LE, 309", "S390X, 309", "ARM, 315", "ARM64, 315"})
  void theDefaultWhitelistHasTheArmAdditionsOnlyOnArm(Architecture architecture, int count) {
    List<String> filters = filters(architecture, Pods.hello().build());

    assertEquals(count, filters.size());
    assertEquals(SeccompFilters.defaultWhitelist(Architecture.AMD64), filters.subList(0, 309));
    if (count == 315) {
      assertEquals(ARM_ADDITIONS, filters.subList(309, 315));
    }
  }

  @Test
  void rktsNamedWhitelistHasTheAdditionsOnArmAndDockersDoesNot() {
    List<String> rkt = filters(Architecture.ARM64, Pods.hello().seccomp(Seccomp.retain("@rkt/default-whitelist")).build());
    List<String> docker = filters(Architecture.ARM64, Pods.hello().seccomp(Seccomp.retain("@docker/default-whitelist")).build());

    assertEquals(ARM_ADDITIONS, rkt.subList(309, 315));
    assertEquals(309, docker.size());
  }

  @Test
  void aRemoveSetHoldingEmptyFallsBackToTheArmWhitelistOnArm() {
    List<String> filters = filters(Architecture.ARM, Pods.hello().seccomp(Seccomp.remove("@appc.io/empty")).build());

    assertEquals(315, filters.size());
  }

  @Test
  void podsDefaultToAmd64SoPlansDoNotDependOnTheMachine() {
    assertEquals(Architecture.AMD64, Pod.builder(Pods.COREOS_233).build().architecture());
  }

  @ParameterizedTest
  @CsvSource({
      "amd64, AMD64", "x86_64, AMD64", "aarch64, ARM64", "arm64, ARM64", "arm, ARM", "armv7l, ARM",
      "x86, I386", "i386, I386", "i686, I386", "ppc64le, PPC64LE", "s390x, S390X",
  })
  void javaArchitectureNamesMapToRktsBuilds(String osArch, Architecture expected) {
    assertEquals(expected, Architecture.fromOsArch(osArch));
  }

  @Test
  void anArchitectureRktIsNotBuiltForIsRefusedNamingIt() {
    Refusals.assertRefused(DiagnosticCode.ARCHITECTURE_UNKNOWN, "architecture", "architecture \"riscv64\" is not one"
        + " rkt's stage1 is built for (amd64, arm64, arm, 386, ppc64le, s390x)", () -> Architecture.fromOsArch("riscv64"));
  }
}
