package org.podunits.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.podunits.processor.PodSpecProcessor;

/**
 * What the processor adds to a compile: javac on 100 pod spec sources with the podunits processor
 * ({@link #javacWithProcessor}: validation through the runtime, generation, and compiling the
 * generated builders) against the same javac on the same sources without annotation processing
 * ({@link #javacWithoutProcessor}, the baseline). Both compile in memory, class files discarded;
 * the target is a ratio of at most 1.25. {@link #javacWithIdleProcessor} is a reference point, not
 * a baseline: javac with annotation processing on and a processor that reads the same annotations
 * and does nothing, which is what any processor costs before it does any work.
 *
 * <p>javac is itself Java code that the JIT compiles while it runs: its first few dozen compiles
 * in a JVM are several times slower than later ones, and single timed compiles varied by half.
 * Each iteration therefore times as many compiles as fit in two seconds, after twenty seconds of
 * warm-up, on a fixed heap so that its sizing does not move between iterations; both benchmarks
 * get the same settings, so the ratio compares javac with itself in the same warm state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProcessorCompileBenchmark {
  private static final int SPECS = 100;

  private JavaCompiler javac;
  private List<JavaFileObject> sources;
  private List<String> classPath;

  @Setup
  public void setUp() {
    javac = ToolProvider.getSystemJavaCompiler();
    sources = new ArrayList<>();
    for (int i = 0; i < SPECS; i++) {
      sources.add(new Source("bench/Spec" + i + ".java", spec(i)));
    }
    classPath = List.of("-classpath", System.getProperty("java.class.path"), "--release", "17",
        "-Xlint:all,-processing");
  }

  @Benchmark
  public boolean javacWithoutProcessor() throws IOException {
    return compile(null, List.of()).isEmpty();
  }

  @Benchmark
  public boolean javacWithIdleProcessor() throws IOException {
    return compile(new IdleProcessor(), List.of()).isEmpty();
  }

  @Benchmark
  public boolean javacWithProcessor() throws IOException {
    return compile(new PodSpecProcessor(), List.of()).isEmpty();
  }

  /**
   * Compiles the specs and {@code more} sources, with {@code processor} or, if null, without
   * annotation processing.
   *
   * @return the sources the processor generated
   */
  List<JavaFileObject> compile(Processor processor, List<JavaFileObject> more) throws IOException {
    List<String> options = new ArrayList<>(classPath);
    if (processor == null) {
      options.add("-proc:none");
    }
    List<JavaFileObject> all = new ArrayList<>(sources);
    all.addAll(more);
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
        InMemoryOutput files = new InMemoryOutput(standard)) {
      JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null, all);
      if (processor != null) {
        task.setProcessors(List.of(processor));
      }
      if (!task.call()) {
        throw new IllegalStateException("the benchmark's specs do not compile:\n" + messages);
      }
      return files.generatedSources();
    }
  }

  /** A spec shaped like a small real pod: two apps, volumes, ports, limits, an extra option. */
  static String spec(int i) {
    return "package bench;\n"
        + "import org.podunits.annotations.*;\n"
        + "@PodSpec(stage1 = @Stage1(systemdVersion = 252))\n"
        + "@Volume(name = \"logs\")\n"
        + "@Volume(name = \"site\", kind = Volume.Kind.HOST)\n"
        + "interface Spec" + i + " {\n"
        + "  @App(image = \"example.com/web" + i + "\", exec = {\"/usr/sbin/nginx\", \"-g\", \"daemon off;\"})\n"
        + "  @Stdio(stdout = Stdio.Mode.STREAM, stderr = Stdio.Mode.STREAM)\n"
        + "  @Mount(volume = \"logs\", path = \"/var/log/nginx\")\n"
        + "  @Mount(volume = \"site\", path = \"/srv/www\", readOnly = true)\n"
        + "  @Port(name = \"http\", port = " + (8000 + i) + ", socketActivated = true)\n"
        + "  @Resources(memory = \"256Mi\", cpu = \"500m\")\n"
        + "  @Option(section = \"Service\", name = \"LimitNOFILE\", value = \"65536\")\n"
        + "  void web();\n"
        + "  @App(image = \"example.com/rotate\", exec = {\"/usr/sbin/logrotate\", \"/etc/logrotate.conf\"})\n"
        + "  @Env(name = \"TZ\", value = \"UTC\")\n"
        + "  @Mount(volume = \"logs\", path = \"/var/log/nginx\")\n"
        + "  @Capabilities(retain = {\"CAP_CHOWN\", \"CAP_FOWNER\"})\n"
        + "  void logRotate();\n"
        + "}\n";
  }

  /** Reads the annotations the podunits processor reads, and does nothing with them. */
  static final class IdleProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return new PodSpecProcessor().getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("mem:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  /** Keeps generated sources in memory for javac to compile, and drops class files. */
  private static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final List<JavaFileObject> generatedSources = new ArrayList<>();

    InMemoryOutput(StandardJavaFileManager standard) {
      super(standard);
    }

    /** The sources written so far, each as a new source file of its text. */
    List<JavaFileObject> generatedSources() throws IOException {
      List<JavaFileObject> copies = new ArrayList<>();
      for (JavaFileObject generated : generatedSources) {
        copies.add(new Source("generated" + generated.toUri().getPath(), generated.getCharContent(true).toString()));
      }
      return copies;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(JavaFileManager.Location location, String className,
        JavaFileObject.Kind kind, FileObject sibling) {
      JavaFileObject file = new SimpleJavaFileObject(
          URI.create("mem:///" + location.getName() + "/" + className.replace('.', '/') + kind.extension), kind) {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public OutputStream openOutputStream() {
          return bytes;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return bytes.toString(StandardCharsets.UTF_8);
        }
      };
      if (kind == JavaFileObject.Kind.SOURCE) {
        generatedSources.add(file);
      }
      return file;
    }
  }
}
