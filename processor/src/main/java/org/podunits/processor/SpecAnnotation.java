package org.podunits.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * One podunits annotation on an element, read attribute by attribute, defaults included, with the
 * {@link Location} of each attribute (and of each element of an array attribute) for messages.
 * A value of the wrong type means javac already reported an error in the annotation:
 * {@link UnreadableSpecException} then abandons the spec quietly.
 */
final class SpecAnnotation {
  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> withDefaults;
  private final Elements elements;
  private final String repeatedType;
  private final int occurrence;

  private SpecAnnotation(Element element, AnnotationMirror mirror, Elements elements) {
    this(element, mirror, elements, null, -1);
  }

  private SpecAnnotation(Element element, AnnotationMirror mirror, Elements elements, String repeatedType,
      int occurrence) {
    this.element = element;
    this.mirror = mirror;
    this.repeatedType = repeatedType;
    this.occurrence = occurrence;
    this.explicit = mirror.getElementValues();
    this.withDefaults = elements.getElementValuesWithDefaults(mirror);
    this.elements = elements;
  }

  /** The annotation {@code type} on {@code element}, if present. */
  static Optional<SpecAnnotation> find(Element element, String type, Elements elements) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (isType(mirror, type)) {
        return Optional.of(new SpecAnnotation(element, mirror, elements));
      }
    }
    return Optional.empty();
  }

  /**
   * Every annotation {@code type} on {@code element}, written once or repeated (then inside its
   * nested {@code List} container), in the order written.
   */
  static List<SpecAnnotation> findAll(Element element, String type, Elements elements) {
    List<SpecAnnotation> found = new ArrayList<>();
    String container = type + ".List";
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (isType(mirror, type)) {
        found.add(new SpecAnnotation(element, mirror, elements));
      } else if (isType(mirror, container)) {
        List<SpecAnnotation> contained = new SpecAnnotation(element, mirror, elements).annotations("value");
        for (int i = 0; i < contained.size(); i++) {
          found.add(new SpecAnnotation(element, contained.get(i).mirror, elements, type, i));
        }
      }
    }
    return found;
  }

  private static boolean isType(AnnotationMirror mirror, String type) {
    TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
    return annotationType.getQualifiedName().contentEquals(type);
  }

  /** The annotated element. */
  Element element() {
    return element;
  }

  /** Where the annotation as a whole is. */
  Location at() {
    return new Location(element, mirror, null, occurrence(null, -1));
  }

  /** Where attribute {@code name} is: its value if written, otherwise the annotation. */
  Location at(String name) {
    AnnotationValue value = explicitValue(name);
    return new Location(element, mirror, value, occurrence(value == null ? null : name, -1));
  }

  /** Where element {@code index} of array attribute {@code name} is, as precisely as known. */
  Location at(String name, int index) {
    AnnotationValue value = explicitValue(name);
    if (value != null && value.getValue() instanceof List<?> list && index < list.size()) {
      return new Location(element, mirror, (AnnotationValue) list.get(index), occurrence(name, index));
    }
    return at(name);
  }

  private Location.Occurrence occurrence(String attribute, int index) {
    return repeatedType == null ? null : new Location.Occurrence(repeatedType, occurrence, attribute, index);
  }

  /** Whether attribute {@code name} is written in the source rather than left at its default. */
  boolean isSet(String name) {
    return explicitValue(name) != null;
  }

  String string(String name) {
    return as(String.class, value(name).getValue());
  }

  int integer(String name) {
    return as(Integer.class, value(name).getValue());
  }

  boolean bool(String name) {
    return as(Boolean.class, value(name).getValue());
  }

  /** The simple name of an enum constant attribute, such as {@code STREAM}. */
  String constant(String name) {
    return as(VariableElement.class, value(name).getValue()).getSimpleName().toString();
  }

  List<String> strings(String name) {
    List<String> values = new ArrayList<>();
    for (AnnotationValue item : array(name)) {
      values.add(as(String.class, item.getValue()));
    }
    return values;
  }

  List<Integer> integers(String name) {
    List<Integer> values = new ArrayList<>();
    for (AnnotationValue item : array(name)) {
      values.add(as(Integer.class, item.getValue()));
    }
    return values;
  }

  List<Boolean> booleans(String name) {
    List<Boolean> values = new ArrayList<>();
    for (AnnotationValue item : array(name)) {
      values.add(as(Boolean.class, item.getValue()));
    }
    return values;
  }

  /** The annotations inside array attribute {@code name}, each on the same element. */
  List<SpecAnnotation> annotations(String name) {
    List<SpecAnnotation> values = new ArrayList<>();
    for (AnnotationValue item : array(name)) {
      values.add(new SpecAnnotation(element, as(AnnotationMirror.class, item.getValue()), elements));
    }
    return values;
  }

  /** The annotation in attribute {@code name}, on the same element. */
  SpecAnnotation annotation(String name) {
    return new SpecAnnotation(element, as(AnnotationMirror.class, value(name).getValue()), elements);
  }

  private List<AnnotationValue> array(String name) {
    List<AnnotationValue> values = new ArrayList<>();
    for (Object item : as(List.class, value(name).getValue())) {
      values.add(readable(as(AnnotationValue.class, item)));
    }
    return values;
  }

  /**
   * The value, unless javac could not compute it: javac then hands over a stand-in whose text is
   * {@code <error>} (its class {@code Attribute.Error}), which must not pass for the user's string.
   */
  private static AnnotationValue readable(AnnotationValue value) {
    String kind = value.getClass().getName();
    if (kind.endsWith("$Error") || kind.endsWith("$UnresolvedClass")) {
      throw new UnreadableSpecException();
    }
    return value;
  }

  private AnnotationValue value(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : withDefaults.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return readable(entry.getValue());
      }
    }
    throw new UnreadableSpecException();
  }

  private AnnotationValue explicitValue(String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : explicit.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static <T> T as(Class<T> type, Object value) {
    if (!type.isInstance(value)) {
      throw new UnreadableSpecException();
    }
    return type.cast(value);
  }
}
