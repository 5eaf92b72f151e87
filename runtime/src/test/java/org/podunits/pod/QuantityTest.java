package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.podunits.pod.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kubernetes quantities, read as {@code resource.ParseQuantity} reads them. */
class QuantityTest {

  @ParameterizedTest
  @CsvSource({
      "512M, 512000000",
      "512Mi, 536870912",
      "1Gi, 1073741824",
      "1.5Gi, 1610612736",
      "1k, 1000",
      "1Ki, 1024",
      "1e3, 1000",
      "1E3, 1000",
      "12e-1, 2",
      "0.5, 1",
      "500m, 1",
      ".5, 1",
      "5., 5",
      "+7, 7",
      "2E, 2000000000000000000",
      "7Ei, 8070450532247928832",
  })
  void valueRoundsUpToWholeUnits(String text, long expected) {
    assertEquals(expected, Quantity.parse(text).value());
  }

  @ParameterizedTest
  @CsvSource({"1500m, 1500", "1.5, 1500", "1, 1000", "0.0001, 1", "250u, 1", "2, 2000"})
  void milliValueRoundsUpToThousandths(String text, long expected) {
    assertEquals(expected, Quantity.parse(text).milliValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "M", "1 M", "1MB", "1mi", "1e", "1e+", "1.2.3", "--1", "1Ki2", "abc", " 1"})
  void malformedQuantitiesAreRefused(String text) {
    assertRefused(DiagnosticCode.QUANTITY_MALFORMED, "", "quantity \"" + text
        + "\" must be a Kubernetes quantity such as 512M, 512Mi, 1500m, 1.5 or 1e3", () -> Quantity.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"1500m, 150%", "1, 100%", "0.25, 25%", "2.5, 250%"})
  void cpuQuotaIsAHundredthOfTheMillivalue(String limit, String quota) {
    App app = Pods.hello().resources(Resources.NONE.withCpu(limit)).build();
    assertEquals(java.util.List.of(quota),
        Pods.serviceValues(PodUnits.immutableEnv(Pods.pod(app)), "hello", "CPUQuota"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-512M"})
  void negativeMemoryIsRefused(String limit) {
    assertRefused(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "memory", "memory limit " + limit + " must not be negative",
        () -> Resources.NONE.withMemory(limit));
  }

  @Test
  void aMalformedMemoryLimitIsRefusedAtTheMemory() {
    assertRefused(DiagnosticCode.QUANTITY_MALFORMED, "memory",
        "quantity \"1MB\" must be a Kubernetes quantity such as 512M, 512Mi, 1500m, 1.5 or 1e3",
        () -> Resources.NONE.withMemory("1MB"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "256m|memory limit 256m means 0.256 bytes, not a whole number; did you mean 256M or 256Mi?",
      "0.1Ki|memory limit 0.1Ki means 102.4 bytes, not a whole number; give a whole number of bytes such as 512M or 512Mi",
      "1.5|memory limit 1.5 means 1.5 bytes, not a whole number; give a whole number of bytes such as 512M or 512Mi",
  })
  void aMemoryLimitThatIsNotAWholeNumberOfBytesIsRefused(String limit, String message) {
    assertRefused(DiagnosticCode.MEMORY_NOT_WHOLE_BYTES, "memory", message, () -> Resources.NONE.withMemory(limit));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "4095, 4095", "1k, 1000"})
  void aMemoryLimitBelowOnePageIsRefused(String limit, String bytes) {
    assertRefused(DiagnosticCode.MEMORY_BELOW_PAGE, "memory", "memory limit " + limit + " is " + bytes
        + " bytes, below one page (4096 bytes); give a limit such as 64Mi", () -> Resources.NONE.withMemory(limit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4096", "4Ki", "1M", "1.5Mi"})
  void aMemoryLimitOfWholeBytesFromOnePageIsAccepted(String limit) {
    assertEquals(limit, Resources.NONE.withMemory(limit).memory().orElseThrow().toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1001, 1001})
  void oomScoreAdjustOutsideTheKernelRangeIsRefused(int adj) {
    assertRefused(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "oomScoreAdjust", "oom score adjustment " + adj
        + " must be between -1000 and 1000", () -> Resources.NONE.withOomScoreAdjust(adj));
  }
}
