package org.podunits.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;
import org.podunits.processor.AppModel.CapabilitiesModel;
import org.podunits.processor.AppModel.MountModel;
import org.podunits.processor.AppModel.OptionModel;
import org.podunits.processor.AppModel.PortModel;
import org.podunits.processor.AppModel.ResourcesModel;
import org.podunits.processor.AppModel.SeccompModel;

/**
 * Reads one {@code @App} method and the annotations beside it into an {@link AppModel}, recording
 * the location of every value under the runtime field path it will have ({@code apps[web].mounts[1].path}).
 */
final class AppValidator {
  private static final int NO_CPU_SHARES = -1;
  private static final int NO_OOM_SCORE_ADJUST = Integer.MIN_VALUE;

  private final Elements elements;
  private final Reporter reporter;

  AppValidator(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** The app's name: given with {@code @App(name = ...)}, or derived from the method's. */
  static String name(ExecutableElement method, SpecAnnotation app) {
    return app.isSet("name") ? app.string("name") : Names.kebab(method.getSimpleName().toString());
  }

  /**
   * The app's model, with everything it declares that can be read: an annotation beside {@code
   * @App} that is unusable is reported and left out, and the rest of the app is still checked.
   */
  AppModel validate(ExecutableElement method, SpecAnnotation app, SpecLocations locations) {
    String methodName = method.getSimpleName().toString();
    String name = name(method, app);
    String path = SpecLocations.segment("apps", name);
    locations.put(path, app.at());
    locations.put(path + ".name", app.isSet("name") ? app.at("name") : Location.of(method));
    if (!app.isSet("name")) {
      locations.derivedName(path + ".name", methodName);
    }
    attribute(locations, path, app, "image");
    List<String> exec = app.strings("exec");
    locations.put(path + ".exec", app.at("exec"));
    locations.put(path + ".binPath", app.at("exec", 0));
    for (int i = 0; i < exec.size(); i++) {
      locations.put(path + ".exec[" + i + "]", app.at("exec", i));
    }
    attribute(locations, path, app, "workingDirectory");
    attribute(locations, path, app, "user");
    attribute(locations, path, app, "group");
    List<Integer> gids = app.integers("supplementaryGids");
    locations.put(path + ".supplementaryGids", app.at("supplementaryGids"));
    for (int i = 0; i < gids.size(); i++) {
      locations.put(path + ".supplementaryGids[" + i + "]", app.at("supplementaryGids", i));
    }
    attribute(locations, path, app, "readOnlyRootFs");
    attribute(locations, path, app, "supportsNotify");
    attribute(locations, path, app, "kubernetesLogPath");
    List<NamedValue> annotations = new ArrayList<>();
    for (SpecAnnotation annotation : app.annotations("annotations")) {
      NamedValue entry = new NamedValue(annotation.string("name"), annotation.string("value"));
      annotations.add(entry);
      locations.put(path + "." + SpecLocations.segment("annotations", entry.name()), annotation.at());
    }
    List<NamedValue> environment = new ArrayList<>();
    for (SpecAnnotation env : SpecAnnotation.findAll(method, Annotations.ENV, elements)) {
      NamedValue entry = new NamedValue(env.string("name"), env.string("value"));
      environment.add(entry);
      locations.put(path + "." + SpecLocations.segment("environment", entry.name()), env.at());
    }
    String[] stdio = {"LOG", "LOG", "LOG"};
    SpecAnnotation.find(method, Annotations.STDIO, elements).ifPresent(streams -> {
      String[] names = {"stdin", "stdout", "stderr"};
      for (int i = 0; i < names.length; i++) {
        stdio[i] = streams.constant(names[i]);
        locations.put(path + "." + names[i], streams.at(names[i]));
      }
    });
    ResourcesModel resources = resources(method, path, locations);
    List<CapabilitiesModel> capabilities = capabilities(method, path, locations);
    List<SeccompModel> seccomp = seccomp(method, path, locations);
    Optional<SpecAnnotation> noNewPrivileges = SpecAnnotation.find(method, Annotations.NO_NEW_PRIVILEGES, elements);
    noNewPrivileges.ifPresent(isolator -> locations.put(path + ".noNewPrivileges", isolator.at()));
    List<MountModel> mounts = new ArrayList<>();
    for (SpecAnnotation mount : SpecAnnotation.findAll(method, Annotations.MOUNT, elements)) {
      String mountPath = path + ".mounts[" + mounts.size() + "]";
      locations.put(mountPath, mount.at());
      attribute(locations, mountPath, mount, "volume");
      attribute(locations, mountPath, mount, "path");
      attribute(locations, mountPath, mount, "readOnly");
      mounts.add(new MountModel(mount.string("volume"), mount.string("path"), mount.bool("readOnly")));
    }
    List<PortModel> ports = new ArrayList<>();
    for (SpecAnnotation port : SpecAnnotation.findAll(method, Annotations.PORT, elements)) {
      String portPath = path + ".ports[" + ports.size() + "]";
      locations.put(portPath, port.at());
      for (String attribute : List.of("name", "protocol", "port", "socketActivated")) {
        attribute(locations, portPath, port, attribute);
      }
      ports.add(new PortModel(port.string("name"), port.constant("protocol"), port.integer("port"),
          port.bool("socketActivated")));
    }
    List<List<String>> preStart = handlers(method, Annotations.PRE_START, path, 0, locations);
    List<List<String>> postStop = handlers(method, Annotations.POST_STOP, path, preStart.size(), locations);
    List<OptionModel> options = new ArrayList<>();
    for (SpecAnnotation option : SpecAnnotation.findAll(method, Annotations.OPTION, elements)) {
      String optionPath = path + ".options[" + options.size() + "]";
      locations.put(optionPath, option.at());
      for (String attribute : List.of("section", "name", "value")) {
        attribute(locations, optionPath, option, attribute);
      }
      options.add(new OptionModel(option.string("section"), option.string("name"), option.string("value")));
    }
    return new AppModel(methodName, name, app.string("image"), exec, app.string("workingDirectory"),
        app.string("user"), app.string("group"), gids, app.bool("readOnlyRootFs"), app.bool("supportsNotify"),
        app.string("kubernetesLogPath"), annotations, environment, stdio[0], stdio[1], stdio[2], resources, capabilities, seccomp,
        noNewPrivileges.isPresent(), mounts, ports, preStart, postStop, options);
  }

  private ResourcesModel resources(ExecutableElement method, String path, SpecLocations locations) {
    Optional<SpecAnnotation> found = SpecAnnotation.find(method, Annotations.RESOURCES, elements);
    if (found.isEmpty()) {
      return ResourcesModel.NONE;
    }
    SpecAnnotation resources = found.get();
    String resourcesPath = path + ".resources";
    locations.put(resourcesPath, resources.at());
    for (String attribute : List.of("memory", "cpu", "cpuShares", "oomScoreAdjust")) {
      attribute(locations, resourcesPath, resources, attribute);
    }
    int shares = resources.integer("cpuShares");
    int oomScoreAdjust = resources.integer("oomScoreAdjust");
    return new ResourcesModel(resources.string("memory"), resources.string("cpu"),
        shares == NO_CPU_SHARES ? null : shares, oomScoreAdjust == NO_OOM_SCORE_ADJUST ? null : oomScoreAdjust);
  }

  private List<CapabilitiesModel> capabilities(ExecutableElement method, String path, SpecLocations locations) {
    Optional<SpecAnnotation> found = SpecAnnotation.find(method, Annotations.CAPABILITIES, elements);
    if (found.isEmpty()) {
      return List.of();
    }
    SpecAnnotation capabilities = found.get();
    if (!capabilities.isSet("retain") && !capabilities.isSet("remove")) {
      reporter.error(capabilities.at(), Message.CAPABILITIES_EMPTY, method.getSimpleName());
      return List.of();
    }
    locations.put(path + ".capabilities", capabilities.at());
    List<CapabilitiesModel> isolators = new ArrayList<>();
    for (String kind : List.of("retain", "remove")) {
      if (capabilities.isSet(kind)) {
        List<String> names = capabilities.strings(kind);
        isolators.add(new CapabilitiesModel(kind.equals("retain"), names));
        indexed(locations, path + ".capabilities." + kind, capabilities, kind, names.size());
      }
    }
    return isolators;
  }

  private List<SeccompModel> seccomp(ExecutableElement method, String path, SpecLocations locations) {
    Optional<SpecAnnotation> found = SpecAnnotation.find(method, Annotations.SECCOMP, elements);
    if (found.isEmpty()) {
      return List.of();
    }
    SpecAnnotation seccomp = found.get();
    if (!seccomp.isSet("retain") && !seccomp.isSet("remove")) {
      reporter.error(seccomp.at(), Message.SECCOMP_EMPTY, method.getSimpleName());
      return List.of();
    }
    locations.put(path + ".seccomp", seccomp.at());
    locations.put(path + ".seccomp.errno", seccomp.at("errno"));
    List<SeccompModel> isolators = new ArrayList<>();
    for (String kind : List.of("retain", "remove")) {
      if (seccomp.isSet(kind)) {
        List<String> names = seccomp.strings(kind);
        isolators.add(new SeccompModel(kind.equals("retain"), names, seccomp.string("errno")));
        indexed(locations, path + ".seccomp." + kind, seccomp, kind, names.size());
      }
    }
    return isolators;
  }

  private List<List<String>> handlers(ExecutableElement method, String type, String path, int firstIndex,
      SpecLocations locations) {
    List<List<String>> handlers = new ArrayList<>();
    for (SpecAnnotation handler : SpecAnnotation.findAll(method, type, elements)) {
      String handlerPath = path + ".eventHandlers[" + (firstIndex + handlers.size()) + "]";
      locations.put(handlerPath, handler.at());
      List<String> exec = handler.strings("value");
      indexed(locations, handlerPath + ".exec", handler, "value", exec.size());
      handlers.add(exec);
    }
    return handlers;
  }

  private static void attribute(SpecLocations locations, String parent, SpecAnnotation annotation, String name) {
    locations.put(parent + "." + name, annotation.at(name));
  }

  private static void indexed(SpecLocations locations, String path, SpecAnnotation annotation, String name,
      int size) {
    locations.put(path, annotation.at(name));
    for (int i = 0; i < size; i++) {
      locations.put(path + "[" + i + "]", annotation.at(name, i));
    }
  }
}
