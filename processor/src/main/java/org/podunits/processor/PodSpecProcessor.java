package org.podunits.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The podunits annotation processor: validates every {@code @PodSpec} type, with the runtime's own
 * checks for its values, and generates {@code <Spec>Units} for each valid one. Each problem is a
 * compile error (or warning) on the annotation attribute that holds it; every problem of every
 * spec of a compile is reported. It never claims the annotations it reads.
 */
@AutoService(Processor.class)
public final class PodSpecProcessor extends AbstractProcessor {
  /** The app detail annotations and their repeatable containers, by qualified name. */
  private static final Set<String> DETAIL_TYPES = detailTypes();

  private final BiFunction<PodModel, Element, JavaFile> renderer;

  /** The processor javac loads. */
  public PodSpecProcessor() {
    this(UnitsRenderer::render);
  }

  /** A processor with another renderer: how tests make a spec fail unexpectedly. */
  PodSpecProcessor(BiFunction<PodModel, Element, JavaFile> renderer) {
    this.renderer = renderer;
  }

  private static Set<String> detailTypes() {
    Set<String> types = new LinkedHashSet<>();
    for (String detail : Annotations.APP_DETAILS) {
      types.add(detail);
      types.add(detail + ".List");
    }
    return Collections.unmodifiableSet(types);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(Annotations.POD_SPEC);
    types.add(Annotations.APP);
    types.addAll(DETAIL_TYPES);
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (annotations.isEmpty()) {
      // A round of generated code, or the last one: no podunits annotation to read.
      return false;
    }
    Elements elements = processingEnv.getElementUtils();
    Reporter reporter = new Reporter(processingEnv);
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(Annotations.POD_SPEC)) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (element instanceof TypeElement type) {
            processSpec(type, elements, reporter);
          }
        }
      }
    }
    reportStrayAppAnnotations(annotations, round, elements, reporter);
    return false;
  }

  private void processSpec(TypeElement type, Elements elements, Reporter reporter) {
    Location at = SpecAnnotation.find(type, Annotations.POD_SPEC, elements).map(SpecAnnotation::at)
        .orElse(Location.of(type));
    int errorsBefore = reporter.errors();
    try {
      ValidatedSpec validated = new PodSpecValidator(elements, reporter).validate(type);
      new RuntimeCheck(reporter).check(validated);
      if (reporter.errors() > errorsBefore || !validated.complete()) {
        return;
      }
      PodModel model = validated.model();
      try {
        renderer.apply(model, type).writeTo(processingEnv.getFiler());
      } catch (IOException e) {
        reporter.error(at, Message.GENERATION_FAILED, model.packageName() + "." + model.unitsName(), e.getMessage());
      }
    } catch (UnreadableSpecException e) {
      // javac has reported the broken value of the pod itself; a second message would only repeat it.
    } catch (RuntimeException | LinkageError | AssertionError e) {
      reporter.unexpected(at, type.getQualifiedName().toString(), e);
    }
  }

  /** {@code @App} outside a spec, and app annotations without {@code @App}, would be silently ignored. */
  private static void reportStrayAppAnnotations(Set<? extends TypeElement> present, RoundEnvironment round,
      Elements elements, Reporter reporter) {
    Set<TypeElement> details = new LinkedHashSet<>();
    for (TypeElement annotation : present) {
      String name = annotation.getQualifiedName().toString();
      if (name.equals(Annotations.APP)) {
        reportAppsOutsideSpecs(round.getElementsAnnotatedWith(annotation), elements, reporter);
      } else if (DETAIL_TYPES.contains(name)) {
        details.add(annotation);
      }
    }
    if (details.isEmpty()) {
      return;
    }
    // One scan of the round for all detail annotations present, rather than one per type.
    for (Element element : round.getElementsAnnotatedWithAny(details.toArray(new TypeElement[0]))) {
      if (element.getKind() == ElementKind.METHOD
          && SpecAnnotation.find(element, Annotations.APP, elements).isEmpty()) {
        reportDetailWithoutApp((ExecutableElement) element, elements, reporter);
      }
    }
  }

  private static void reportAppsOutsideSpecs(Set<? extends Element> apps, Elements elements, Reporter reporter) {
    for (Element method : apps) {
      Element enclosing = method.getEnclosingElement();
      if (SpecAnnotation.find(enclosing, Annotations.POD_SPEC, elements).isEmpty()) {
        reporter.error(SpecAnnotation.find(method, Annotations.APP, elements).orElseThrow().at(),
            Message.APP_OUTSIDE_SPEC, method.getSimpleName(), enclosing.getSimpleName());
      }
    }
  }

  private static void reportDetailWithoutApp(ExecutableElement method, Elements elements, Reporter reporter) {
    for (String detail : Annotations.APP_DETAILS) {
      for (SpecAnnotation annotation : SpecAnnotation.findAll(method, detail, elements)) {
        String name = Annotations.simpleName(detail);
        reporter.error(annotation.at(), Message.DETAIL_WITHOUT_APP, name, method.getSimpleName(), name);
        break;
      }
    }
  }
}
