package org.podunits.pod;

import java.util.Locale;

/**
 * Where the iomux service of an app with attachable streams sends what the app writes (rkt's
 * experimental {@code coreos.com/rkt/experiment/logmode} pod annotation, written to the app's
 * iottymux environment as {@code STAGE1_LOGMODE}).
 */
public enum LogMode {
  /** To the journal. */
  JOURNALD,
  /** To the file each app names with its kubernetesLogPath, in the Kubernetes CRI log format. */
  K8S_PLAIN;

  /** The value rkt reads, such as {@code k8s-plain}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
