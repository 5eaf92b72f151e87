package org.podunits.pod;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The resource isolators of an app: {@code resource/memory} and {@code resource/cpu} limits, {@code
 * os/linux/cpu-shares} and {@code os/linux/oom-score-adj}. rkt applies the memory, cpu and
 * cpu-shares isolators only where the host has the cgroup controller; that check belongs to whoever
 * builds the pod, so a limit present here is written.
 *
 * @param memory the memory limit: a whole number of bytes, at least one page ({@value #PAGE_SIZE}
 *     bytes)
 * @param cpu the cpu limit in cores ({@code 1500m} or {@code 1.5} is one and a half)
 * @param cpuShares the relative cpu weight, 2 to 262144 as systemd's {@code CPUShares=} takes it
 * @param oomScoreAdjust the OOM score adjustment, -1000 to 1000
 */
public record Resources(Optional<Quantity> memory, Optional<Quantity> cpu, OptionalInt cpuShares,
    OptionalInt oomScoreAdjust) {

  /** No resource isolators. */
  public static final Resources NONE =
      new Resources(Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

  /** The smallest memory limit: one page, which is what the kernel rounds a smaller one up to. */
  public static final int PAGE_SIZE = 4096;

  /**
   * Validates the limits.
   *
   * @throws InvalidPodException with every problem, at the paths {@code memory}, {@code cpu},
   *     {@code cpuShares} and {@code oomScoreAdjust}
   */
  public Resources {
    DiagnosticList problems = new DiagnosticList();
    // Plain ifs, not ifPresent lambdas: every pod makes a Resources, and a lambda's first call
    // costs a JVM's first pod milliseconds of bootstrapping.
    if (problems.notNull("memory", "memory limit", memory) && memory.isPresent()) {
      checkMemory(problems, memory.get());
    }
    if (problems.notNull("cpu", "cpu limit", cpu) && cpu.isPresent()) {
      checkCpu(problems, cpu.get());
    }
    if (problems.notNull("cpuShares", "cpu shares", cpuShares) && cpuShares.isPresent()) {
      int shares = cpuShares.getAsInt();
      if (shares < 2 || shares > 262144) {
        problems.error(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "cpuShares", "cpu shares " + shares
            + " must be between 2 and 262144");
      }
    }
    if (problems.notNull("oomScoreAdjust", "oom score adjustment", oomScoreAdjust) && oomScoreAdjust.isPresent()) {
      int adj = oomScoreAdjust.getAsInt();
      if (adj < -1000 || adj > 1000) {
        problems.error(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "oomScoreAdjust", "oom score adjustment " + adj
            + " must be between -1000 and 1000");
      }
    }
    problems.throwIfErrors();
  }

  private static void checkMemory(DiagnosticList problems, Quantity limit) {
    BigDecimal bytes = limit.amount();
    if (limit.negative()) {
      problems.error(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "memory", "memory limit " + limit + " must not be negative");
    } else if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      problems.error(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "memory", "memory limit " + limit + " must be at most "
          + Long.MAX_VALUE + " bytes");
    } else if (bytes.stripTrailingZeros().scale() > 0) {
      String text = limit.toString();
      String hint = text.endsWith("m")
          ? "; did you mean " + text.substring(0, text.length() - 1) + "M or "
              + text.substring(0, text.length() - 1) + "Mi?"
          : "; give a whole number of bytes such as 512M or 512Mi";
      problems.error(DiagnosticCode.MEMORY_NOT_WHOLE_BYTES, "memory", "memory limit " + text + " means "
          + bytes.stripTrailingZeros().toPlainString() + " bytes, not a whole number" + hint);
    } else if (bytes.compareTo(BigDecimal.valueOf(PAGE_SIZE)) < 0) {
      problems.error(DiagnosticCode.MEMORY_BELOW_PAGE, "memory", "memory limit " + limit + " is "
          + bytes.toBigInteger() + " bytes, below one page (" + PAGE_SIZE
          + " bytes); give a limit such as 64Mi");
    }
  }

  private static void checkCpu(DiagnosticList problems, Quantity limit) {
    // Made here, not as a constant: BigDecimal's class initialization would otherwise be part of
    // every JVM's first pod, with or without a cpu limit.
    BigDecimal maxCores = BigDecimal.valueOf(Long.MAX_VALUE / 1000);
    if (limit.negative()) {
      problems.error(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "cpu", "cpu limit " + limit + " must not be negative");
    } else if (limit.amount().compareTo(maxCores) > 0) {
      problems.error(DiagnosticCode.RESOURCE_OUT_OF_RANGE, "cpu", "cpu limit " + limit
          + " exceeds the maximum millivalue; give at most " + maxCores + " cores");
    }
  }

  /** {@code text} as a quantity, refused at {@code path}. */
  static Quantity quantity(String path, String text) {
    try {
      return Quantity.parse(text);
    } catch (InvalidPodException e) {
      DiagnosticList problems = new DiagnosticList();
      problems.addUnder(path, e.diagnostics());
      throw new InvalidPodException(problems.list());
    }
  }

  /** These resources with a memory limit such as {@code 512M} or {@code 512Mi}. */
  public Resources withMemory(String limit) {
    return new Resources(Optional.of(quantity("memory", limit)), cpu, cpuShares, oomScoreAdjust);
  }

  /** These resources with a cpu limit such as {@code 1500m} or {@code 1.5}. */
  public Resources withCpu(String limit) {
    return new Resources(memory, Optional.of(quantity("cpu", limit)), cpuShares, oomScoreAdjust);
  }

  /** These resources with cpu shares. */
  public Resources withCpuShares(int shares) {
    return new Resources(memory, cpu, OptionalInt.of(shares), oomScoreAdjust);
  }

  /** These resources with an OOM score adjustment. */
  public Resources withOomScoreAdjust(int adjust) {
    return new Resources(memory, cpu, cpuShares, OptionalInt.of(adjust));
  }
}
