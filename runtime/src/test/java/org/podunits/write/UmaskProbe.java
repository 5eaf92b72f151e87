package org.podunits.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/**
 * Run by {@link UnitWriterUmaskTest} in a child JVM started under a chosen umask: writes a small
 * plan, with new directories, into the pod root named by its argument.
 */
final class UmaskProbe {

  private UmaskProbe() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    UnitSet.builder()
        .unit(Path.of("units/new/halt.target"),
            UnitFile.of(UnitOption.of("Unit", "Description", "Halt")), "failed to write unit")
        .file(Path.of("units/new/sysusers.conf"), "g gen0 0\n".getBytes(UTF_8), 0640,
            "failed to write sysusers")
        .file(Path.of("tool"), new byte[] {1}, 0755, "failed to write tool")
        .link(Path.of("units/new/wants/halt.target"), "../halt.target", "failed to link")
        .build()
        .writeTo(root);
    new UnitWriter(root).writeFile(Path.of("units/env"), new byte[] {2}, 0644, "failed to write env");
  }
}
