package org.podunits.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.podunits.directive.Directives;
import picocli.CommandLine.IVersionProvider;

/** {@code podunits --version}: the project version, the catalogue's systemd range and the JVM. */
final class VersionProvider implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "podunits " + projectVersion(),
      "directive catalogue: systemd " + Directives.oldestKnownVersion() + " to " + Directives.newestKnownVersion(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")",
    };
  }

  /** The version the build wrote into {@value #RESOURCE}. */
  static String projectVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
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
