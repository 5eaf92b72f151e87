/**
 * Applying a plan of unit files to a pod root. Public: {@link org.podunits.write.UnitSet}, an
 * immutable plan of unit files, want links and plain files, whose {@code writeTo} applies it all
 * or nothing, across a crash too, and removes what the previous plan wrote and this one lacks;
 * {@link org.podunits.write.UnitWriter}, rkt's first-error-wins writer, atomic per file and
 * confined to the pod root; {@link org.podunits.write.PlanDifference}, what a write would change.
 *
 * <p>Each fact has one home: {@code EntryChecks} checks entry paths, modes, failure messages and
 * link targets; {@code PodTree} keeps paths inside the pod root and knows its directories;
 * {@code FileModes} gives what is created its exact mode and owner; {@code TempFiles} names and
 * writes temporary files; {@code FileBytes} reads a file whose size is known; {@code PlanWrite}
 * applies a plan, {@code WriteJournal} makes that all or nothing and recovers a run cut short,
 * and {@code Manifest} records what podunits wrote.
 *
 * <p>This package depends on {@code org.podunits.unit} (and the directive catalogue for checks),
 * never on pod semantics.
 */
package org.podunits.write;
