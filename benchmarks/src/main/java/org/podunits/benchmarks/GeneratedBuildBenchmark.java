package org.podunits.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.podunits.pod.App;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.PodUnits;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;
import org.podunits.write.UnitSet;

/**
 * The cost of the generated builder: {@code BenchWebPodUnits...build()} against the same pod built
 * by hand with the runtime API ({@link #handBuilt}, the baseline). Both compose, validate and plan
 * the pod; the target is a ratio of at most 1.05.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GeneratedBuildBenchmark {

  @Benchmark
  public UnitSet generatedBuilder() {
    return BenchWebPodUnits.builder("/srv/site").httpHostPort(8080).build();
  }

  @Benchmark
  public UnitSet handBuilt() {
    App.Builder nginx = App.builder("nginx")
        .image("example.com/nginx")
        .exec("/usr/sbin/nginx", "-g", "daemon off;")
        .stdout(IoMode.STREAM)
        .stderr(IoMode.STREAM)
        .memory("256Mi")
        .mount("logs", "/var/log/nginx", false)
        .mount("site", "/srv/www", true)
        .port("http", Protocol.TCP, 80, true)
        .option("Service", "LimitNOFILE", "65536");
    Pod pod = Pod.builder(Stage1.of(Stage1.Flavor.COREOS, 252))
        .emptyVolume("logs")
        .hostVolume("site", "/srv/site")
        .hostPort("http", 8080)
        .app(nginx)
        .build();
    return PodUnits.immutableEnv(pod);
  }
}
