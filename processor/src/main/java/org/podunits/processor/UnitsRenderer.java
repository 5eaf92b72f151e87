package org.podunits.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import org.podunits.processor.AppModel.CapabilitiesModel;
import org.podunits.processor.AppModel.MountModel;
import org.podunits.processor.AppModel.OptionModel;
import org.podunits.processor.AppModel.PortModel;
import org.podunits.processor.AppModel.SeccompModel;

/**
 * Writes {@code <Spec>Units} for a valid {@link PodModel}: a holder class with {@code builder(<required
 * run-time facts>)}, and a builder with typed methods per port, volume and app whose {@code pod()}
 * and {@code build()} make the pod through the runtime's own builders. The facts every pod has and
 * the mechanics every builder shares live in the runtime's {@code GeneratedPodBuilder}, which the
 * builder extends: the generated class holds only what its spec declares, so that javac compiles it
 * cheaply. Only reads the model.
 */
final class UnitsRenderer {
  private static final String POD_PACKAGE = "org.podunits.pod";
  private static final ClassName APP = ClassName.get(POD_PACKAGE, "App");
  private static final ClassName APP_BUILDER = APP.nestedClass("Builder");
  private static final ClassName POD = ClassName.get(POD_PACKAGE, "Pod");
  private static final ClassName POD_UNITS = ClassName.get(POD_PACKAGE, "PodUnits");
  private static final ClassName STAGE1 = ClassName.get(POD_PACKAGE, "Stage1");
  private static final ClassName GENERATED_POD_BUILDER = ClassName.get(POD_PACKAGE, "GeneratedPodBuilder");
  private static final ClassName VOLUME = ClassName.get(POD_PACKAGE, "Volume");
  private static final ClassName LOG_MODE = ClassName.get(POD_PACKAGE, "LogMode");
  private static final ClassName IO_MODE = ClassName.get(POD_PACKAGE, "IoMode");
  private static final ClassName PROTOCOL = ClassName.get(POD_PACKAGE, "Protocol");
  private static final ClassName APP_NAME = ClassName.get(POD_PACKAGE, "AppName");
  private static final ClassName POD_LAYOUT = ClassName.get(POD_PACKAGE, "PodLayout");
  private static final String INSPECT_PACKAGE = "org.podunits.inspect";
  private static final ClassName BINARY_LOOKUP = ClassName.get(INSPECT_PACKAGE, "BinaryLookup");
  private static final ClassName APP_USERS = ClassName.get(INSPECT_PACKAGE, "AppUsers");
  private static final ClassName INSPECTION_FAILED = ClassName.get(INSPECT_PACKAGE, "PodInspectionException");
  private static final ClassName PATH = ClassName.get("java.nio.file", "Path");
  private static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName UNIT_SET = ClassName.get("org.podunits.write", "UnitSet");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final AnnotationSpec GENERATED_BY = AnnotationSpec.builder(GENERATED)
      .addMember("value", "$S", PodSpecProcessor.class.getName()).build();

  private final PodModel pod;
  private final ClassName spec;
  private final ClassName units;
  private final ClassName builder;

  private UnitsRenderer(PodModel pod) {
    this.pod = pod;
    List<String> nesting = List.of(pod.specName().split("\\."));
    this.spec = ClassName.get(pod.packageName(), nesting.get(0),
        nesting.subList(1, nesting.size()).toArray(new String[0]));
    this.units = ClassName.get(pod.packageName(), pod.unitsName());
    this.builder = units.nestedClass("Builder");
  }

  /** The source of {@code <Spec>Units}, its spec as originating element. */
  static JavaFile render(PodModel pod, Element originatingElement) {
    return new UnitsRenderer(pod).file(originatingElement);
  }

  private JavaFile file(Element originatingElement) {
    TypeSpec type = TypeSpec.classBuilder(units)
        .addOriginatingElement(originatingElement)
        .addJavadoc("The units of the pod {@code $L} declared by {@link $T}, checked at compile time against\n"
            + "stage1 {@code $L} with systemd $L.\n\n"
            + "<p>{@link #builder$L} takes the run-time facts the spec leaves open; the builder's\n"
            + "{@link Builder#build() build()} gives the pod's units.\n",
            pod.podName(), spec, pod.flavor(), pod.systemdVersion(), builderSignature())
        .addAnnotation(GENERATED_BY)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(builderFactory())
        .addType(builderType())
        .build();
    return JavaFile.builder(pod.packageName(), type).skipJavaLangImports(true).build();
  }

  private String builderSignature() {
    List<String> types = new ArrayList<>();
    if (pod.needsPodRoot()) {
      types.add("Path");
    }
    pod.requiredSources().forEach(volume -> types.add("String"));
    return "(" + String.join(", ", types) + ")";
  }

  private MethodSpec builderFactory() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder of the pod's units, with the spec's defaults for every other fact.\n");
    List<CodeBlock> arguments = new ArrayList<>();
    if (!pod.requiredSources().isEmpty() || pod.needsPodRoot()) {
      method.addJavadoc("\n");
    }
    if (pod.needsPodRoot()) {
      method.addParameter(PATH, "podRoot");
      method.addJavadoc("@param podRoot the pod's root directory, where the apps' rootfs are read: an app's\n"
          + "    program name and user or group names are looked up there, as rkt does\n");
      arguments.add(CodeBlock.of("$T.requireNonNull(podRoot, $S)", OBJECTS, "podRoot"));
    }
    for (VolumeModel volume : pod.requiredSources()) {
      String parameter = sourceField(volume);
      method.addParameter(ParameterSpec.builder(STRING, parameter).build());
      method.addJavadoc("@param $L the absolute host path of the volume {@code $L}\n", parameter, volume.name());
      arguments.add(CodeBlock.of("$N", parameter));
    }
    boolean parameters = !pod.requiredSources().isEmpty() || pod.needsPodRoot();
    method.addJavadoc(parameters ? "@return a new builder\n" : "\n@return a new builder\n");
    return method.addStatement("return new $T($L)", builder, CodeBlock.join(arguments, ", ")).build();
  }

  private TypeSpec builderType() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(GENERATED_POD_BUILDER, builder))
        .addJavadoc("Collects the run-time facts of the pod {@code $L} and makes its {@link $T} and units. The\n"
            + "facts every pod has ({@code stage1}, {@code interactive}, {@code debug}, {@code metadataUrl},\n"
            + "{@code uidRange}, {@code architecture}, {@code insecureOptions}) are set with the methods of\n"
            + "{@link $T}. Setters of single values replace; {@code ...Env} methods add.\n",
            pod.podName(), POD, GENERATED_POD_BUILDER);
    if (pod.needsPodRoot()) {
      type.addField(PATH, "podRoot", Modifier.PRIVATE, Modifier.FINAL);
    }
    for (VolumeModel volume : pod.volumes()) {
      if (volume.host()) {
        FieldSpec.Builder field = FieldSpec.builder(STRING, sourceField(volume), Modifier.PRIVATE);
        if (!volume.sourceRequired()) {
          field.initializer("$S", volume.source());
        }
        type.addField(field.build());
      }
    }
    type.addMethod(constructor());
    for (VolumeModel volume : pod.volumes()) {
      if (volume.host()) {
        type.addMethod(sourceSetter(volume));
      }
    }
    for (String port : pod.portNames()) {
      type.addMethod(MethodSpec.methodBuilder(Names.camel(port) + "HostPort")
          .addModifiers(Modifier.PUBLIC)
          .addParameter(int.class, "hostPort")
          .returns(builder)
          .addJavadoc("Forwards the host port {@code hostPort} to the app port {@code $L}.\n\n"
              + "@param hostPort the host port, 1 to 65535\n@return this builder\n", port)
          .addStatement("return forward($S, hostPort)", port)
          .build());
    }
    for (AppModel app : pod.apps()) {
      type.addMethod(envMethod(app));
      type.addMethod(appMethod(app));
      if (pod.mutable()) {
        type.addMethod(appAddMethod(app));
      }
    }
    type.addMethod(podMethod());
    type.addMethod(buildMethod());
    for (AppModel app : pod.apps()) {
      type.addMethod(appBuilderMethod(app));
    }
    return type.build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    constructor.addStatement("super($T.of($T.$L, $L))", STAGE1, STAGE1.nestedClass("Flavor"),
        pod.flavor().toUpperCase(Locale.ROOT), pod.systemdVersion());
    if (pod.needsPodRoot()) {
      constructor.addParameter(PATH, "podRoot");
      constructor.addStatement("this.podRoot = podRoot");
    }
    for (VolumeModel volume : pod.requiredSources()) {
      constructor.addParameter(STRING, sourceField(volume));
      constructor.addStatement("this.$N = $N", sourceField(volume), sourceField(volume));
    }
    return constructor.build();
  }

  private MethodSpec sourceSetter(VolumeModel volume) {
    return MethodSpec.methodBuilder(sourceField(volume))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(STRING, "source")
        .returns(builder)
        .addJavadoc("The absolute host path of the volume {@code $L}$L\n\n@param source the host path\n"
            + "@return this builder\n", volume.name(),
            volume.sourceRequired() ? "." : "; {@code " + volume.source() + "} by default.")
        .addStatement("this.$N = source", sourceField(volume))
        .addStatement("return this")
        .build();
  }

  private MethodSpec envMethod(AppModel app) {
    return MethodSpec.methodBuilder(app.methodName() + "Env")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(STRING, "name")
        .addParameter(STRING, "value")
        .returns(builder)
        .addJavadoc("Adds an environment variable to the app {@code $L}, after those of the spec.\n\n"
            + "@param name the variable's name\n@param value the variable's value\n@return this builder\n",
            app.name())
        .addStatement("return addVariable($S, name, value)", app.name())
        .build();
  }

  private MethodSpec appMethod(AppModel app) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(app.methodName() + "App")
        .addModifiers(Modifier.PUBLIC)
        .returns(APP)
        .addJavadoc("The app {@code $L}, declared by {@link $T#$L()}.\n\n@return the app\n", app.name(), spec,
            app.methodName())
        .addStatement("return $N().build()", appBuilderName(app));
    return inspecting(method, app.needsRootfs()).build();
  }

  /** {@code method}, declaring the inspection failure when it reads an app's rootfs. */
  private static MethodSpec.Builder inspecting(MethodSpec.Builder method, boolean readsRootfs) {
    if (readsRootfs) {
      method.addException(INSPECTION_FAILED)
          .addJavadoc("@throws PodInspectionException if an app's rootfs under the pod root lacks the program, user\n"
            + "    or group the spec names, or cannot be read\n");
    }
    return method;
  }

  private MethodSpec appAddMethod(AppModel app) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(app.methodName() + "AppAdd")
        .addModifiers(Modifier.PUBLIC)
        .returns(UNIT_SET)
        .addJavadoc("The plan that adds the app {@code $L} to the running pod ({@code rkt app add}).\n\n"
            + "@return the app's units\n", app.name())
        .addStatement("return $T.appAdd(pod(), $N())", POD_UNITS, app.methodName() + "App");
    return inspecting(method, pod.needsPodRoot()).build();
  }

  private MethodSpec podMethod() {
    CodeBlock.Builder chain = CodeBlock.builder().add("podBuilder()");
    if (pod.mutable()) {
      chain.add("\n.mutable(true)");
    }
    if (!pod.logMode().equals("DEFAULT")) {
      chain.add("\n.logMode($T.$L)", LOG_MODE, pod.logMode());
    }
    for (NamedValue annotation : pod.annotations()) {
      chain.add("\n.annotation($S, $S)", annotation.name(), annotation.value());
    }
    for (VolumeModel volume : pod.volumes()) {
      if (volume.readOnly().isPresent()) {
        chain.add("\n.volume($S, $T.Kind.$L, $L, $T.of($L))", volume.name(), VOLUME,
            volume.host() ? "HOST" : "EMPTY", volume.host() ? CodeBlock.of("$N", sourceField(volume)) : "\"\"",
            OPTIONAL, volume.readOnly().get());
      } else if (volume.host()) {
        chain.add("\n.hostVolume($S, $N)", volume.name(), sourceField(volume));
      } else {
        chain.add("\n.emptyVolume($S)", volume.name());
      }
    }
    for (AppModel app : pod.apps()) {
      chain.add("\n.app($N())", appBuilderName(app));
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("pod")
        .addModifiers(Modifier.PUBLIC)
        .returns(POD)
        .addJavadoc("The pod, with every app of the spec in declaration order.\n\n"
            + "@return the pod\n")
        .addStatement("return $L\n.build()", chain.build());
    return inspecting(method, pod.needsPodRoot()).build();
  }

  private MethodSpec buildMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(UNIT_SET)
        .addJavadoc(pod.mutable()
            ? "The units of the pod before any app is added ({@code rkt}'s mutable pod); add each app\n"
                + "with its {@code ...AppAdd()} plan.\n\n@return the pod's units\n"
            : "The units of the pod and all its apps.\n\n@return the pod's units\n")
        .addStatement("return $T.$L(pod())", POD_UNITS, pod.mutable() ? "mutableEnv" : "immutableEnv");
    return inspecting(method, pod.needsPodRoot()).build();
  }

  /**
   * The app's builder with the spec's values and the variables added at run time: one chain of the
   * runtime's {@code App.Builder} calls, in the order {@link RuntimePod} makes them at compile time.
   */
  private MethodSpec appBuilderMethod(AppModel app) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(appBuilderName(app))
        .addModifiers(Modifier.PRIVATE)
        .returns(APP_BUILDER);
    if (app.needsRootfs()) {
      method.addException(INSPECTION_FAILED);
      method.addStatement("$T rootfs = podRoot.resolve($T.appRootfsPath($T.of($S)))", PATH, POD_LAYOUT, APP_NAME,
          app.name());
    }
    if (app.looksUpBinary()) {
      String specPath = app.environment().stream().filter(variable -> variable.name().equals("PATH"))
          .map(NamedValue::value).reduce((first, second) -> second).orElse(null);
      method.addStatement("String binPath = $T.find(rootfs, $S, $S, addedVariable($S, $S, $S))", BINARY_LOOKUP,
          app.exec().get(0), app.workingDirectory(), app.name(), "PATH", specPath);
    }
    boolean numericIds = AppModel.isNumericId(app.user()) && AppModel.isNumericId(app.group());
    if (!numericIds) {
      method.addStatement("$T.Ids ids = $T.resolve(rootfs, $S, $S, uidRange().shift(), uidRange().count(), false)",
          APP_USERS, APP_USERS, app.user(), app.group());
    }
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.builder($S)", APP, app.name());
    chain.add("\n.image($S)", app.image());
    chain.add("\n.exec($L)", strings(app.exec()));
    if (!app.workingDirectory().equals("/")) {
      chain.add("\n.workingDirectory($S)", app.workingDirectory());
    }
    if (app.looksUpBinary()) {
      chain.add("\n.binPath(binPath)");
    }
    if (numericIds) {
      int uid = Integer.parseInt(app.user());
      if (uid != 0) {
        chain.add("\n.user($L)", uid);
      }
      int gid = Integer.parseInt(app.group());
      if (gid != 0) {
        chain.add("\n.group($L)", gid);
      }
    } else {
      chain.add("\n.user(ids.uid())\n.group(ids.gid())");
    }
    if (!app.supplementaryGids().isEmpty()) {
      chain.add("\n.supplementaryGids($L)", CodeBlock.join(
          app.supplementaryGids().stream().map(supplementary -> CodeBlock.of("$L", supplementary)).toList(), ", "));
    }
    for (NamedValue variable : app.environment()) {
      chain.add("\n.env($S, $S)", variable.name(), variable.value());
    }
    String[] streams = {"stdin", "stdout", "stderr"};
    String[] modes = {app.stdin(), app.stdout(), app.stderr()};
    for (int i = 0; i < streams.length; i++) {
      if (!modes[i].equals("LOG")) {
        chain.add("\n.$L($T.$L)", streams[i], IO_MODE, modes[i]);
      }
    }
    for (NamedValue annotation : app.annotations()) {
      chain.add("\n.annotation($S, $S)", annotation.name(), annotation.value());
    }
    for (CapabilitiesModel isolator : app.capabilities()) {
      chain.add("\n.$L($L)", isolator.retain() ? "retainCapabilities" : "removeCapabilities",
          strings(isolator.names()));
    }
    for (SeccompModel isolator : app.seccomp()) {
      chain.add("\n.$L($L)", isolator.retain() ? "retainSyscalls" : "removeSyscalls", strings(isolator.names()));
      if (!isolator.errno().isEmpty()) {
        chain.add("\n.syscallErrno($S)", isolator.errno());
      }
    }
    if (app.noNewPrivileges()) {
      chain.add("\n.noNewPrivileges(true)");
    }
    resources(chain, app.resources());
    if (app.readOnlyRootFs()) {
      chain.add("\n.readOnlyRootFs(true)");
    }
    for (MountModel mount : app.mounts()) {
      chain.add("\n.mount($S, $S, $L)", mount.volume(), mount.path(), mount.readOnly());
    }
    for (List<String> handler : app.preStart()) {
      chain.add("\n.preStart($L)", strings(handler));
    }
    for (List<String> handler : app.postStop()) {
      chain.add("\n.postStop($L)", strings(handler));
    }
    for (PortModel port : app.ports()) {
      chain.add("\n.port($S, $T.$L, $L, $L)", port.name(), PROTOCOL, port.protocol(), port.port(),
          port.socketActivated());
    }
    if (app.supportsNotify()) {
      chain.add("\n.supportsNotify(true)");
    }
    if (!app.kubernetesLogPath().isEmpty()) {
      chain.add("\n.kubernetesLogPath($S)", app.kubernetesLogPath());
    }
    for (OptionModel option : app.options()) {
      chain.add("\n.option($S, $S, $S)", option.section(), option.name(), option.value());
    }
    return method.addStatement("$T app = $L", APP_BUILDER, chain.build())
        .addStatement("return withAddedEnvironment($S, app)", app.name())
        .build();
  }

  private static void resources(CodeBlock.Builder chain, AppModel.ResourcesModel resources) {
    if (!resources.memory().isEmpty()) {
      chain.add("\n.memory($S)", resources.memory());
    }
    if (!resources.cpu().isEmpty()) {
      chain.add("\n.cpu($S)", resources.cpu());
    }
    if (resources.cpuShares() != null) {
      chain.add("\n.cpuShares($L)", resources.cpuShares());
    }
    if (resources.oomScoreAdjust() != null) {
      chain.add("\n.oomScoreAdjust($L)", resources.oomScoreAdjust());
    }
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(value -> CodeBlock.of("$S", value)).toList(), ", ");
  }

  private static String sourceField(VolumeModel volume) {
    return Names.camel(volume.name()) + "Source";
  }

  private static String appBuilderName(AppModel app) {
    return app.methodName() + "AppBuilder";
  }
}
