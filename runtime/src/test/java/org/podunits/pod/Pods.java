package org.podunits.pod;

import java.util.List;
import org.podunits.unit.UnitFile;
import org.podunits.write.UnitSet;

/** The pods and apps of the spec's examples, and ways to look into a plan. */
final class Pods {

  static final Stage1 COREOS_233 = Stage1.of(Stage1.Flavor.COREOS, 233);

  private Pods() {}

  /** §5.1: app {@code hello}, image {@code example.com/hello}, user and group 0. */
  static App.Builder hello() {
    return App.builder("hello")
        .image("example.com/hello")
        .exec("/bin/hello", "--greeting", "Hi there", "$HOME", "100%");
  }

  /** A second app, {@code second}. */
  static App.Builder second() {
    return App.builder("second").image("example.com/second").exec("/bin/second");
  }

  /** A pod of these apps on CoreOS's stage1 with systemd 233. */
  static Pod pod(App... apps) {
    return pod(COREOS_233, apps);
  }

  /** A pod of these apps on this stage1. */
  static Pod pod(Stage1 stage1, App... apps) {
    Pod.Builder builder = Pod.builder(stage1);
    for (App app : apps) {
      builder.app(app);
    }
    return builder.build();
  }

  /** The serialized unit at {@code path} (relative to the units directory). */
  static String unit(UnitSet plan, String name) {
    return find(plan, "stage1/rootfs/usr/lib/systemd/system/" + name);
  }

  /** The rendered text of the entry at {@code path} (relative to the pod root). */
  static String find(UnitSet plan, String path) {
    String text = plan.render().get(path);
    if (text == null) {
      throw new AssertionError("no entry at " + path + " in " + plan.render().keySet());
    }
    return text;
  }

  /** The unit file at {@code name} in the units directory. */
  static UnitFile unitFile(UnitSet plan, String name) {
    String path = "stage1/rootfs/usr/lib/systemd/system/" + name;
    for (UnitSet.Entry entry : plan.entries()) {
      if (entry.path().toString().equals(path) && entry instanceof UnitSet.UnitEntry unit) {
        return unit.unit();
      }
    }
    throw new AssertionError("no unit at " + path);
  }

  /** The values of {@code Service/<name>} in the app's service. */
  static List<String> serviceValues(UnitSet plan, String app, String name) {
    return unitFile(plan, app + ".service").values("Service", name);
  }
}
