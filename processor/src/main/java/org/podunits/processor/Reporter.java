package org.podunits.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import org.podunits.directive.Severity;

/**
 * The one way problems reach javac: each at its {@link Location}, with its tag, counted so that a
 * spec with an error is never generated.
 *
 * <p>javac places a message on an annotation value itself, except inside a repeated annotation
 * (it only knows the container it made). There the reporter finds the occurrence in javac's source
 * tree; where that tree is not available (another compiler, a wrapped environment) the message
 * goes on the annotated element.
 */
final class Reporter {
  private final Messager messager;
  private final Trees trees;
  private int errors;

  Reporter(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.trees = treesOf(environment);
  }

  private static Trees treesOf(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  void error(Location at, Message message, Object... args) {
    report(Severity.ERROR, at, message.tag(), message.text(args));
  }

  /** A problem with its own tag, such as a runtime diagnostic's code. */
  void report(Severity severity, Location at, String tag, String text) {
    Kind kind = severity == Severity.ERROR ? Kind.ERROR : Kind.WARNING;
    if (kind == Kind.ERROR) {
      errors++;
    }
    String message = "[" + tag + "] " + text;
    if (at.repeated() != null && reportInTree(kind, message, at)) {
      return;
    }
    if (at.value() != null) {
      messager.printMessage(kind, message, at.element(), at.mirror(), at.value());
    } else if (at.mirror() != null) {
      messager.printMessage(kind, message, at.element(), at.mirror());
    } else {
      messager.printMessage(kind, message, at.element());
    }
  }

  private boolean reportInTree(Kind kind, String message, Location at) {
    if (trees == null) {
      return false;
    }
    TreePath declaration = trees.getPath(at.element());
    if (declaration == null) {
      return false;
    }
    Tree leaf = declaration.getLeaf();
    ModifiersTree modifiers = leaf instanceof MethodTree method ? method.getModifiers()
        : leaf instanceof ClassTree type ? type.getModifiers() : null;
    if (modifiers == null) {
      return false;
    }
    TreePath modifiersPath = new TreePath(declaration, modifiers);
    Location.Occurrence occurrence = at.repeated();
    int seen = 0;
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Element type = trees.getElement(new TreePath(new TreePath(modifiersPath, annotation),
          annotation.getAnnotationType()));
      if (!(type instanceof TypeElement annotationType)
          || !annotationType.getQualifiedName().contentEquals(occurrence.annotationType())) {
        continue;
      }
      if (seen++ == occurrence.occurrence()) {
        trees.printMessage(kind, message, inside(annotation, occurrence), declaration.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  private static Tree inside(AnnotationTree annotation, Location.Occurrence occurrence) {
    if (occurrence.attribute() == null) {
      return annotation;
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      ExpressionTree value = null;
      if (argument instanceof AssignmentTree assignment && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(occurrence.attribute())) {
        value = assignment.getExpression();
      } else if (!(argument instanceof AssignmentTree) && occurrence.attribute().equals("value")) {
        value = argument;
      }
      if (value != null) {
        if (occurrence.index() >= 0 && value instanceof NewArrayTree array) {
          List<? extends ExpressionTree> items = array.getInitializers();
          return occurrence.index() < items.size() ? items.get(occurrence.index()) : value;
        }
        return value;
      }
    }
    return annotation;
  }

  void unexpected(Location at, String what, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    error(at, Message.UNEXPECTED_EXCEPTION, what, trace);
  }

  /** How many errors were reported so far. */
  int errors() {
    return errors;
  }
}
