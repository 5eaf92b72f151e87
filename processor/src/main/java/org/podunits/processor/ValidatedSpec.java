package org.podunits.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A spec as read, whether or not its Java shape is valid: its model and where each of its values
 * came from, for the runtime to check every value it can.
 *
 * @param type the spec interface, the originating element of the generated file
 * @param model the spec's model, with the first app of each name
 * @param locations where each runtime field path of the spec is written
 * @param duplicates the apps whose name an earlier app has (an error already reported), each with
 *     the locations of its own values: they share the earlier app's field paths
 * @param complete false if javac could not compute some value, which the model then lacks (an app,
 *     a pod annotation, a volume's settings); javac has reported that, and the spec must not be
 *     generated
 */
record ValidatedSpec(TypeElement type, PodModel model, SpecLocations locations, List<Duplicate> duplicates,
    boolean complete) {

  ValidatedSpec {
    duplicates = List.copyOf(duplicates);
  }

  /**
   * An app whose name an earlier app of the spec has.
   *
   * @param app the app's model
   * @param locations where the app's values are written, by field path
   */
  record Duplicate(AppModel app, SpecLocations locations) {}
}
