/**
 * Applying a plan of unit files to a pod root: {@link org.podunits.write.UnitSet}, an immutable
 * plan of unit files, want links and plain files, and {@link org.podunits.write.UnitWriter}, rkt's
 * first-error-wins writer, made atomic and confined to the pod root.
 *
 * <p>This package depends on {@code org.podunits.unit} (and the directive catalogue for checks),
 * never on pod semantics.
 */
package org.podunits.write;
