/** Example pod specs and the command-line entry point that renders them. */
package org.podunits.examples;
