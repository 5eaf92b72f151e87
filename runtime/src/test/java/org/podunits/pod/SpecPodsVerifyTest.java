package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * systemd 252 accepts the units rkt writes, as stage1-units.md shows them (hand-built from the
 * spec; see {@link SpecPods}), with only the deprecation notes of {@link SystemdVerifier#ALLOWED}.
 */
class SpecPodsVerifyTest {

  static final List<String> PODS = SpecPods.NAMES;

  @TempDir Path podRoot;

  @BeforeAll
  static void systemdAnalyzeIsInstalled() {
    SystemdVerifier.assumeAvailable();
  }

  @ParameterizedTest
  @FieldSource("PODS")
  void systemdAcceptsSpecPod(String pod) throws IOException {
    SystemdVerifier.assertAccepted(SpecPods.load(pod), podRoot);
  }

  @Test
  void resourceIsolatorsGetExactlyTheMemoryLimitAndCpuSharesDeprecationNotes() throws IOException {
    SystemdVerifier.Report report = SystemdVerifier.assertAccepted(SpecPods.load("isolators"), podRoot);
    assertEquals(List.of(
        "<s1>/usr/lib/systemd/system/hello.service:362: Unit uses MemoryLimit=; please use MemoryMax= instead."
            + " Support for MemoryLimit= will be removed soon.",
        "<s1>/usr/lib/systemd/system/hello.service:364: Unit uses CPUShares=; please use CPUWeight= instead."
            + " Support for CPUShares= will be removed soon."),
        report.allowed());
  }
}
