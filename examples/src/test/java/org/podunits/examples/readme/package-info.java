/** The pod spec the README shows, compiled with the processor so that ReadmeTest can build it. */
package org.podunits.examples.readme;
