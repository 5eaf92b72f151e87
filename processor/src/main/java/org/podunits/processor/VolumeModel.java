package org.podunits.processor;

import java.util.Optional;

/**
 * A pod volume of a spec.
 *
 * @param name the volume name
 * @param host whether it is a host volume (otherwise an empty one)
 * @param source the host path the spec gives; empty if none
 * @param readOnly the volume's own read-only flag, if the spec sets it
 */
record VolumeModel(String name, boolean host, String source, Optional<Boolean> readOnly) {

  /** Whether the builder must be given this volume's host path. */
  boolean sourceRequired() {
    return host && source.isEmpty();
  }
}
