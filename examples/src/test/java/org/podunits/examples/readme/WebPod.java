package org.podunits.examples.readme;

import org.podunits.annotations.App;
import org.podunits.annotations.PodSpec;
import org.podunits.annotations.Port;
import org.podunits.annotations.Stage1;
import org.podunits.annotations.Stdio;

@PodSpec(stage1 = @Stage1(systemdVersion = 252))
interface WebPod {
  @App(image = "example.com/nginx", exec = {"/usr/sbin/nginx", "-g", "daemon off;"})
  @Stdio(stdout = Stdio.Mode.STREAM, stderr = Stdio.Mode.STREAM)
  @Port(name = "http", port = 80, socketActivated = true)
  void nginx();
}
