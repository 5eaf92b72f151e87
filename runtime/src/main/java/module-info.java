/**
 * The podunits runtime: the unit-file model, the directive catalogue, rkt's stage1 pod semantics,
 * the inspectors that read facts from an existing pod root, and the writer that applies a plan of
 * unit files to a pod root. It depends on the JDK only.
 */
module org.podunits.runtime {
  exports org.podunits.unit;
  exports org.podunits.directive;
  exports org.podunits.write;
  exports org.podunits.pod;
  exports org.podunits.inspect;
}
