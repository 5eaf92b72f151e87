/**
 * rkt's stage1 semantics: the pod and app model, and the pure functions that turn a pod into the
 * {@link org.podunits.write.UnitSet} of units, links and files its stage1 needs, byte for byte as
 * rkt writes them for ordinary input, with rkt's bugs fixed.
 *
 * <p>The model ({@link org.podunits.pod.Pod}, {@link org.podunits.pod.App} and their parts) is
 * immutable and validated where values enter; every problem is a {@link
 * org.podunits.pod.Diagnostic} with a stable code and a field path, and the builders report all of
 * them at once. {@link org.podunits.pod.PodUnits} checks and plans a pod for its stage1, and {@link
 * org.podunits.pod.PodLayout} names every path; {@link org.podunits.pod.GeneratedPodBuilder} is the
 * shared part of the builders the annotation processor generates. This package uses {@code org.podunits.unit} for
 * unit files and quoting, {@code org.podunits.directive} for the directive catalogue and {@code
 * org.podunits.write} for plans. It reads no disk: the facts of an existing pod root come from
 * {@code org.podunits.inspect}.
 */
package org.podunits.pod;
