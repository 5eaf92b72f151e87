/**
 * The podunits annotation processor: validates pod specs at compile time and generates a typed
 * builder per spec. It uses the runtime's catalogue and pod semantics so that compile time and
 * run time agree.
 */
package org.podunits.processor;
