package org.podunits.pod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.From;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.podunits.unit.ExecCommand;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitFormatException;
import org.podunits.unit.UnitOption;
import org.podunits.write.UnitSet;

/**
 * Laws of the generated plan for apps whose exec words, environment values and working directory
 * hold the characters systemd treats specially: no value adds a line or an option, the command
 * line reads back as the app's argv, and the environment file reads back as the app's variables.
 */
class PodUnitsProperties {

  private static final String TRICKY = " \t\n\"'\\$%;#=:`ü日";

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars(TRICKY).withCharRange('a', 'c').ofMaxLength(10);
  }

  @Provide
  Arbitrary<String> directories() {
    return Arbitraries.strings().withChars("%$ \"'ü").withCharRange('a', 'c').ofMaxLength(8)
        .map(name -> "/srv/" + name + "x");
  }

  private static App app(List<String> args, String directory, List<String> values) {
    List<String> exec = new ArrayList<>();
    exec.add("/bin/%app");
    exec.addAll(args);
    App.Builder builder = App.builder("app").image("example.com/app").exec(exec).workingDirectory(directory);
    for (int i = 0; i < values.size(); i++) {
      builder.env("V" + i, values.get(i));
    }
    builder.postStop(exec.toArray(String[]::new));
    return builder.build();
  }

  private static UnitSet plan(App app) {
    return PodUnits.immutableEnv(Pods.pod(app));
  }

  @Property(seed = "20261129")
  void everyUnitReadsBackAsItsOptions(@ForAll @Size(max = 4) List<@From("words") String> args,
      @ForAll("directories") String directory, @ForAll @Size(max = 3) List<@From("words") String> values)
      throws UnitFormatException {
    for (UnitSet.Entry entry : plan(app(args, directory, values)).entries()) {
      if (entry instanceof UnitSet.UnitEntry unit) {
        List<UnitOption> grouped = new ArrayList<>();
        for (String section : unit.unit().sections()) {
          for (UnitOption option : unit.unit().options()) {
            if (option.section().equals(section)) {
              grouped.add(option);
            }
          }
        }
        assertEquals(grouped, UnitFile.parse(unit.unit().serialize()).options(), entry.path().toString());
      }
    }
  }

  @Property(seed = "20261129")
  void execStartReadsBackAsTheArgv(@ForAll @Size(max = 4) List<@From("words") String> args) {
    App app = app(args, "/", List.of());
    List<String> words = ExecCommand.split(Pods.serviceValues(plan(app), "app", "ExecStart").get(0));
    List<String> argv = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).replace("%%", "%");
      argv.add(i == 0 ? word : word.replace("$$", "$"));
    }
    assertEquals(app.exec(), argv);
  }

  @Property(seed = "20261129")
  void workingDirectoryReadsBackAfterSpecifiers(@ForAll("directories") String directory) {
    List<String> values = Pods.serviceValues(plan(app(List.of(), directory, List.of())), "app", "WorkingDirectory");
    assertEquals(directory, values.get(0).replace("%%", "%"));
  }

  @Property(seed = "20261129")
  void environmentFileReadsBackAsTheAppsVariables(@ForAll @Size(max = 4) List<@From("words") String> values) {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Map.Entry<String, String> variable : EnvFiles.DEFAULTS) {
      expected.put(variable.getKey(), variable.getValue());
    }
    for (int i = 0; i < values.size(); i++) {
      expected.put("V" + i, values.get(i));
    }
    expected.put("AC_APP_NAME", "app");
    String file = Pods.find(plan(app(List.of(), "/", values)), "stage1/rootfs/rkt/env/app");
    assertEquals(expected, EnvFileReader.read(file));
  }
}
