package org.podunits.processor;

/**
 * A name and its value: an annotation or an environment variable.
 *
 * @param name the name
 * @param value the value
 */
record NamedValue(String name, String value) {}
