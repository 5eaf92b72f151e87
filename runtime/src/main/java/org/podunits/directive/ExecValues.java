package org.podunits.directive;

import java.util.List;
import java.util.regex.Pattern;

/** Settings of the execution environment whose syntax systemd 252 checks as it reads them. */
final class ExecValues {

  private ExecValues() {}

  private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/\\s]*=?=?\\s*");
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Z0-9][A-Z0-9_]*");
  private static final Pattern CREDENTIAL_NAME = Pattern.compile("[^/\\x00-\\x1f]+");
  private static final Pattern LOG_NAMESPACE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private static final List<String> COREDUMP_TYPES = List.of("all", "default", "private-anonymous",
      "shared-anonymous", "private-file-backed", "shared-file-backed", "elf-headers", "private-huge",
      "shared-huge", "private-dax", "shared-dax");

  /** The architecture names systemd 252's {@code seccomp_arch_from_string} takes. */
  private static final List<String> ARCHITECTURES = List.of("native", "x86", "x86-64", "x32", "arm", "arm64",
      "mips", "mips64", "mips64-n32", "mips-le", "mips64-le", "mips64-le-n32", "ppc", "ppc64", "ppc64-le",
      "riscv64", "s390", "s390x", "loongarch64", "parisc", "parisc64");

  /** {@code RootHash=}: a hex string of at least 16 bytes, or an absolute path to a file holding it. */
  static String rootHash(String value) {
    if (value.startsWith("/")) {
      return null;
    }
    if (!HEX.matcher(value).matches()) {
      return "\"" + value + "\" is neither hex nor an absolute path; write the root hash in hex or the path of a file holding it";
    }
    return value.length() < 32 ? "the root hash is " + value.length() / 2 + " bytes; it needs at least 16 (32 hex digits)" : null;
  }

  /** {@code RootHashSignature=}: {@code base64:} and the signature, or an absolute path. */
  static String rootHashSignature(String value) {
    if (value.startsWith("/")) {
      return null;
    }
    if (value.startsWith("base64:") && BASE64.matcher(value.substring(7)).matches() && value.length() > 7) {
      return null;
    }
    return "\"" + value + "\" is neither base64:SIGNATURE nor an absolute path to a signature file";
  }

  /** One word of {@code CoredumpFilter=}: a hex mask or the name of a memory mapping type. */
  static String coredumpType(String word) {
    return COREDUMP_TYPES.contains(word) || word.matches("(0x)?[0-9a-fA-F]{1,16}") ? null
        : "\"" + word + "\" is not a core dump mapping type; write a hex mask or names such as default, all, private-huge";
  }

  /** {@code SetCredentialEncrypted=ID:DATA}: the data is base64, as systemd-creds encrypt writes it. */
  static String encryptedCredential(String value) {
    String problem = credential(value, true);
    if (problem == null) {
      problem = base64(value.substring(value.indexOf(':') + 1));
    }
    return problem;
  }

  /** {@code StandardInputData=}: base64. */
  static String base64(String value) {
    String compact = value.replaceAll("\\s", "");
    if (compact.isEmpty() || compact.length() % 4 != 0 || !BASE64.matcher(value).matches()) {
      return "\"" + value + "\" is not base64 data; encode the input with base64";
    }
    return null;
  }

  /** {@code LogExtraFields=}: FIELD=value words, the field name in capitals, digits and _. */
  static String logExtraFields(String value) {
    return Words.eachWord(value, "FIELD=value pairs", word -> {
      int equals = word.indexOf('=');
      if (equals < 0) {
        return "\"" + word + "\" lacks '='; write FIELD=value";
      }
      return FIELD_NAME.matcher(word.substring(0, equals)).matches() && equals <= 64 ? null
          : "\"" + word.substring(0, equals) + "\" is not a journal field name; use capitals, digits and _, not starting with _";
    });
  }

  /** {@code SystemCallArchitectures=}: architecture names. */
  static String architectures(String value) {
    return Words.eachWord(value, "architectures", arch -> ARCHITECTURES.contains(arch) ? null
        : "\"" + arch + "\" is not a system call architecture; write native, or names such as x86-64, x86, arm64");
  }

  /** {@code LoadCredential=ID[:PATH]} and {@code SetCredential=ID:VALUE} (and their encrypted forms). */
  static String credential(String value, boolean valueRequired) {
    int colon = value.indexOf(':');
    String id = colon < 0 ? value : value.substring(0, colon);
    if (colon < 0 && valueRequired) {
      return "\"" + value + "\" has no ':'; write ID:VALUE";
    }
    if (id.isEmpty() || id.equals(".") || id.equals("..") || id.length() > 255 || !CREDENTIAL_NAME.matcher(id).matches()) {
      return "\"" + id + "\" is not a credential name; use a file name without '/', such as tls-key";
    }
    return null;
  }

  /** {@code LogNamespace=}: a short name of letters, digits, - and _. */
  static String logNamespace(String value) {
    return LOG_NAMESPACE.matcher(value).matches() ? null
        : "\"" + value + "\" is not a log namespace name; use up to 64 letters, digits, - and _";
  }
}
