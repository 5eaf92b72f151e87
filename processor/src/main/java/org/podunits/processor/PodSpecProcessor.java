package org.podunits.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.HashSet;
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
  private final BiFunction<PodModel, Element, JavaFile> renderer;

  /** The processor javac loads. */
  public PodSpecProcessor() {
    this(UnitsRenderer::render);
  }

  /** A processor with another renderer: how tests make a spec fail unexpectedly. */
  PodSpecProcessor(BiFunction<PodModel, Element, JavaFile> renderer) {
    this.renderer = renderer;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>();
    types.add(Annotations.POD_SPEC);
    types.add(Annotations.APP);
    for (String detail : Annotations.APP_DETAILS) {
      types.add(detail);
      types.add(detail + ".List");
    }
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Elements elements = processingEnv.getElementUtils();
    Reporter reporter = new Reporter(processingEnv);
    TypeElement podSpec = elements.getTypeElement(Annotations.POD_SPEC);
    if (podSpec != null) {
      for (Element element : round.getElementsAnnotatedWith(podSpec)) {
        if (element instanceof TypeElement type) {
          processSpec(type, elements, reporter);
        }
      }
    }
    reportStrayAppAnnotations(round, elements, reporter);
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
  private static void reportStrayAppAnnotations(RoundEnvironment round, Elements elements, Reporter reporter) {
    TypeElement app = elements.getTypeElement(Annotations.APP);
    if (app != null) {
      for (Element method : round.getElementsAnnotatedWith(app)) {
        Element enclosing = method.getEnclosingElement();
        if (SpecAnnotation.find(enclosing, Annotations.POD_SPEC, elements).isEmpty()) {
          reporter.error(SpecAnnotation.find(method, Annotations.APP, elements).orElseThrow().at(),
              Message.APP_OUTSIDE_SPEC, method.getSimpleName(), enclosing.getSimpleName());
        }
      }
    }
    Set<Element> seen = new HashSet<>();
    for (String detail : Annotations.APP_DETAILS) {
      for (String type : new String[] {detail, detail + ".List"}) {
        TypeElement annotation = elements.getTypeElement(type);
        if (annotation == null) {
          continue;
        }
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (element.getKind() == ElementKind.METHOD && seen.add(element)
              && SpecAnnotation.find(element, Annotations.APP, elements).isEmpty()) {
            reportDetailWithoutApp((ExecutableElement) element, elements, reporter);
          }
        }
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
