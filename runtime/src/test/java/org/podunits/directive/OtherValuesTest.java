package org.podunits.directive;

import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertRefused;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsers of directives the catalogue calls {@code other}. */
class OtherValuesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SuccessExitStatus|0 1 SIGTERM", "RestartPreventExitStatus|255", "SuccessExitStatus|INVALIDARGUMENT",
      "CPUAffinity|0-3 6", "CPUAffinity|0,2,4", "CPUAffinity|numa", "AllowedCPUs|1-2", "NUMAMask|all",
      "SecureBits|keep-caps noroot-locked", "SystemCallErrorNumber|EPERM", "SystemCallErrorNumber|kill",
      "RestrictNamespaces|yes", "RestrictNamespaces|~net user", "RestrictAddressFamilies|AF_UNIX AF_INET",
      "RestrictAddressFamilies|~AF_PACKET", "RestrictAddressFamilies|none", "DeviceAllow|/dev/null rw",
      "DeviceAllow|char-pts rwm", "DeviceAllow|/dev/fuse", "PassEnvironment|HOME LANG", "UnsetEnvironment|TERM A=1"})
  void otherParsersTakeWhatSystemdTakes(String name, String value) {
    assertAccepted("Service", name, value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SuccessExitStatus|256|out of range", "SuccessExitStatus|SIGNOPE|is not a signal",
      "CPUAffinity|3-1|ends before it starts", "CPUAffinity|cpu0|is not a CPU or node number",
      "SecureBits|keepcaps|is not a secure bit", "SystemCallErrorNumber|eperm|is not an errno",
      "RestrictNamespaces|~network|is not a namespace type", "RestrictAddressFamilies|UNIX|is not an address family",
      "DeviceAllow|null rw|is not a device path or group", "DeviceAllow|/dev/null x|is not an access mode",
      "PassEnvironment|1ABC|is not a valid environment variable name"})
  void otherParsersRefuseWhatSystemdDrops(String name, String value, String reason) {
    assertRefused("Service", name, value, reason);
  }
}
