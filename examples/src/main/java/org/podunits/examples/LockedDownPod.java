package org.podunits.examples;

import org.podunits.annotations.App;
import org.podunits.annotations.Capabilities;
import org.podunits.annotations.Mount;
import org.podunits.annotations.NoNewPrivileges;
import org.podunits.annotations.PodSpec;
import org.podunits.annotations.Port;
import org.podunits.annotations.Seccomp;
import org.podunits.annotations.Stage1;
import org.podunits.annotations.Volume;

/**
 * An API server that may only bind its port: a capability set of one, its own seccomp whitelist on
 * top of rkt's default, no new privileges, a read-only root file system with a writable state
 * volume and a scratch {@code /tmp}.
 */
@PodSpec(name = "locked-down", stage1 = @Stage1(systemdVersion = ExamplePods.SYSTEMD_VERSION))
@Volume(name = "state")
@Volume(name = "scratch")
interface LockedDownPod {

  @App(image = "example.com/api", exec = {"/opt/api/bin/api", "--listen", ":443"}, user = "65534", group = "65534",
      readOnlyRootFs = true)
  @Capabilities(retain = "CAP_NET_BIND_SERVICE")
  @Seccomp(retain = {"@rkt/default-whitelist", "@systemd/network-io"}, errno = "EPERM")
  @NoNewPrivileges
  @Mount(volume = "state", path = "/var/lib/api")
  @Mount(volume = "scratch", path = "/tmp")
  @Port(name = "https", port = 443)
  void api();
}
