package org.podunits.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podunits.unit.UnitFile;
import org.podunits.unit.UnitOption;

/** The value checks that follow what systemd 252 refuses as it reads a unit (SystemdAgreementTest compares in bulk). */
class SystemdValueChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"daily", "Hourly", "Wed", "Mon..Fri 09:00", "*-*-* 03:00:00", "*:0/15", "Mon,Sun 12-25",
      "*-*~01", "Sat *-*-1..7 18:00:00", "12:00 UTC", "12:00 Europe/Berlin", "03-15 1:2:3.5", "2024-*-* *:*:*"})
  void calendarEventsSystemdReadsPass(String value) {
    assertAccepted("Timer", "OnCalendar", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "1.", "25:00", "*-*-* 24:00", "00:00:60", "tomorrow", "Mon Tue", "*-*-32", "1969-1-1"})
  void calendarEventsSystemdRefusesAreRefused(String value) {
    assertRefused("Timer", "OnCalendar", value, "calendar event");
  }

  @Test
  void systemCallNamesAndGroupsMustBeKnown() {
    assertAccepted("Service", "SystemCallFilter", "~@privileged read write:EPERM");
    assertRefused("Service", "SystemCallFilter", "no_such_syscall", "\"no_such_syscall\" is not a system call systemd knows");
    assertRefused("Service", "SystemCallFilter", "@nonexistent", "is not a system call group systemd knows");
  }

  @Test
  void ipAddressListsTakeAddressesPrefixesAndWords() {
    assertAccepted("Service", "IPAddressAllow", "10.0.0.0/8 ::1 fe80::/64 any localhost 192.168.1.1");
    assertRefused("Service", "IPAddressAllow", "300.1.1.1", "is not an IP address or prefix");
    assertRefused("Service", "IPAddressDeny", "10.0.0.0/33", "prefix length");
  }

  @Test
  void socketBindRulesTakeFamilyProtocolAndPorts() {
    assertAccepted("Service", "SocketBindAllow", "ipv6:tcp:8000-8080");
    assertAccepted("Service", "SocketBindDeny", "any");
    assertRefused("Service", "SocketBindAllow", "tcp:99999", "out of range");
  }

  @Test
  void timeSpansAndSizesThatOverflowAreRefused() {
    assertRefused("Service", "RestartSec", "99999999999999999999", "too long a time span");
    assertRefused("Service", "MemoryMax", "99999999999999999999", "larger than systemd's largest size");
    assertRefused("Service", "LimitRSS", "99999999999999999999", "larger than systemd's largest size");
    assertRefused("Service", "TimeoutSec", "1.", "'.' without digits after it");
  }

  @Test
  void sizesTakeASuffixOnEveryPartButTheLast() {
    assertAccepted("Service", "MemoryMax", "1G 512M");
    assertAccepted("Service", "MemoryLow", "1G 5");
    assertRefused("Service", "LimitRSS", "3 53", "only the last part of a size may go without");
    assertRefused("Service", "MemoryHigh", "1 5G", "only the last part of a size may go without");
  }

  @Test
  void credentialsNeedAName() {
    assertAccepted("Service", "LoadCredential", "tls-key:/etc/ssl/key.pem");
    assertRefused("Service", "SetCredential", "novalue", "has no ':'");
    assertRefused("Service", "LoadCredential", "a/b:/x", "not a credential name");
  }

  @Test
  void emptyValuesFollowTheParser() {
    assertAccepted("Service", "Environment", "");
    assertRefused("Unit", "StartLimitIntervalSec", "", "systemd refuses an empty value here");
    assertRefused("Service", "PrivateTmp", "", "systemd refuses an empty value here");
  }

  @Test
  void delegateActsOnlyInServicesAndScopes() {
    assertAccepted("Service", "Delegate", "cpu memory");
    assertRefused("Socket", "Delegate", "yes", "only services and scopes take it");
    assertRefused("Service", "Delegate", "memory bogus", "\"bogus\" is not a cgroup controller");
  }

  @Test
  void wordsOfLaterReleasesAreRefusedFor252() {
    List<Problem> problems = Checks.check("Service", "PrivateUsers", "self", 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("systemd 252 and older do not know PrivateUsers=self"), problems::toString);
    assertAccepted("Service", "PrivateUsers", "self", 253);
  }

  @Test
  void issueFalseAlarmsAreGone() {
    assertAccepted("Socket", "BindIPv6Only", "both");
    assertAccepted("Socket", "BindIPv6Only", "false");
    assertAccepted("Service", "CPUSchedulingPolicy", "65");
    assertRefused("Service", "CPUSchedulingPolicy", "-1", "scheduling policy");
    assertAccepted("Service", "LogsDirectoryMode", "02755");
    assertAccepted("Service", "ExecStart", "/bin/echo a\"b c\"d");
  }

  @Test
  void socketWithoutListenIsRefused() {
    List<Problem> problems = Directives.checkUnit("a.socket", UnitFile.of(UnitOption.of("Socket", "Accept", "no")), 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().startsWith("[Socket] has no Listen setting"));
  }

  @Test
  void mountNamedAfterAnotherPathIsRefused() {
    UnitFile unit = UnitFile.of(UnitOption.of("Mount", "What", "tmpfs"), UnitOption.of("Mount", "Where", "/srv/data"));
    assertEquals(List.of(), Directives.checkUnit("srv-data.mount", unit, 252));
    List<Problem> problems = Directives.checkUnit("srv-other.mount", unit, 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("name the unit srv-data.mount"), problems::toString);
  }

  @Test
  void dbusServiceNeedsABusName() {
    UnitFile unit = UnitFile.of(UnitOption.of("Service", "Type", "dbus"), UnitOption.of("Service", "ExecStart", "/bin/x"));
    List<Problem> problems = Directives.checkUnit("a.service", unit, 252);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("Type=dbus but no BusName="), problems::toString);
  }
}
