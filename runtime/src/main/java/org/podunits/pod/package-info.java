/**
 * rkt's stage1 semantics: the pod and app model, and the pure functions that turn a pod into the
 * {@link org.podunits.write.UnitSet} of units, links and files its stage1 needs, byte for byte as
 * rkt writes them for ordinary input, with rkt's bugs fixed.
 *
 * <p>The model ({@link org.podunits.pod.Pod}, {@link org.podunits.pod.App} and their parts) is
 * immutable and validated where values enter. {@link org.podunits.pod.PodUnits} builds plans from
 * it and {@link org.podunits.pod.PodLayout} names every path. This package uses {@code
 * org.podunits.unit} for unit files and quoting and {@code org.podunits.write} for plans; it never
 * touches the disk itself, except in the inspectors that gather facts from a pod root ({@code
 * Stage1.detect}, binary and user lookups), which feed the pure model.
 */
package org.podunits.pod;
