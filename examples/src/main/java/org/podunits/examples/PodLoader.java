package org.podunits.examples;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.podunits.pod.Pod;

/**
 * Gets a user's pod out of a class on a class path. Three kinds of class are taken:
 *
 * <ul>
 *   <li>a {@code Supplier<Pod>} with a public no-argument constructor, for pods built with the
 *       runtime API;
 *   <li>a {@code @PodSpec} interface {@code com.example.WebPod}: the annotation processor
 *       generated {@code com.example.WebPodUnits} beside it, whose {@code builder()} gives a
 *       builder with {@code pod()};
 *   <li>that generated {@code WebPodUnits} class itself.
 * </ul>
 *
 * A spec whose builder needs run-time facts ({@code builder(String siteSource)}) cannot be built
 * from the command line; the message says to wrap it in a {@code Supplier<Pod>} that supplies them.
 * The classes are loaded in a class loader whose parent holds podunits, so they share its {@link
 * Pod}.
 */
final class PodLoader {

  /** The suffix of the class the annotation processor generates for a spec. */
  static final String GENERATED_SUFFIX = "Units";

  private PodLoader() {}

  /**
   * The pod the class gives.
   *
   * @throws CommandFailure with {@link Main#USAGE} if the class is missing or of none of the three
   *     kinds, or with {@link Main#PROBLEMS} if the user's code fails to build the pod
   */
  static Pod load(String className, String classPath) {
    URLClassLoader loader = new URLClassLoader(urls(classPath), PodLoader.class.getClassLoader());
    Class<?> type = find(loader, className);
    if (type == null) {
      throw usage("class " + Shown.text(className) + " is not on the class path " + Shown.text(classPath)
          + "; give its fully qualified name, and the jar or directory holding it with --classpath");
    }
    if (Supplier.class.isAssignableFrom(type)) {
      return fromSupplier(type);
    }
    Class<?> units = hasBuilder(type) ? type : find(loader, type.getName() + GENERATED_SUFFIX);
    if (units == null || !hasBuilder(units)) {
      throw usage(className + " is neither a Supplier<Pod> nor a pod spec with a generated "
          + type.getSimpleName() + GENERATED_SUFFIX + ".builder() on the class path; implement Supplier<Pod>, "
          + "or compile the @PodSpec interface with podunits-processor on the annotation processor path");
    }
    return fromBuilder(className, units);
  }

  private static URL[] urls(String classPath) {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator, -1)) {
      if (entry.isEmpty()) {
        continue;
      }
      try {
        Path path = Path.of(entry);
        if (!Files.exists(path)) {
          throw usage("class path entry " + Shown.text(entry) + " does not exist; give jars and directories that do");
        }
        urls.add(path.toUri().toURL());
      } catch (InvalidPathException | MalformedURLException e) {
        throw usage("class path entry \"" + Shown.text(entry) + "\" is not a path: " + e.getMessage());
      }
    }
    return urls.toArray(new URL[0]);
  }

  private static Class<?> find(ClassLoader loader, String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static boolean hasBuilder(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()));
  }

  private static Pod fromSupplier(Class<?> type) {
    Object supplier;
    try {
      supplier = type.getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw usage(type.getName() + " must be a public, non-abstract class with a public no-argument constructor"
          + " for the command line to create it");
    } catch (InvocationTargetException e) {
      throw failed(type.getName() + "'s constructor", e.getCause());
    }
    Object pod;
    try {
      pod = ((Supplier<?>) supplier).get();
    } catch (RuntimeException | LinkageError e) {
      throw failed(type.getName() + ".get()", e);
    }
    return requirePod(type.getName() + ".get()", pod);
  }

  private static Pod fromBuilder(String className, Class<?> units) {
    Method builder;
    try {
      builder = units.getMethod("builder");
    } catch (NoSuchMethodException e) {
      Method withFacts = Arrays.stream(units.getMethods()).filter(m -> m.getName().equals("builder")).findFirst()
          .orElseThrow();
      throw usage(units.getName() + ".builder needs run-time facts " + Arrays.toString(withFacts.getParameters())
          + " that the command line cannot supply; write a Supplier<Pod> that calls it with them and give that class"
          + " to --class");
    }
    try {
      Object built = builder.invoke(null);
      Method pod = builder.getReturnType().getMethod("pod");
      return requirePod(units.getName() + ".builder().pod()", pod.invoke(built));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw usage(units.getName() + ".builder() does not return a public builder with pod(); was " + className
          + " compiled with this version of podunits-processor?");
    } catch (InvocationTargetException e) {
      throw failed(units.getName() + ".builder().pod()", e.getCause());
    }
  }

  private static Pod requirePod(String source, Object pod) {
    if (!(pod instanceof Pod)) {
      throw usage(source + " returned " + (pod == null ? "null" : "a " + pod.getClass().getName())
          + ", not an org.podunits.pod.Pod");
    }
    return (Pod) pod;
  }

  private static CommandFailure failed(String source, Throwable cause) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    return new CommandFailure(Main.PROBLEMS, source + " failed: " + message, cause);
  }

  private static CommandFailure usage(String message) {
    return new CommandFailure(Main.USAGE, message, null);
  }
}
