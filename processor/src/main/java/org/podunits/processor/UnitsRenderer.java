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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * and {@code build()} make the pod through the runtime's own builders. Only reads the model.
 */
final class UnitsRenderer {
  private static final String POD_PACKAGE = "org.podunits.pod";
  private static final ClassName APP = ClassName.get(POD_PACKAGE, "App");
  private static final ClassName APP_BUILDER = APP.nestedClass("Builder");
  private static final ClassName POD = ClassName.get(POD_PACKAGE, "Pod");
  private static final ClassName POD_BUILDER = POD.nestedClass("Builder");
  private static final ClassName POD_UNITS = ClassName.get(POD_PACKAGE, "PodUnits");
  private static final ClassName STAGE1 = ClassName.get(POD_PACKAGE, "Stage1");
  private static final ClassName UID_RANGE = ClassName.get(POD_PACKAGE, "UidRange");
  private static final ClassName ARCHITECTURE = ClassName.get(POD_PACKAGE, "Architecture");
  private static final ClassName INSECURE_OPTIONS = ClassName.get(POD_PACKAGE, "InsecureOptions");
  private static final ClassName VOLUME = ClassName.get(POD_PACKAGE, "Volume");
  private static final ClassName LOG_MODE = ClassName.get(POD_PACKAGE, "LogMode");
  private static final ClassName IO_MODE = ClassName.get(POD_PACKAGE, "IoMode");
  private static final ClassName PROTOCOL = ClassName.get(POD_PACKAGE, "Protocol");
  private static final ClassName UNIT_SET = ClassName.get("org.podunits.write", "UnitSet");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName ENVIRONMENT = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING);
  private static final ClassName ENVIRONMENT_IMPL = ClassName.get(LinkedHashMap.class);

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
        .addAnnotation(AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", PodSpecProcessor.class.getName()).build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(builderFactory())
        .addType(builderType())
        .build();
    return JavaFile.builder(pod.packageName(), type).skipJavaLangImports(true).build();
  }

  private String builderSignature() {
    List<String> types = new ArrayList<>();
    pod.requiredSources().forEach(volume -> types.add("String"));
    return "(" + String.join(", ", types) + ")";
  }

  private MethodSpec builderFactory() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("builder")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addJavadoc("A builder of the pod's units, with the spec's defaults for every other fact.\n");
    List<CodeBlock> arguments = new ArrayList<>();
    if (!pod.requiredSources().isEmpty()) {
      method.addJavadoc("\n");
    }
    for (VolumeModel volume : pod.requiredSources()) {
      String parameter = sourceField(volume);
      method.addParameter(ParameterSpec.builder(STRING, parameter).build());
      method.addJavadoc("@param $L the absolute host path of the volume {@code $L}\n", parameter, volume.name());
      arguments.add(CodeBlock.of("$N", parameter));
    }
    method.addJavadoc(pod.requiredSources().isEmpty() ? "\n@return a new builder\n" : "@return a new builder\n");
    return method.addStatement("return new $T($L)", builder, CodeBlock.join(arguments, ", ")).build();
  }

  private TypeSpec builderType() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Collects the run-time facts of the pod {@code $L} and makes its {@link $T} and units.\n"
            + "Setters of single values replace; {@code ...Env} methods add.\n", pod.podName(), POD);
    type.addField(FieldSpec.builder(STAGE1, "stage1", Modifier.PRIVATE)
        .initializer("$T.of($T.$L, $L)", STAGE1, STAGE1.nestedClass("Flavor"),
            pod.flavor().toUpperCase(Locale.ROOT), pod.systemdVersion()).build());
    type.addField(boolean.class, "interactive", Modifier.PRIVATE);
    type.addField(boolean.class, "debug", Modifier.PRIVATE);
    type.addField(STRING, "metadataUrl", Modifier.PRIVATE);
    type.addField(FieldSpec.builder(UID_RANGE, "uidRange", Modifier.PRIVATE)
        .initializer("$T.NONE", UID_RANGE).build());
    type.addField(FieldSpec.builder(ARCHITECTURE, "architecture", Modifier.PRIVATE)
        .initializer("$T.AMD64", ARCHITECTURE).build());
    type.addField(FieldSpec.builder(INSECURE_OPTIONS, "insecureOptions", Modifier.PRIVATE)
        .initializer("$T.NONE", INSECURE_OPTIONS).build());
    for (VolumeModel volume : pod.volumes()) {
      if (volume.host()) {
        FieldSpec.Builder field = FieldSpec.builder(STRING, sourceField(volume), Modifier.PRIVATE);
        if (!volume.sourceRequired()) {
          field.initializer("$S", volume.source());
        }
        type.addField(field.build());
      }
    }
    for (String port : pod.portNames()) {
      type.addField(ClassName.get(Integer.class), hostPortField(port), Modifier.PRIVATE);
    }
    for (AppModel app : pod.apps()) {
      type.addField(FieldSpec.builder(ENVIRONMENT, envField(app), Modifier.PRIVATE, Modifier.FINAL)
          .initializer("new $T<>()", ENVIRONMENT_IMPL).build());
    }
    type.addMethod(constructor());
    type.addMethod(setter("stage1", STAGE1, "stage1",
        "The stage1 to plan for, such as {@code Stage1.detect(podRoot)}; the spec's is the default."));
    type.addMethod(setter("interactive", TypeName.BOOLEAN, "interactive",
        "Whether the pod's app is attached to the terminal; {@code false} by default."));
    type.addMethod(setter("debug", TypeName.BOOLEAN, "debug", "Whether stage1 debugging is on; {@code false} by default."));
    type.addMethod(setter("metadataUrl", STRING, "metadataUrl",
        "The metadata service URL given to the apps; none by default."));
    type.addMethod(setter("uidRange", UID_RANGE, "uidRange",
        "The user-namespace range files are shifted into; none by default."));
    type.addMethod(setter("architecture", ARCHITECTURE, "architecture",
        "The architecture of the machine the pod runs on; amd64 by default."));
    type.addMethod(setter("insecureOptions", INSECURE_OPTIONS, "insecureOptions",
        "The protections switched off; none by default."));
    for (VolumeModel volume : pod.volumes()) {
      if (volume.host()) {
        type.addMethod(setter(sourceField(volume), STRING, "source",
            "The absolute host path of the volume {@code " + volume.name() + "}"
                + (volume.sourceRequired() ? "." : "; {@code " + volume.source() + "} by default.")));
      }
    }
    for (String port : pod.portNames()) {
      type.addMethod(MethodSpec.methodBuilder(hostPortField(port))
          .addModifiers(Modifier.PUBLIC)
          .addParameter(int.class, "hostPort")
          .returns(builder)
          .addJavadoc("Forwards the host port {@code hostPort} to the app port {@code $L}.\n\n"
              + "@param hostPort the host port, 1 to 65535\n@return this builder\n", port)
          .addStatement("this.$N = hostPort", hostPortField(port))
          .addStatement("return this")
          .build());
    }
    for (AppModel app : pod.apps()) {
      type.addMethod(envMethod(app));
      type.addMethod(appMethod(app));
      if (pod.mutable()) {
        type.addMethod(appAddMethod(app));
      }
    }
    for (AppModel app : pod.apps()) {
      type.addMethod(appBuilderMethod(app));
    }
    type.addMethod(podMethod());
    type.addMethod(buildMethod());
    return type.build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    for (VolumeModel volume : pod.requiredSources()) {
      constructor.addParameter(STRING, sourceField(volume));
      constructor.addStatement("this.$N = $N", sourceField(volume), sourceField(volume));
    }
    return constructor.build();
  }

  private MethodSpec setter(String name, TypeName type, String parameter, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(type, parameter)
        .returns(builder)
        .addJavadoc("$L\n\n@param $L the value\n@return this builder\n", doc, parameter)
        .addStatement("this.$N = $N", name, parameter)
        .addStatement("return this")
        .build();
  }

  private MethodSpec envMethod(AppModel app) {
    return MethodSpec.methodBuilder(envField(app))
        .addModifiers(Modifier.PUBLIC)
        .addParameter(STRING, "name")
        .addParameter(STRING, "value")
        .returns(builder)
        .addJavadoc("Adds an environment variable to the app {@code $L}, after those of the spec.\n\n"
            + "@param name the variable's name\n@param value the variable's value\n@return this builder\n",
            app.name())
        .addStatement("$N.put(name, value)", envField(app))
        .addStatement("return this")
        .build();
  }

  private MethodSpec appMethod(AppModel app) {
    return MethodSpec.methodBuilder(app.methodName() + "App")
        .addModifiers(Modifier.PUBLIC)
        .returns(APP)
        .addJavadoc("The app {@code $L}, declared by {@link $T#$L()}.\n\n@return the app\n", app.name(), spec,
            app.methodName())
        .addStatement("return $N().build()", appBuilderName(app))
        .build();
  }

  private MethodSpec appAddMethod(AppModel app) {
    return MethodSpec.methodBuilder(app.methodName() + "AppAdd")
        .addModifiers(Modifier.PUBLIC)
        .returns(UNIT_SET)
        .addJavadoc("The plan that adds the app {@code $L} to the running pod ({@code rkt app add}).\n\n"
            + "@return the app's units\n", app.name())
        .addStatement("return $T.appAdd(pod(), $N())", POD_UNITS, app.methodName() + "App")
        .build();
  }

  private MethodSpec appBuilderMethod(AppModel app) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(appBuilderName(app))
        .addModifiers(Modifier.PRIVATE)
        .returns(APP_BUILDER);
    method.addStatement("$T app = $T.builder($S)", APP_BUILDER, APP, app.name());
    method.addStatement("app.image($S)", app.image());
    method.addStatement("app.exec($L)", strings(app.exec()));
    if (!app.workingDirectory().equals("/")) {
      method.addStatement("app.workingDirectory($S)", app.workingDirectory());
    }
    int uid = Integer.parseInt(app.user());
    if (uid != 0) {
      method.addStatement("app.user($L)", uid);
    }
    int gid = Integer.parseInt(app.group());
    if (gid != 0) {
      method.addStatement("app.group($L)", gid);
    }
    if (!app.supplementaryGids().isEmpty()) {
      method.addStatement("app.supplementaryGids($L)", CodeBlock.join(
          app.supplementaryGids().stream().map(supplementary -> CodeBlock.of("$L", supplementary)).toList(), ", "));
    }
    for (NamedValue variable : app.environment()) {
      method.addStatement("app.env($S, $S)", variable.name(), variable.value());
    }
    String[] streams = {"stdin", "stdout", "stderr"};
    String[] modes = {app.stdin(), app.stdout(), app.stderr()};
    for (int i = 0; i < streams.length; i++) {
      if (!modes[i].equals("LOG")) {
        method.addStatement("app.$L($T.$L)", streams[i], IO_MODE, modes[i]);
      }
    }
    for (NamedValue annotation : app.annotations()) {
      method.addStatement("app.annotation($S, $S)", annotation.name(), annotation.value());
    }
    for (CapabilitiesModel isolator : app.capabilities()) {
      method.addStatement("app.$L($L)", isolator.retain() ? "retainCapabilities" : "removeCapabilities",
          strings(isolator.names()));
    }
    for (SeccompModel isolator : app.seccomp()) {
      method.addStatement("app.$L($L)", isolator.retain() ? "retainSyscalls" : "removeSyscalls",
          strings(isolator.names()));
      if (!isolator.errno().isEmpty()) {
        method.addStatement("app.syscallErrno($S)", isolator.errno());
      }
    }
    if (app.noNewPrivileges()) {
      method.addStatement("app.noNewPrivileges(true)");
    }
    resources(method, app.resources());
    if (app.readOnlyRootFs()) {
      method.addStatement("app.readOnlyRootFs(true)");
    }
    for (MountModel mount : app.mounts()) {
      method.addStatement("app.mount($S, $S, $L)", mount.volume(), mount.path(), mount.readOnly());
    }
    for (List<String> handler : app.preStart()) {
      method.addStatement("app.preStart($L)", strings(handler));
    }
    for (List<String> handler : app.postStop()) {
      method.addStatement("app.postStop($L)", strings(handler));
    }
    for (PortModel port : app.ports()) {
      method.addStatement("app.port($S, $T.$L, $L, $L)", port.name(), PROTOCOL, port.protocol(), port.port(),
          port.socketActivated());
    }
    if (app.supportsNotify()) {
      method.addStatement("app.supportsNotify(true)");
    }
    if (!app.kubernetesLogPath().isEmpty()) {
      method.addStatement("app.kubernetesLogPath($S)", app.kubernetesLogPath());
    }
    for (OptionModel option : app.options()) {
      method.addStatement("app.option($S, $S, $S)", option.section(), option.name(), option.value());
    }
    method.addStatement("$N.forEach(app::env)", envField(app));
    return method.addStatement("return app").build();
  }

  private static void resources(MethodSpec.Builder method, AppModel.ResourcesModel resources) {
    if (!resources.memory().isEmpty()) {
      method.addStatement("app.memory($S)", resources.memory());
    }
    if (!resources.cpu().isEmpty()) {
      method.addStatement("app.cpu($S)", resources.cpu());
    }
    if (resources.cpuShares() != null) {
      method.addStatement("app.cpuShares($L)", resources.cpuShares());
    }
    if (resources.oomScoreAdjust() != null) {
      method.addStatement("app.oomScoreAdjust($L)", resources.oomScoreAdjust());
    }
  }

  private MethodSpec podMethod() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("pod")
        .addModifiers(Modifier.PUBLIC)
        .returns(POD)
        .addJavadoc("The pod, with every app of the spec in declaration order.\n\n"
            + "@return the pod\n");
    method.addStatement("$T pod = $T.builder(stage1)", POD_BUILDER, POD);
    method.addStatement("pod.interactive(interactive).debug(debug).mutable($L)", pod.mutable());
    method.addStatement("pod.uidRange(uidRange).architecture(architecture).insecureOptions(insecureOptions)");
    if (!pod.logMode().equals("DEFAULT")) {
      method.addStatement("pod.logMode($T.$L)", LOG_MODE, pod.logMode());
    }
    method.beginControlFlow("if (metadataUrl != null)").addStatement("pod.metadataUrl(metadataUrl)").endControlFlow();
    for (NamedValue annotation : pod.annotations()) {
      method.addStatement("pod.annotation($S, $S)", annotation.name(), annotation.value());
    }
    for (VolumeModel volume : pod.volumes()) {
      if (volume.readOnly().isPresent()) {
        CodeBlock value = volume.host()
            ? CodeBlock.of("$T.host($S, $N)", VOLUME, volume.name(), sourceField(volume))
            : CodeBlock.of("$T.empty($S)", VOLUME, volume.name());
        method.addStatement("pod.volume($L.withReadOnly($L))", value, volume.readOnly().get());
      } else if (volume.host()) {
        method.addStatement("pod.hostVolume($S, $N)", volume.name(), sourceField(volume));
      } else {
        method.addStatement("pod.emptyVolume($S)", volume.name());
      }
    }
    for (String port : pod.portNames()) {
      method.beginControlFlow("if ($N != null)", hostPortField(port))
          .addStatement("pod.hostPort($S, $N)", port, hostPortField(port))
          .endControlFlow();
    }
    for (AppModel app : pod.apps()) {
      method.addStatement("pod.app($N())", appBuilderName(app));
    }
    return method.addStatement("return pod.build()").build();
  }

  private MethodSpec buildMethod() {
    return MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(UNIT_SET)
        .addJavadoc(pod.mutable()
            ? "The units of the pod before any app is added ({@code rkt}'s mutable pod); add each app\n"
                + "with its {@code ...AppAdd()} plan.\n\n@return the pod's units\n"
            : "The units of the pod and all its apps.\n\n@return the pod's units\n")
        .addStatement("return $T.$L(pod())", POD_UNITS, pod.mutable() ? "mutableEnv" : "immutableEnv")
        .build();
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(value -> CodeBlock.of("$S", value)).toList(), ", ");
  }

  private static String sourceField(VolumeModel volume) {
    return Names.camel(volume.name()) + "Source";
  }

  private static String hostPortField(String port) {
    return Names.camel(port) + "HostPort";
  }

  private static String envField(AppModel app) {
    return app.methodName() + "Env";
  }

  private static String appBuilderName(AppModel app) {
    return app.methodName() + "AppBuilder";
  }
}
