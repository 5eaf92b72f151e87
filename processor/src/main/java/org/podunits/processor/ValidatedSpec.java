package org.podunits.processor;

import javax.lang.model.element.TypeElement;

/**
 * A spec whose Java shape is valid: its model and where each of its values came from.
 *
 * @param type the spec interface, the originating element of the generated file
 * @param model the spec's model
 * @param locations where each runtime field path of the spec is written
 */
record ValidatedSpec(TypeElement type, PodModel model, SpecLocations locations) {}
