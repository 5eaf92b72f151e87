package org.podunits.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @PodSpec} type into a {@link PodModel} and the {@link SpecLocations} of its
 * values, reporting every problem of its Java shape: not an interface, methods that cannot be
 * apps, app names that clash. Values are checked next, by the runtime ({@link RuntimeCheck}), also
 * when the shape is wrong, so that one compile reports every problem of the spec.
 */
final class PodSpecValidator {
  private static final String SPEC_NAME = "[a-z0-9]+(-[a-z0-9]+)*";

  private final Elements elements;
  private final Reporter reporter;
  private final AppValidator apps;

  /** False once a value javac could not compute is left out of the spec being read. */
  private boolean complete = true;

  PodSpecValidator(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
    this.apps = new AppValidator(elements, reporter);
  }

  /**
   * The spec read into a model, every problem of its Java shape reported. The model holds every app
   * it can, so that the runtime can check their values even when the shape is wrong: an app method
   * of the wrong shape is still read, an app whose name an earlier one has is set aside with the
   * locations of its own values ({@link ValidatedSpec#duplicates()}), and an app or pod annotation
   * whose values javac could not compute is left out, as are those of a volume but its name
   * ({@link ValidatedSpec#complete()} is then false).
   *
   * @throws UnreadableSpecException if javac could not compute a setting of the pod itself or the
   *     name of a volume
   */
  ValidatedSpec validate(TypeElement type) {
    SpecAnnotation podSpec = SpecAnnotation.find(type, Annotations.POD_SPEC, elements).orElseThrow();
    SpecLocations locations = new SpecLocations(podSpec.at());
    boolean isInterface = type.getKind() == ElementKind.INTERFACE;
    if (!isInterface) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      reporter.error(podSpec.at(), Message.SPEC_NOT_INTERFACE, articled(kind), type.getSimpleName(),
          type.getSimpleName());
    }
    String podName = podSpec.string("name");
    if (podName.isEmpty()) {
      podName = Names.kebab(type.getSimpleName().toString());
    } else if (!podName.matches(SPEC_NAME)) {
      reporter.error(podSpec.at("name"), Message.SPEC_NAME_INVALID, Texts.printable(podName));
    }
    SpecAnnotation stage1 = podSpec.annotation("stage1");
    locations.put("stage1", podSpec.at("stage1"));
    locations.put("stage1.flavor", stage1.at("flavor"));
    locations.put("stage1.systemdVersion", stage1.at("systemdVersion"));
    locations.put("logMode", podSpec.at("logMode"));
    locations.put("mutable", podSpec.at("mutable"));
    List<NamedValue> annotations = new ArrayList<>();
    List<SpecAnnotation> annotationMirrors = podSpec.annotations("annotations");
    for (SpecAnnotation annotation : annotationMirrors) {
      try {
        NamedValue entry = new NamedValue(annotation.string("name"), annotation.string("value"));
        annotations.add(entry);
        locations.put(SpecLocations.segment("annotations", entry.name()), annotation.at("value"));
      } catch (UnreadableSpecException e) {
        // javac has reported the value; nothing else refers to a pod annotation.
        complete = false;
      }
    }
    List<VolumeModel> volumes = volumes(type, locations);
    List<AppModel> appModels = new ArrayList<>();
    List<ValidatedSpec.Duplicate> duplicates = new ArrayList<>();
    Map<String, ExecutableElement> appNames = new HashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Element owner = method.getEnclosingElement();
      if (isInterface ? owner.getKind() != ElementKind.INTERFACE : owner != type) {
        continue;
      }
      Optional<SpecAnnotation> app = SpecAnnotation.find(method, Annotations.APP, elements);
      if (app.isEmpty()) {
        if (isInterface && method.getModifiers().contains(Modifier.ABSTRACT)) {
          reporter.error(Location.of(owner == type ? method : type),
              Message.METHOD_WITHOUT_APP, method.getSimpleName(), type.getSimpleName());
        }
        continue;
      }
      if (isInterface) {
        reportAppMethodShape(method, app.get());
      }
      try {
        String name = AppValidator.name(method, app.get());
        ExecutableElement earlier = appNames.putIfAbsent(name, method);
        if (earlier == null) {
          appModels.add(apps.validate(method, app.get(), locations));
        } else {
          reporter.error(app.get().isSet("name") ? app.get().at("name") : Location.of(method),
              Message.APP_NAME_DUPLICATE, name, method.getSimpleName(), earlier.getSimpleName());
          SpecLocations own = new SpecLocations(podSpec.at());
          duplicates.add(new ValidatedSpec.Duplicate(apps.validate(method, app.get(), own), own));
        }
      } catch (UnreadableSpecException e) {
        // javac has reported the value it could not compute; the other apps are still checked.
        complete = false;
      }
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    PodModel model = new PodModel(packageName, nestedName(type, "."), nestedName(type, "_") + "Units", podName,
        stage1.string("flavor"), stage1.integer("systemdVersion"), podSpec.bool("mutable"), podSpec.constant("logMode"),
        annotations, volumes,
        appModels);
    return new ValidatedSpec(type, model, locations, duplicates, complete);
  }

  private List<VolumeModel> volumes(TypeElement type, SpecLocations locations) {
    List<VolumeModel> volumes = new ArrayList<>();
    for (SpecAnnotation volume : SpecAnnotation.findAll(type, Annotations.VOLUME, elements)) {
      String name = volume.string("name");
      try {
        List<Boolean> readOnly = volume.booleans("readOnly");
        if (readOnly.size() > 1) {
          // Kept without a flag, so that the mounts of the volume are still checked.
          reporter.error(volume.at("readOnly"), Message.VOLUME_READ_ONLY_TWICE, Texts.printable(name),
              readOnly.size());
        }
        boolean host = volume.constant("kind").equals("HOST");
        volumes.add(new VolumeModel(name, host, volume.string("source"),
            readOnly.size() == 1 ? Optional.of(readOnly.get(0)) : Optional.empty()));
      } catch (UnreadableSpecException e) {
        // javac has reported the value; an empty volume of the name stands in for the mounts of it.
        volumes.add(new VolumeModel(name, false, "", Optional.empty()));
        complete = false;
      }
      String path = SpecLocations.segment("volumes", name);
      locations.put(path, volume.at());
      locations.put(path + ".name", volume.at("name"));
      locations.put(path + ".kind", volume.at("kind"));
      locations.put(path + ".source", volume.at(volume.isSet("source") ? "source" : "kind"));
      locations.put(path + ".readOnly", volume.at("readOnly"));
    }
    return volumes;
  }

  private void reportAppMethodShape(ExecutableElement method, SpecAnnotation app) {
    if (!method.getParameters().isEmpty()) {
      reporter.error(Location.of(method.getParameters().get(0)), Message.APP_PARAMETERS, method.getSimpleName(),
          method.getSimpleName());
    }
    if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
      String modifier = method.getModifiers().contains(Modifier.STATIC) ? "static"
          : method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "default";
      reporter.error(app.at(), Message.APP_NOT_ABSTRACT, method.getSimpleName(), modifier);
    }
    if (!method.getTypeParameters().isEmpty()) {
      List<String> names = new ArrayList<>();
      method.getTypeParameters().forEach(parameter -> names.add(parameter.getSimpleName().toString()));
      reporter.error(Location.of(method.getTypeParameters().get(0)), Message.APP_GENERIC, method.getSimpleName(),
          String.join(", ", names));
    }
  }

  private static String articled(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  private static String nestedName(TypeElement type, String separator) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element outer = type.getEnclosingElement(); outer instanceof TypeElement enclosing;
        outer = enclosing.getEnclosingElement()) {
      name.insert(0, enclosing.getSimpleName() + separator);
    }
    return name.toString();
  }
}
