package org.podunits.pod;

import java.util.Locale;
import org.podunits.unit.SystemdText;

/**
 * The processor architecture of the machine a pod runs on, named as Go names it. rkt's stage1,
 * built for that machine, generates the units; on {@link #ARM} and {@link #ARM64} its default
 * seccomp whitelist allows six more syscalls.
 */
public enum Architecture {
  /** x86-64. */
  AMD64,
  /** 64-bit ARM (aarch64). */
  ARM64,
  /** 32-bit ARM. */
  ARM,
  /** 32-bit x86. */
  I386,
  /** 64-bit little-endian POWER. */
  PPC64LE,
  /** IBM Z. */
  S390X;

  /**
   * The architecture of a Java {@code os.arch} value ({@code amd64}, {@code x86_64}, {@code
   * aarch64}, {@code arm}, {@code x86}, {@code i386}, {@code ppc64le}, {@code s390x}, ...).
   *
   * @throws InvalidPodException for an architecture rkt was not built for
   */
  public static Architecture fromOsArch(String osArch) {
    if (osArch == null) {
      throw DiagnosticList.refusal(DiagnosticCode.VALUE_NULL, "architecture", "architecture must not be null");
    }
    String name = osArch.toLowerCase(Locale.ROOT);
    switch (name) {
      case "amd64":
      case "x86_64":
        return AMD64;
      case "aarch64":
      case "arm64":
        return ARM64;
      case "i386":
      case "i486":
      case "i586":
      case "i686":
      case "x86":
        return I386;
      case "ppc64le":
        return PPC64LE;
      case "s390x":
        return S390X;
      default:
        if (name.matches("arm(v[5-8][a-z]*|hf|el)?")) {
          return ARM;
        }
        throw DiagnosticList.refusal(DiagnosticCode.ARCHITECTURE_UNKNOWN, "architecture", "architecture \"" + SystemdText.printable(osArch)
            + "\" is not one rkt's stage1 is built for (amd64, arm64, arm, 386, ppc64le, s390x)");
    }
  }

  /** The architecture of the machine this JVM runs on. */
  public static Architecture current() {
    return fromOsArch(System.getProperty("os.arch"));
  }

  /** Whether rkt's default seccomp whitelist has its ARM additions here. */
  boolean armSeccompAdditions() {
    return this == ARM || this == ARM64;
  }
}
