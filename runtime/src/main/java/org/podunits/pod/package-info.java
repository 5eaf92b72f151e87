/**
 * rkt's stage1 semantics: the pod and app model, and the pure functions that turn a pod into the
 * {@link org.podunits.write.UnitSet} of units, links and files its stage1 needs, byte for byte as
 * rkt writes them for ordinary input, with rkt's bugs fixed.
 *
 * <p>The model is pure. Facts read from a pod root ({@code Stage1.detect}, binary and user
 * lookups) are gathered by separate inspectors; only {@code org.podunits.write} writes to disk.
 */
package org.podunits.pod;
