package org.podunits.processor;

import java.util.List;
import java.util.Optional;
import org.podunits.pod.App;
import org.podunits.pod.Diagnostic;
import org.podunits.pod.InvalidPodException;
import org.podunits.pod.IoMode;
import org.podunits.pod.LogMode;
import org.podunits.pod.Pod;
import org.podunits.pod.Protocol;
import org.podunits.pod.Stage1;
import org.podunits.pod.Volume;
import org.podunits.processor.AppModel.CapabilitiesModel;
import org.podunits.processor.AppModel.MountModel;
import org.podunits.processor.AppModel.OptionModel;
import org.podunits.processor.AppModel.PortModel;
import org.podunits.processor.AppModel.ResourcesModel;
import org.podunits.processor.AppModel.SeccompModel;

/**
 * The runtime's own builders, fed a spec's values at compile time exactly as the generated code
 * feeds them at run time (same calls, same order, so the same field paths), with placeholders for
 * the facts only the run time knows. {@link RuntimeCheck} asks them for their problems.
 */
final class RuntimePod {
  /** The host path a host volume without a source gets at compile time: any absolute path will do. */
  static final String PLACEHOLDER_SOURCE = "/run/podunits/host-volume";

  private RuntimePod() {}

  /**
   * The pod builder for the spec on {@code stage1}. It has no host port forwards: those are given
   * at run time, so a problem that only a forward would solve is not the spec's. Problems the
   * builder cannot record itself go to {@code problems}.
   */
  static Pod.Builder builder(PodModel model, Stage1 stage1, List<Diagnostic> problems) {
    Pod.Builder pod = Pod.builder(stage1);
    pod.mutable(model.mutable());
    if (!model.logMode().equals("DEFAULT")) {
      pod.logMode(LogMode.valueOf(model.logMode()));
    }
    for (NamedValue annotation : model.annotations()) {
      pod.annotation(annotation.name(), annotation.value());
    }
    for (VolumeModel volume : model.volumes()) {
      if (!volume.host() && !volume.source().isEmpty()) {
        emptyVolumeWithSource(volume, problems);
      } else if (volume.readOnly().isEmpty()) {
        if (volume.host()) {
          pod.hostVolume(volume.name(), volume.sourceRequired() ? PLACEHOLDER_SOURCE : volume.source());
        } else {
          pod.emptyVolume(volume.name());
        }
      } else {
        pod.volume(volume(volume).withReadOnly(volume.readOnly().get()));
      }
    }
    for (AppModel app : model.apps()) {
      pod.app(app(app));
    }
    return pod;
  }

  /**
   * The runtime's verdict on an empty volume that names a source: the pod builder's {@code
   * emptyVolume} has no source to give it, so the volume record is asked directly.
   */
  private static void emptyVolumeWithSource(VolumeModel volume, List<Diagnostic> problems) {
    try {
      new Volume(volume.name(), Volume.Kind.EMPTY, volume.source(), Optional.empty(), false);
    } catch (InvalidPodException e) {
      String path = SpecLocations.segment("volumes", volume.name());
      for (Diagnostic problem : e.diagnostics()) {
        problems.add(new Diagnostic(problem.severity(), problem.code(), path + "." + problem.path(),
            problem.message()));
      }
    }
  }

  private static Volume volume(VolumeModel volume) {
    if (!volume.host()) {
      return Volume.empty(volume.name());
    }
    return Volume.host(volume.name(), volume.sourceRequired() ? PLACEHOLDER_SOURCE : volume.source());
  }

  /** The app builder for one app of the spec. */
  static App.Builder app(AppModel model) {
    App.Builder app = App.builder(model.name());
    app.image(model.image());
    app.exec(model.exec());
    if (!model.workingDirectory().equals("/")) {
      app.workingDirectory(model.workingDirectory());
    }
    app.user(Integer.parseInt(model.user()));
    app.group(Integer.parseInt(model.group()));
    app.supplementaryGids(model.supplementaryGids().stream().mapToInt(Integer::intValue).toArray());
    for (NamedValue variable : model.environment()) {
      app.env(variable.name(), variable.value());
    }
    app.stdin(IoMode.valueOf(model.stdin()));
    app.stdout(IoMode.valueOf(model.stdout()));
    app.stderr(IoMode.valueOf(model.stderr()));
    for (NamedValue annotation : model.annotations()) {
      app.annotation(annotation.name(), annotation.value());
    }
    for (CapabilitiesModel isolator : model.capabilities()) {
      String[] names = isolator.names().toArray(new String[0]);
      if (isolator.retain()) {
        app.retainCapabilities(names);
      } else {
        app.removeCapabilities(names);
      }
    }
    for (SeccompModel isolator : model.seccomp()) {
      String[] names = isolator.names().toArray(new String[0]);
      if (isolator.retain()) {
        app.retainSyscalls(names);
      } else {
        app.removeSyscalls(names);
      }
      if (!isolator.errno().isEmpty()) {
        app.syscallErrno(isolator.errno());
      }
    }
    app.noNewPrivileges(model.noNewPrivileges());
    resources(app, model.resources());
    app.readOnlyRootFs(model.readOnlyRootFs());
    for (MountModel mount : model.mounts()) {
      app.mount(mount.volume(), mount.path(), mount.readOnly());
    }
    for (List<String> handler : model.preStart()) {
      app.preStart(handler.toArray(new String[0]));
    }
    for (List<String> handler : model.postStop()) {
      app.postStop(handler.toArray(new String[0]));
    }
    for (PortModel port : model.ports()) {
      app.port(port.name(), Protocol.valueOf(port.protocol()), port.port(), port.socketActivated());
    }
    app.supportsNotify(model.supportsNotify());
    if (!model.kubernetesLogPath().isEmpty()) {
      app.kubernetesLogPath(model.kubernetesLogPath());
    }
    for (OptionModel option : model.options()) {
      app.option(option.section(), option.name(), option.value());
    }
    return app;
  }

  private static void resources(App.Builder app, ResourcesModel resources) {
    if (!resources.memory().isEmpty()) {
      app.memory(resources.memory());
    }
    if (!resources.cpu().isEmpty()) {
      app.cpu(resources.cpu());
    }
    if (resources.cpuShares() != null) {
      app.cpuShares(resources.cpuShares());
    }
    if (resources.oomScoreAdjust() != null) {
      app.oomScoreAdjust(resources.oomScoreAdjust());
    }
  }
}
