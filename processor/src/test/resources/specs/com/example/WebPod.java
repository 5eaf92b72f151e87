package com.example;

import org.podunits.annotations.*;

/** The web server of DESIGN §4: streamed logs, a host volume, a socket-activated port. */
@PodSpec(stage1 = @Stage1(systemdVersion = 252))
@Volume(name = "logs")
@Volume(name = "site", kind = Volume.Kind.HOST)
interface WebPod {
  @App(image = "example.com/nginx", exec = {"/usr/sbin/nginx", "-g", "daemon off;"})
  @Stdio(stdout = Stdio.Mode.STREAM, stderr = Stdio.Mode.STREAM)
  @Mount(volume = "logs", path = "/var/log/nginx")
  @Mount(volume = "site", path = "/srv/www", readOnly = true)
  @Port(name = "http", port = 80, socketActivated = true)
  @Resources(memory = "256Mi")
  @Option(section = "Service", name = "LimitNOFILE", value = "65536")
  void nginx();
}
