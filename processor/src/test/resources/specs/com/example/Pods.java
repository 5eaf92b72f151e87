package com.example;

import org.podunits.annotations.*;

/** Specs nested in a holder class get the holder's name in theirs: Pods_CronPodUnits. */
final class Pods {
  private Pods() {}

  @PodSpec(stage1 = @Stage1(flavor = "src", systemdVersion = 229))
  interface CronPod {
    @App(image = "example.com/cron", exec = {"/usr/sbin/cron", "-f"})
    void cron();
  }
}
