/**
 * Annotations with which a user declares a pod spec in Java code; the podunits processor reads
 * them at compile time. They have no dependencies and are retained in class files only.
 */
package org.podunits.annotations;
