package org.podunits.benchmarks;

import org.podunits.annotations.App;
import org.podunits.annotations.Mount;
import org.podunits.annotations.Option;
import org.podunits.annotations.Port;
import org.podunits.annotations.PodSpec;
import org.podunits.annotations.Resources;
import org.podunits.annotations.Stage1;
import org.podunits.annotations.Stdio;
import org.podunits.annotations.Volume;

/** The web pod of the design's example, as a spec: {@link GeneratedBuildBenchmark} builds it. */
@PodSpec(stage1 = @Stage1(systemdVersion = 252))
@Volume(name = "logs")
@Volume(name = "site", kind = Volume.Kind.HOST)
interface BenchWebPod {
  @App(image = "example.com/nginx", exec = {"/usr/sbin/nginx", "-g", "daemon off;"})
  @Stdio(stdout = Stdio.Mode.STREAM, stderr = Stdio.Mode.STREAM)
  @Mount(volume = "logs", path = "/var/log/nginx")
  @Mount(volume = "site", path = "/srv/www", readOnly = true)
  @Port(name = "http", port = 80, socketActivated = true)
  @Resources(memory = "256Mi")
  @Option(section = "Service", name = "LimitNOFILE", value = "65536")
  void nginx();
}
