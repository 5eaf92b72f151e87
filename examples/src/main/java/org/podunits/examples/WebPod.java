package org.podunits.examples;

import org.podunits.annotations.App;
import org.podunits.annotations.Env;
import org.podunits.annotations.Mount;
import org.podunits.annotations.PodSpec;
import org.podunits.annotations.Port;
import org.podunits.annotations.Stage1;
import org.podunits.annotations.Stdio;
import org.podunits.annotations.Volume;

/**
 * nginx whose logs are streamed to the runtime (attachable stdout and stderr) and whose port 80
 * is socket-activated; a log shipper runs beside it and reads the logs. The host port is a
 * run-time fact: {@code WebPodUnits.builder().httpHostPort(8080)}.
 */
@PodSpec(name = "web", stage1 = @Stage1(systemdVersion = ExamplePods.SYSTEMD_VERSION))
@Volume(name = "logs")
interface WebPod {

  @App(image = "example.com/nginx", exec = {"/usr/sbin/nginx", "-g", "daemon off;"}, workingDirectory = "/srv/www")
  @Env(name = "NGINX_WORKERS", value = "2")
  @Stdio(stdin = Stdio.Mode.NULL, stdout = Stdio.Mode.STREAM, stderr = Stdio.Mode.STREAM)
  @Mount(volume = "logs", path = "/var/log/nginx")
  @Port(name = "http", port = 80, socketActivated = true)
  void nginx();

  @App(image = "example.com/log-shipper",
      exec = {"/usr/bin/ship", "--from", "/var/log/nginx", "--to", "https://logs.example.com/ingest"},
      user = "1000", group = "1000")
  @Mount(volume = "logs", path = "/var/log/nginx", readOnly = true)
  void logShipper();
}
