package org.podunits.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a problem is reported: an element, and if known the annotation on it and the value inside
 * that annotation, which javac turns into the most precise line and column it can.
 *
 * @param element the element, never null
 * @param mirror the annotation on the element (or one nested in it), or null
 * @param value the annotation value, or null; only with a mirror
 * @param repeated for an annotation written several times, which occurrence and attribute: javac
 *     hands processors the compiler-made container, which it cannot place in the source, so the
 *     reporter finds the occurrence in the source tree itself; null otherwise
 */
record Location(Element element, AnnotationMirror mirror, AnnotationValue value, Occurrence repeated) {

  static Location of(Element element) {
    return new Location(element, null, null, null);
  }

  static Location of(Element element, AnnotationMirror mirror) {
    return new Location(element, mirror, null, null);
  }

  /**
   * One occurrence of a repeated annotation on an element, and a place inside it.
   *
   * @param annotationType the qualified name of the repeated annotation, such as {@code
   *     org.podunits.annotations.Mount}
   * @param occurrence which one, 0 for the first written
   * @param attribute the attribute inside it, or null for the annotation as a whole
   * @param index the element of an array attribute, or -1 for the attribute as a whole
   */
  record Occurrence(String annotationType, int occurrence, String attribute, int index) {}
}
