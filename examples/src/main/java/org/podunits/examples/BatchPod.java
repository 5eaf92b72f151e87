package org.podunits.examples;

import org.podunits.annotations.App;
import org.podunits.annotations.Env;
import org.podunits.annotations.PodSpec;
import org.podunits.annotations.PostStop;
import org.podunits.annotations.PreStart;
import org.podunits.annotations.Resources;
import org.podunits.annotations.Stage1;

/**
 * A nightly report: inputs fetched before it starts, results uploaded after it stops, memory and
 * CPU capped.
 */
@PodSpec(name = "batch", stage1 = @Stage1(systemdVersion = ExamplePods.SYSTEMD_VERSION))
interface BatchPod {

  @App(image = "example.com/reports", exec = {"/usr/bin/report", "--since", "24h", "--format", "csv"},
      workingDirectory = "/work", user = "2000", group = "2000", supplementaryGids = 100)
  @Env(name = "REPORT_BUCKET", value = "s3://reports/nightly")
  @Env(name = "TZ", value = "UTC")
  @PreStart({"/usr/bin/fetch-inputs", "--into", "/work/in"})
  @PostStop({"/usr/bin/upload", "/work/out", "s3://reports/nightly"})
  @Resources(memory = "512Mi", cpu = "500m", oomScoreAdjust = 300)
  void report();
}
