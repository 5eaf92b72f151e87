package com.example;

import org.podunits.annotations.App;
import org.podunits.annotations.Env;
import org.podunits.annotations.PodSpec;

/** An app named as an image names it: its program and user are found in its rootfs at run time. */
@PodSpec
interface RootfsPod {
  @App(image = "example.com/nginx", exec = {"nginx", "-g", "daemon off;"}, user = "www-data", group = "www-data")
  @Env(name = "PATH", value = "/usr/sbin:/usr/bin")
  void nginx();
}
