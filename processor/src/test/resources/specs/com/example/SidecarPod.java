package com.example;

import org.podunits.annotations.*;

/** A mutable pod: apps are added to the running pod one by one. */
@PodSpec(mutable = true)
interface SidecarPod {
  @App(image = "example.com/app", exec = "/bin/app", supportsNotify = true)
  @Port(name = "http", port = 8000)
  void main();

  @App(name = "log-shipper", image = "example.com/shipper", exec = {"/bin/ship", "--to", "collector:514"})
  @Port(name = "http", port = 8001)
  void shipper();
}
