package org.podunits.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.podunits.directive.Directives;

/** {@code podunits --version}: the project version, the catalogue's systemd range and the JVM. */
final class Version {

  private static final String RESOURCE = "version.properties";

  private Version() {}

  /** The lines {@code --version} prints. */
  static String text() {
    return "podunits " + projectVersion() + "\n"
        + "directive catalogue: systemd " + Directives.oldestKnownVersion() + " to " + Directives.newestKnownVersion() + "\n"
        + "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")\n";
  }

  /** The version the build wrote into {@value #RESOURCE}. */
  private static String projectVersion() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the podunits examples jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return properties.getProperty("version");
  }
}
