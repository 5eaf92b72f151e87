package org.podunits.directive;

import static org.podunits.directive.Checks.assertAccepted;
import static org.podunits.directive.Checks.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Value syntax by kind: what systemd takes and what it drops, with the boundaries. */
class ValueSyntaxTest {

  // bool

  @ParameterizedTest
  @ValueSource(strings = {"1", "yes", "y", "true", "t", "on", "0", "no", "n", "false", "f", "off",
      "YES", "On", "OFF", "True", "N"})
  void booleanTakesEverySpellingSystemdTakes(String value) {
    assertAccepted("Service", "RemainAfterExit", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "enable", "yess", "-1"})
  void booleanRefusesOtherWords(String value) {
    assertRefused("Service", "RemainAfterExit", value, "is not a boolean", "use yes or no");
  }

  @Test
  void booleanRefusesAnEmptyValue() {
    assertRefused("Service", "RemainAfterExit", "", "empty value is not a boolean");
  }

  @Test
  void pathConditionTakesTriggerAndNegationPrefixes() {
    assertAccepted("Unit", "ConditionPathExists", "| !/run/flag");
  }

  @Test
  void booleanConditionTakesItsPrefixes() {
    assertAccepted("Unit", "ConditionFirstBoot", "|!yes");
  }

  // timespan

  @ParameterizedTest
  @ValueSource(strings = {"0", "90", "5min 3s", "1h30m", "1.5s", "5 minutes", "infinity", "100ms",
      "2d 4h", "1w", "500us", "3 months", ".5s"})
  void timeSpanTakesUnitsSumsAndInfinity(String value) {
    assertAccepted("Service", "TimeoutStartSec", value);
  }

  @Test
  void timeSpanRefusesNegativeValues() {
    assertRefused("Service", "TimeoutStartSec", "-1", "cannot be negative");
  }

  @Test
  void timeSpanRefusesUnknownUnits() {
    assertRefused("Service", "TimeoutStartSec", "5 parsecs", "\"parsecs\" is not a time unit", "5min 30s");
  }

  @Test
  void timeSpanRefusesATrailingComment() {
    assertRefused("Service", "TimeoutStartSec", "300 # x", "\"#\" is not a time unit");
  }

  @Test
  void nanosecondSpanTakesNanoseconds() {
    assertAccepted("Service", "TimerSlackNSec", "50ns");
  }

  @Test
  void secondSpanRefusesNanoseconds() {
    assertRefused("Service", "RestartSec", "50ns", "\"ns\" is not a time unit");
  }

  // bytes

  @ParameterizedTest
  @ValueSource(strings = {"512M", "1G", "2T", "1024", "1.5G", "infinity", "50%", "100%", "0%", "1G 512M"})
  void memoryLimitTakesSizesPercentagesAndInfinity(String value) {
    assertAccepted("Service", "MemoryMax", value);
  }

  @Test
  void memoryLimitRefusesAnUnknownSuffix() {
    assertRefused("Service", "MemoryMax", "12QB", "'Q' is not a size suffix");
  }

  @Test
  void memoryLimitRefusesMoreThanAllMemory() {
    assertRefused("Service", "MemoryMax", "101%", "not a percentage from 0% to 100%");
  }

  @Test
  void memoryLimitRefusesNegativeSizes() {
    assertRefused("Service", "MemoryMax", "-1", "is not a size");
  }

  @Test
  void plainSizeTakesSuffixes() {
    assertAccepted("Socket", "PipeSize", "64K");
  }

  @ParameterizedTest
  @ValueSource(strings = {"50%", "infinity"})
  void plainSizeRefusesPercentagesAndInfinity(String value) {
    assertRefused("Socket", "PipeSize", value, "write a size such as 64K");
  }

  // percent

  @ParameterizedTest
  @ValueSource(strings = {"150%", "20%", "0.5%", "1%"})
  void cpuQuotaTakesPercentagesAboveHundred(String value) {
    assertAccepted("Service", "CPUQuota", value);
  }

  @Test
  void cpuQuotaRefusesANumberWithoutPercentSign() {
    assertRefused("Service", "CPUQuota", "150", "has no % sign");
  }

  @Test
  void cpuQuotaRefusesZero() {
    assertRefused("Service", "CPUQuota", "0%", "above 0%");
  }

  @Test
  void boundedPercentageTakesZeroAndHundred() {
    assertAccepted("Service", "ManagedOOMMemoryPressureLimit", "0%");
    assertAccepted("Service", "ManagedOOMMemoryPressureLimit", "100%");
  }

  @Test
  void boundedPercentageRefusesMoreThanHundred() {
    assertRefused("Service", "ManagedOOMMemoryPressureLimit", "101%", "from 0% to 100%");
  }

  // integer ranges

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Service|OOMScoreAdjust|-1000", "Service|OOMScoreAdjust|1000", "Service|OOMScoreAdjust|0",
      "Service|Nice|-20", "Service|Nice|19", "Service|IOSchedulingPriority|0",
      "Service|IOSchedulingPriority|7", "Service|CPUSchedulingPriority|99",
      "Unit|SuccessActionExitStatus|255", "Socket|Priority|-5", "Swap|Priority|-1",
      "Swap|Priority|32767", "Service|CPUWeight|1", "Service|CPUWeight|10000",
      "Service|CPUWeight|idle", "Service|IOWeight|10000", "Unit|StartLimitBurst|4294967295"})
  void integersInsideTheirRangePass(String section, String name, String value) {
    assertAccepted(section, name, value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Service|OOMScoreAdjust|-1001|from -1000 to 1000", "Service|OOMScoreAdjust|1001|from -1000 to 1000",
      "Service|Nice|-21|from -20 to 19", "Service|Nice|20|from -20 to 19",
      "Service|IOSchedulingPriority|8|from 0 to 7", "Service|CPUSchedulingPriority|100|from 0 to 99",
      "Unit|SuccessActionExitStatus|256|from 0 to 255", "Swap|Priority|-2|from -1 to 32767",
      "Service|CPUWeight|0|from 1 to 10000", "Service|IOWeight|10001|from 1 to 10000",
      "Unit|StartLimitBurst|-1|from 0 to 4294967295", "Unit|StartLimitBurst|4294967296|from 0 to 4294967295"})
  void integersOutsideTheirRangeAreRefusedNamingTheRange(String section, String name, String value, String range) {
    assertRefused(section, name, value, "out of range", range);
  }

  @Test
  void integerRefusesWords() {
    assertRefused("Service", "Nice", "high", "is not a nice level", "from -20 to 19");
  }

  // ports

  @ParameterizedTest
  @ValueSource(strings = {"80", "1", "65535", "127.0.0.1:8080", "[::1]:443", "/run/app.sock", "@abstract",
      "0.0.0.0:53"})
  void listenAddressesTakePortsAddressesAndSocketPaths(String value) {
    assertAccepted("Socket", "ListenStream", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65536", "[::1]:70000", "127.0.0.1:0"})
  void listenPortsOutsideOneTo65535AreRefused(String value) {
    assertRefused("Socket", "ListenDatagram", value, "out of range", "from 1 to 65535");
  }

  @Test
  void listenAddressWithoutPortIsRefused() {
    assertRefused("Socket", "ListenStream", "localhost", "is not a socket address");
  }

  // mode, signal

  @ParameterizedTest
  @ValueSource(strings = {"0027", "755", "7777", "0"})
  void modeTakesOctalUpTo7777(String value) {
    assertAccepted("Service", "UMask", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0999", "17777", "rwx"})
  void modeRefusesNonOctalOrTooLong(String value) {
    assertRefused("Service", "UMask", value, "is not an octal file mode");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIGTERM", "TERM", "SIGKILL", "SIGRTMIN+3", "9", "64", "SIGWINCH"})
  void signalTakesNamesAndNumbers(String value) {
    assertAccepted("Service", "KillSignal", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIGFOO", "sigterm", "0", "65"})
  void signalRefusesUnknownNamesAndNumbers(String value) {
    assertRefused("Service", "KillSignal", value, "is not a signal");
  }

  // enum

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Service|Type|simple", "Service|Type|oneshot", "Service|Restart|on-failure",
      "Service|ProtectSystem|strict", "Service|ProtectSystem|true", "Service|ProtectHome|read-only",
      "Service|IOSchedulingClass|best-effort", "Service|IOSchedulingClass|2",
      "Service|StandardOutput|file:/var/log/app.log", "Service|StandardOutput|append:/var/log/app.log",
      "Service|StandardInput|fd:stdin", "Service|ProtectHostname|private:box",
      "Service|SyslogLevel|6", "Socket|IPTOS|16"})
  void enumTakesItsWordsAndForms(String section, String name, String value) {
    assertAccepted(section, name, value);
  }

  @Test
  void enumRefusesOtherWordsListingTheAllowedOnes() {
    assertRefused("Service", "Type", "daemon", "\"daemon\" is not allowed here; choose one of simple, exec, forking, oneshot");
  }

  @Test
  void enumIntegerFormKeepsItsRange() {
    assertRefused("Service", "IOSchedulingClass", "5", "out of range", "from 0 to 3");
  }

  @Test
  void enumFilePathMustBeAbsolute() {
    assertRefused("Service", "StandardOutput", "file:log/app.log", "must be absolute", "file:/log/app.log");
  }

  @Test
  void enumIsCaseSensitiveLikeSystemd() {
    assertRefused("Service", "Restart", "Always", "is not allowed here");
  }

  // paths

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Service|RootDirectory|/srv/root", "Service|WorkingDirectory|-/srv", "Service|WorkingDirectory|~",
      "Service|EnvironmentFile|-/etc/app.env", "Unit|ConditionPathExists|!/run/flag",
"Service|PIDFile|app.pid", "Mount|What|tmpfs",
      "Service|ReadOnlyPaths|-+/a /b", "Service|ReadWritePaths|\"/with space\"",
      "Service|RuntimeDirectory|app app/sub", "Service|StateDirectory|app:alias",
      "Service|BindPaths|-/a:/b:rbind /c", "Service|TemporaryFileSystem|/tmp:size=10M",
      "Service|ExecSearchPath|/usr/bin:/bin", "Unit|RequiresMountsFor|/var /srv",
      "Socket|Symlinks|/run/a /run/b"})
  void pathsTakeThePrefixesTheirSettingAllows(String section, String name, String value) {
    assertAccepted(section, name, value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Service|RootDirectory|srv/root", "Service|WorkingDirectory|srv", "Service|EnvironmentFile|etc/app.env",
      "Unit|ConditionPathExists|!run/flag", "Service|ReadOnlyPaths|/a b", "Service|BindPaths|a:/b",
      "Service|TemporaryFileSystem|tmp", "Service|ExecSearchPath|/usr/bin:bin",
      "Service|WorkingDirectory|+/srv", "Unit|RequiresMountsFor|var"})
  void relativePathsAreRefused(String section, String name, String value) {
    assertRefused(section, name, value, "not an absolute path");
  }

  @Test
  void bindDestinationMustBeAbsolute() {
    assertRefused("Service", "BindPaths", "/a:b", "is not an absolute destination path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/run/app", "../app", "a/../../b"})
  void directorySettingsRefuseAbsoluteAndEscapingPaths(String value) {
    assertRefused("Service", "RuntimeDirectory", value, "must be a relative path without ..");
  }

  @Test
  void pathListRefusesUnbalancedQuotes() {
    assertRefused("Service", "ReadOnlyPaths", "\"/a /b", "the quote \" opened at index 0 is never closed");
  }

  // unit names

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Unit|After|a.service b.target", "Unit|Wants|getty@tty1.service", "Service|Slice|app.slice",
      "Service|Sockets|a.socket b.socket", "Socket|Service|app.service", "Timer|Unit|job.service",
      "Install|WantedBy|multi-user.target", "Install|Alias|web@.service"})
  void unitListsTakeValidNames(String section, String name, String value) {
    assertAccepted(section, name, value);
  }

  @Test
  void unitNameWithoutSuffixIsRefused() {
    assertRefused("Unit", "After", "network", "\"network\" does not end with a unit type suffix", "app.service");
  }

  @Test
  void unitNameWithASlashIsRefused() {
    assertRefused("Unit", "Wants", "bad/name.service", "contains '/'");
  }

  @Test
  void singleUnitSettingRefusesTwoNames() {
    assertRefused("Service", "Slice", "a.slice b.slice", "takes exactly one unit name, not 2");
  }

  @Test
  void sliceMustBeASliceUnit() {
    assertRefused("Service", "Slice", "app.service", "is not a .slice unit");
  }

  @Test
  void socketsMustBeSocketUnits() {
    assertRefused("Service", "Sockets", "a.socket b.service", "\"b.service\" is not a .socket unit");
  }

  // capabilities

  @ParameterizedTest
  @ValueSource(strings = {"CAP_NET_ADMIN cap_sys_admin", "~CAP_SYS_ADMIN CAP_SYS_PTRACE", "CAP_CHECKPOINT_RESTORE", "21", "~"})
  void capabilitiesTakeLinuxNamesNumbersAndInversion(String value) {
    assertAccepted("Service", "CapabilityBoundingSet", value);
  }

  @Test
  void unknownCapabilityIsRefusedWithASuggestion() {
    assertRefused("Service", "AmbientCapabilities", "CAP_NET_ADMN", "\"CAP_NET_ADMN\" is not a Linux capability",
        "did you mean CAP_NET_ADMIN?");
  }

  @Test
  void capabilityNumberAboveTheKernelsIsRefused() {
    assertRefused("Service", "CapabilityBoundingSet", "63", "is not a Linux capability");
  }

  // system calls

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "SystemCallFilter|@system-service", "SystemCallFilter|~@mount @swap", "SystemCallFilter|read write",
      "SystemCallFilter|write:EPERM", "SystemCallFilter|~ptrace:kill", "SystemCallLog|@privileged"})
  void syscallFiltersTakeNamesGroupsInversionAndErrno(String name, String value) {
    assertAccepted("Service", name, value);
  }

  @Test
  void syscallFilterRefusesOddCharacters() {
    assertRefused("Service", "SystemCallFilter", "Read!", "is not a system call or @group name");
  }

  @Test
  void syscallLogRefusesAnErrno() {
    assertRefused("Service", "SystemCallLog", "read:EPERM", "only SystemCallFilter= takes a :errno");
  }

  // exec command lines

  @ParameterizedTest
  @ValueSource(strings = {"/bin/true", "-/bin/true", "@/bin/sh sh -c 'echo hi'", "+/usr/bin/app",
      "!!/usr/bin/app", ":/usr/bin/app $HOME", "-@:/bin/sh sh", "/bin/a ; /bin/b", "/bin/a ; -/bin/b x",
      "/usr/bin/find /tmp -name x -exec rm {} \\;", "\"/opt/my app/run\" --flag", "/bin/echo \\x41\\n",
      "/usr/bin/app \"%%\""})
  void execLinesTakePrefixesQuotingAndSeparators(String value) {
    assertAccepted("Service", "ExecStart", value);
  }

  @Test
  void execPlainProgramNameNeedsSystemd239() {
    assertAccepted("Service", "ExecStart", "true", 239);
  }

  @Test
  void execPlainProgramNameIsRefusedBefore239() {
    org.podunits.directive.Checks.assertOne(Severity.ERROR,
        Checks.check("Service", "ExecStart", "true", 238), "Service", "ExecStart", "true",
        "plain program names need systemd 239", "/usr/bin/true");
  }

  @Test
  void execRelativePathIsRefused() {
    assertRefused("Service", "ExecStartPre", "bin/setup", "is a relative path", "/bin/setup");
  }

  @Test
  void execUnbalancedQuoteIsRefused() {
    assertRefused("Service", "ExecStart", "/bin/echo \"hi", "the quote \" opened at index 10 is never closed");
  }

  @Test
  void execUnknownEscapeIsRefused() {
    assertRefused("Service", "ExecStart", "/bin/echo \\q", "the escape \\q at index 10 is not one of systemd's");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+!/bin/x", "--/bin/x", "@@/bin/x y"})
  void execConflictingOrRepeatedPrefixesAreRefused(String value) {
    assertRefused("Service", "ExecStart", value, "is repeated or combined");
  }

  @Test
  void execPrefixWithoutProgramIsRefused() {
    assertRefused("Service", "ExecStop", "-", "has no program after its prefixes");
  }

  @Test
  void execDirectoryIsRefused() {
    assertRefused("Service", "ExecStart", "/usr/bin/", "names a directory");
  }

  @Test
  void execSecondCommandIsCheckedToo() {
    assertRefused("Service", "ExecStart", "/bin/a ; b/c", "\"b/c\" is a relative path");
  }

  @Test
  void execArgv0PrefixNeedsAnArgv0() {
    assertRefused("Service", "ExecStart", "@/bin/sh", "needs a word after the program");
  }

  // environment, users

  @ParameterizedTest
  @ValueSource(strings = {"A=1", "A=1 \"B=2 3\" 'C=x'", "EMPTY=", "_X=y=z"})
  void environmentTakesQuotedAssignments(String value) {
    assertAccepted("Service", "Environment", value);
  }

  @Test
  void environmentRefusesAWordWithoutEquals() {
    assertRefused("Service", "Environment", "A=1 FOO", "\"FOO\" is not an assignment");
  }

  @Test
  void environmentRefusesAnInvalidName() {
    assertRefused("Service", "Environment", "1X=2", "\"1X\" is not a valid environment variable name");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"User|nobody", "User|1000", "Group|app-data", "User|systemd-network",
      "SupplementaryGroups|wheel audio 100"})
  void usersTakeNamesAndIds(String name, String value) {
    assertAccepted("Service", name, value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b", "..", "-x", "4294967295", "a/b"})
  void usersRefuseInvalidNamesAndIds(String value) {
    assertRefused("Service", "User", value, "not a valid user or group");
  }

  // other and reset

  @Test
  void otherKindsGetTheCommonChecksOnly() {
    assertAccepted("Service", "IPAddressAllow", "anything goes");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"LimitNOFILE|1024:524288", "LimitNOFILE|infinity",
      "LimitCORE|infinity", "LimitCORE|1G", "LimitCPU|30min", "LimitNICE|-5", "LimitNICE|30",
      "LimitRTTIME|infinity:infinity", "LimitNPROC|512"})
  void resourceLimitsTakeTheirUnitSoftHardPairsAndInfinity(String name, String value) {
    assertAccepted("Service", name, value);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"LimitNOFILE|lots", "LimitNOFILE|1:2:3", "LimitNOFILE|1024:",
      "LimitCORE|1Q", "LimitNICE|41", "LimitNICE|+20"})
  void resourceLimitsRefuseOtherValues(String name, String value) {
    assertRefused("Service", name, value);
  }

  @Test
  void documentationTakesKnownUriSchemes() {
    assertAccepted("Unit", "Documentation", "man:app(8) https://example.com/doc file:/usr/share/doc/app");
  }

  @Test
  void documentationRefusesOtherSchemes() {
    assertRefused("Unit", "Documentation", "ftp://example.com", "not a documentation URI");
  }

  @ParameterizedTest
  @ValueSource(strings = {"512", "80%", "infinity"})
  void tasksMaxTakesCountsPercentagesAndInfinity(String value) {
    assertAccepted("Service", "TasksMax", value);
  }

  @Test
  void tasksMaxRefusesZero() {
    assertRefused("Service", "TasksMax", "0", "out of range");
  }

  @Test
  void ioLimitTakesADeviceAndASize() {
    assertAccepted("Service", "IOReadBandwidthMax", "/dev/sda 10M");
  }

  @Test
  void ioLimitRefusesARelativeDevice() {
    assertRefused("Service", "IOWriteBandwidthMax", "sda 10M", "not an absolute device");
  }

  @Test
  void emptyValueResetsListsAndNonBooleanSettings() {
    assertAccepted("Service", "ExecStart", "");
    assertAccepted("Service", "TimeoutStartSec", "");
  }
}
