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
 * @param memory the memory limit, in bytes once rounded up
 * @param cpu the cpu limit in cores ({@code 1500m} or {@code 1.5} is one and a half)
 * @param cpuShares the relative cpu weight, 2 to 262144 as systemd's {@code CPUShares=} takes it
 * @param oomScoreAdj the OOM score adjustment, -1000 to 1000
 */
public record Resources(Optional<Quantity> memory, Optional<Quantity> cpu, OptionalInt cpuShares,
    OptionalInt oomScoreAdj) {

  /** No resource isolators. */
  public static final Resources NONE =
      new Resources(Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

  /** Validates the limits. */
  public Resources {
    Texts.requireNonNull("memory limit", memory);
    Texts.requireNonNull("cpu limit", cpu);
    Texts.requireNonNull("cpu shares", cpuShares);
    Texts.requireNonNull("oom score adjustment", oomScoreAdj);
    // Plain ifs, not ifPresent lambdas: every pod makes a Resources, and a lambda's first call
    // costs a JVM's first pod milliseconds of bootstrapping.
    if (memory.isPresent()) {
      Quantity limit = memory.get();
      if (limit.negative()) {
        throw new IllegalArgumentException("memory limit " + limit + " must not be negative");
      }
      if (limit.amount().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException("memory limit " + limit + " must be at most "
            + Long.MAX_VALUE + " bytes");
      }
    }
    if (cpu.isPresent()) {
      Quantity limit = cpu.get();
      if (limit.negative()) {
        throw new IllegalArgumentException("cpu limit " + limit + " must not be negative");
      }
      // Made here, not as a constant: BigDecimal's class initialization would otherwise be part
      // of every JVM's first pod, with or without a cpu limit.
      if (limit.amount().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
        throw new IllegalArgumentException("cpu limit exceeds the maximum millivalue: " + limit);
      }
    }
    if (cpuShares.isPresent() && (cpuShares.getAsInt() < 2 || cpuShares.getAsInt() > 262144)) {
      throw new IllegalArgumentException("cpu shares " + cpuShares.getAsInt() + " must be between 2 and 262144");
    }
    if (oomScoreAdj.isPresent() && (oomScoreAdj.getAsInt() < -1000 || oomScoreAdj.getAsInt() > 1000)) {
      throw new IllegalArgumentException("oom score adjustment " + oomScoreAdj.getAsInt()
          + " must be between -1000 and 1000");
    }
  }

  /** These resources with a memory limit such as {@code 512M} or {@code 512Mi}. */
  public Resources withMemory(String limit) {
    return new Resources(Optional.of(Quantity.parse(limit)), cpu, cpuShares, oomScoreAdj);
  }

  /** These resources with a cpu limit such as {@code 1500m} or {@code 1.5}. */
  public Resources withCpu(String limit) {
    return new Resources(memory, Optional.of(Quantity.parse(limit)), cpuShares, oomScoreAdj);
  }

  /** These resources with cpu shares. */
  public Resources withCpuShares(int shares) {
    return new Resources(memory, cpu, OptionalInt.of(shares), oomScoreAdj);
  }

  /** These resources with an OOM score adjustment. */
  public Resources withOomScoreAdj(int adj) {
    return new Resources(memory, cpu, cpuShares, OptionalInt.of(adj));
  }
}
