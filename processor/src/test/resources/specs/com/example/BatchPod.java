package com.example;

import org.podunits.annotations.*;

/** A batch pod: two apps, event hooks, environment, limits, a locked-down worker. */
@PodSpec(name = "nightly-batch", stage1 = @Stage1(flavor = "kvm", systemdVersion = 239),
    annotations = @Annotation(name = "example.com/team", value = "data"))
@Volume(name = "work", kind = Volume.Kind.HOST, source = "/srv/batch", readOnly = false)
@Volume(name = "scratch")
interface BatchPod {
  @App(image = "example.com/etl", exec = {"/opt/etl/bin/run", "--since", "24h", "--out", "/work/$DAY"},
      workingDirectory = "/work", user = "1000", group = "1000", supplementaryGids = {27, 100},
      annotations = @Annotation(name = "example.com/owner", value = "etl@example.com"))
  @Env(name = "LANG", value = "C.UTF-8")
  @Env(name = "ETL_THREADS", value = "4")
  @Resources(memory = "2G", cpu = "1500m", cpuShares = 512, oomScoreAdjust = 100)
  @Mount(volume = "work", path = "/work")
  @Mount(volume = "scratch", path = "/tmp/etl")
  @PreStart({"/bin/mkdir", "-p", "/work/out"})
  @PostStop({"/bin/rm", "-rf", "/tmp/etl/partial"})
  void etl();

  @App(image = "example.com/report", exec = "/usr/bin/report", readOnlyRootFs = true)
  @Capabilities(retain = {"CAP_NET_BIND_SERVICE"})
  @Seccomp(remove = {"@docker/default-blacklist", "reboot"}, errno = "EPERM")
  @NoNewPrivileges
  @Stdio(stdin = Stdio.Mode.NULL)
  @Port(name = "report-http", port = 8080)
  @Port(name = "metrics", protocol = Port.Protocol.UDP, port = 9125)
  void reportServer();
}
