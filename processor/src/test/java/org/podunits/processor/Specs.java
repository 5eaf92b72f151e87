package org.podunits.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Spec sources for tests, compiled with the processor, and assertions on where problems land. */
final class Specs {
  private Specs() {}

  /** The options every test compile uses: the project's lint settings. */
  static final List<String> OPTIONS = List.of("-Xlint:all,-processing");

  /**
   * The source of {@code com.example.<name>}: the package, an import of the annotations, then
   * {@code lines}.
   */
  static JavaFileObject spec(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package com.example;");
    all.add("");
    all.add("import org.podunits.annotations.*;");
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("com.example." + name, all);
  }

  /** The sources compiled with the processor and the project's lint settings. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new PodSpecProcessor()).withOptions(OPTIONS).compile(sources);
  }

  /**
   * Asserts the compile had the error {@code message} on the first line containing {@code line},
   * at the column where {@code column} starts in it.
   */
  static void assertErrorAt(Compilation compilation, JavaFileObject file, String message, String line,
      String column) {
    Position at = position(file, line, column);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLine(at.line()).atColumn(at.column());
  }

  /** As {@link #assertErrorAt}, for a warning. */
  static void assertWarningAt(Compilation compilation, JavaFileObject file, String message, String line,
      String column) {
    Position at = position(file, line, column);
    assertThat(compilation).hadWarningContaining(message).inFile(file).onLine(at.line()).atColumn(at.column());
  }

  /** The number of errors of the compile. */
  static long errorCount(Compilation compilation) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
  }

  private static Position position(JavaFileObject file, String line, String column) {
    String[] lines = text(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(line)) {
        int columnIndex = lines[i].indexOf(column);
        if (columnIndex < 0) {
          throw new IllegalArgumentException("\"" + column + "\" is not on line " + (i + 1) + ": " + lines[i]);
        }
        return new Position(i + 1, columnIndex + 1);
      }
    }
    throw new IllegalArgumentException("no line contains \"" + line + "\"");
  }

  static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Position(int line, int column) {}
}
