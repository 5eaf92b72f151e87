package org.podunits.examples;

import java.util.function.Supplier;
import org.podunits.pod.Pod;

/** A user's pod class whose code fails, as render --class meets it. */
public final class FailingPod implements Supplier<Pod> {
  @Override
  public Pod get() {
    throw new IllegalArgumentException("app \"x\" is not real");
  }
}
