/*
 * DirectiveCatalogue: turns the systemd directive facts of podunits' shared data into the
 * runtime's own catalogue resource, runtime/src/main/resources/org/podunits/directive/directives.tsv.
 *
 * Usage (JDK 17, no build needed):
 *
 *   java tools/DirectiveCatalogue.java <shared-data-dir> <output-file> [<words-refused-by-252>]
 *   java tools/DirectiveCatalogue.java ../shared/data \
 *       runtime/src/main/resources/org/podunits/directive/directives.tsv \
 *       tools/enum-words-refused-by-252.tsv
 *
 * Input: systemd-directives.tsv, systemd-directives-provenance.tsv (same row order) and
 * systemd-directive-values.tsv, as described in the shared data's README. The output is committed;
 * the runtime and its tests never read the shared data. Run the tool again when the data changes
 * and review the diff of the resource.
 *
 * Rules applied (everything else is copied as it is):
 *
 * - parser: the v262 parser of the row. Where v262 only warns and ignores the setting
 *   (config_parse_warn_compat(DISABLED_LEGACY)) and the provenance names the parser of v257, that
 *   parser is kept instead, because it is what the targets that still honour the setting use to
 *   read the value. [Install] rows have no parser in the gperf table (systemctl's install logic
 *   reads them); they get the parser name "install".
 * - ignored: the provenance's ignored_since. A row whose v262 parser is DISABLED_LEGACY without an
 *   ignored_since (SysVStartPriority=) is ignored from its deprecated_since.
 * - specifiers: "yes" when the parser resolves % specifiers before it reads the value. That is
 *   (1) every parser whose name ends in "_printf" (unit_string_printf, unit_strv_printf,
 *   unit_path_printf, unit_path_strv_printf), (2) the [Install] settings, which systemctl resolves
 *   with its install specifiers, and (3) the parsers listed in SPECIFIER_PARSERS below, which call
 *   unit_full_printf, unit_path_printf, unit_name_printf, unit_env_printf, unit_cred_printf or
 *   unit_fd_printf in systemd's src/core/load-fragment.c before they parse the value. Any other
 *   parser takes the value literally, so a % there is just a character.
 * - replacement: the data's, except where REPLACEMENTS below corrects it. PermissionsStartOnly=
 *   has no replacement directive: NEWS 240 names the "+" prefix of the control commands instead
 *   (the data names ExecStartPre=, which is where the prefix goes, not what replaces the setting).
 * - value rows: one per row of systemd-directive-values.tsv and per section whose directive of
 *   that name has the same parser (StandardOutput= and KillMode= are read by the same parser in
 *   [Service], [Socket], [Mount], [Swap] and [Scope]; the data records them for [Service] only).
 *   since "-" means the value predates the table (0). A note "converted to X since N" or "deprecated ... since N" gives the version
 *   from which the value is deprecated, and X its replacement.
 * - words refused by 252: tools/enum-words-refused-by-252.tsv (directive, value) lists words of
 *   v262's enum tables that systemd 252 refuses ("Failed to parse ..., ignoring"), found by the
 *   runtime's SystemdAgreementTest with systemd-analyze verify of 252.39. The release that added
 *   each is not recorded, so each becomes a value row in every section of that directive with
 *   since 253 and an eighth column "lower-bound": the checks then say that 252 and older do not
 *   know the word, not that 253 does.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class DirectiveCatalogue {

  private static final String LEGACY = "config_parse_warn_compat(DISABLED_LEGACY)";

  private static final Set<String> SPECIFIER_PARSERS = Set.of(
      "config_parse_unit_deps",
      "config_parse_obsolete_unit_deps",
      "config_parse_unit_condition_path",
      "config_parse_unit_condition_string",
      "config_parse_documentation",
      "config_parse_unit_mounts_for",
      "config_parse_socket_listen",
      "config_parse_exec",
      "config_parse_exec_input",
      "config_parse_exec_input_text",
      "config_parse_exec_output",
      "config_parse_exec_selinux_context",
      "config_parse_exec_apparmor_profile",
      "config_parse_exec_smack_process_label",
      "config_parse_trigger_unit",
      "config_parse_socket_service",
      "config_parse_service_sockets",
      "config_parse_unit_slice",
      "config_parse_bus_name",
      "config_parse_unit_env_file",
      "config_parse_environ",
      "config_parse_pass_environ",
      "config_parse_unset_environ",
      "config_parse_user_group_compat",
      "config_parse_user_group_strv_compat",
      "config_parse_working_directory",
      "config_parse_pid_file",
      "config_parse_exec_directories",
      "config_parse_namespace_path_strv",
      "config_parse_bind_paths",
      "config_parse_temporary_filesystems",
      "config_parse_root_image_options",
      "config_parse_mount_images",
      "config_parse_extension_images",
      "config_parse_colon_separated_paths",
      "config_parse_set_credential",
      "config_parse_load_credential",
      "config_parse_import_credential",
      "config_parse_log_extra_fields",
      "config_parse_log_namespace",
      "config_parse_path_spec",
      "config_parse_fdname",
      "config_parse_device_allow",
      "config_parse_io_device_weight",
      "config_parse_io_device_latency",
      "config_parse_io_limit",
      "config_parse_blockio_device_weight",
      "config_parse_blockio_bandwidth",
      "config_parse_mount_node",
      "config_parse_ip_filter_bpf_progs",
      "config_parse_bpf_foreign_program",
      "config_parse_open_file",
      "config_parse_reboot_parameter",
      "config_parse_timer");

  /** Replacement advice by "section.name", where the data names a directive that does not replace it. */
  private static final Map<String, String> REPLACEMENTS = Map.of(
      "Service.PermissionsStartOnly",
      "a \"+\" before each ExecStartPre=, ExecStartPost=, ExecReload=, ExecStop= and ExecStopPost= command"
          + " that must run with full privileges (systemd 231 and newer)");

  private static final Pattern CONVERTED = Pattern.compile("converted to (\\S+) since (\\d+)");
  private static final Pattern DEPRECATED = Pattern.compile("deprecated\\b.*?since (\\d+)");

  private DirectiveCatalogue() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: java tools/DirectiveCatalogue.java <shared-data-dir> <output-file> [<words-refused-by-252>]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    List<String[]> directives = read(data.resolve("systemd-directives.tsv"), 8);
    List<String[]> provenance = read(data.resolve("systemd-directives-provenance.tsv"), 8);
    List<String[]> values = read(data.resolve("systemd-directive-values.tsv"), 5);
    if (directives.size() != provenance.size()) {
      throw new IllegalStateException("systemd-directives.tsv has " + directives.size()
          + " rows but the provenance file has " + provenance.size());
    }

    StringBuilder out = new StringBuilder();
    out.append("# podunits directive catalogue: generated by tools/DirectiveCatalogue.java, do not edit.\n")
        .append("# Source: podunits shared data systemd-directives.tsv, systemd-directives-provenance.tsv and\n")
        .append("# systemd-directive-values.tsv (").append(directives.size())
        .append(" section/directive rows from systemd v262's load-fragment-gperf.gperf.in,\n")
        .append("# man pages and NEWS, version ladder v229..v257, cross-checked with systemd 252's\n")
        .append("# --dump-configuration-items). See docs/directives.md.\n")
        .append("# directive\tsection\tname\tkind\tvalues\tsince\tdeprecated\treplacement\trepeatable\tspecifiers\tignored\tparser\n")
        .append("# value\tsection\tname\tvalue\tsince\tdeprecated\treplacement[\tlower-bound]\n");

    for (int i = 0; i < directives.size(); i++) {
      String[] d = directives.get(i);
      String[] p = provenance.get(i);
      if (!d[0].equals(p[0]) || !d[1].equals(p[1])) {
        throw new IllegalStateException("row " + (i + 2) + ": directives has " + d[0] + "." + d[1]
            + " but provenance has " + p[0] + "." + p[1]);
      }
      String parser = parser(d[0], p[2], p[3]);
      String ignored = p[5];
      if (ignored.equals("-") && p[2].equals(LEGACY) && p[3].equals("-")) {
        ignored = d[5].equals("-") ? d[4] : d[5];
      }
      String replacement = REPLACEMENTS.getOrDefault(d[0] + "." + d[1], d[6]);
      out.append(String.join("\t", "directive", d[0], d[1], d[2], d[3], d[4], d[5], replacement,
              d[7], specifiers(parser) ? "yes" : "no", ignored, parser))
          .append('\n');
    }

    for (String[] v : values) {
      String since = v[3].equals("-") ? "0" : v[3];
      String deprecated = "-";
      String replacement = "-";
      Matcher converted = CONVERTED.matcher(v[4]);
      Matcher plain = DEPRECATED.matcher(v[4]);
      if (converted.find()) {
        replacement = converted.group(1);
        deprecated = converted.group(2);
      } else if (plain.find()) {
        deprecated = plain.group(1);
      }
      String parser = parserOf(directives, provenance, v[0], v[1]);
      for (int i = 0; i < directives.size(); i++) {
        String[] d = directives.get(i);
        if (d[1].equals(v[1]) && parser(d[0], provenance.get(i)[2], provenance.get(i)[3]).equals(parser)) {
          out.append(String.join("\t", "value", d[0], v[1], v[2], since, deprecated, replacement))
              .append('\n');
        }
      }
    }

    if (args.length == 3) {
      for (String[] w : read(Path.of(args[2]), 2)) {
        boolean found = false;
        for (String[] d : directives) {
          if (d[1].equals(w[0]) && List.of(d[3].split(",")).contains(w[1])) {
            out.append(String.join("\t", "value", d[0], w[0], w[1], "253", "-", "-", "lower-bound")).append('\n');
            found = true;
          }
        }
        if (!found) {
          throw new IllegalStateException(args[2] + ": " + w[0] + "=" + w[1] + " is not a listed value of any directive");
        }
      }
    }

    // The runtime reads the catalogue as Latin-1 (a plain copy, cheaper in a fresh JVM than
    // checking UTF-8), which reads ASCII as UTF-8 does.
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) > 0x7f) {
        throw new IllegalStateException("the catalogue would hold the non-ASCII character U+"
            + Integer.toHexString(out.charAt(i)) + " at offset " + i + "; the runtime reads it as Latin-1, so keep it ASCII");
      }
    }
    Path target = Path.of(args[1]);
    if (target.getParent() != null) {
      Files.createDirectories(target.getParent());
    }
    Files.writeString(target, out, StandardCharsets.UTF_8);
    System.out.println("wrote " + directives.size() + " directives and " + values.size()
        + " values to " + target);
  }

  private static String parserOf(List<String[]> directives, List<String[]> provenance,
      String section, String name) {
    for (int i = 0; i < directives.size(); i++) {
      if (directives.get(i)[0].equals(section) && directives.get(i)[1].equals(name)) {
        return parser(section, provenance.get(i)[2], provenance.get(i)[3]);
      }
    }
    throw new IllegalStateException("systemd-directive-values.tsv names [" + section + "] " + name
        + "=, which systemd-directives.tsv does not list");
  }

  private static String parser(String section, String v262, String v257) {
    if (v262.equals("NULL") && section.equals("Install")) {
      return "install";
    }
    if (v262.equals(LEGACY) && !v257.equals("-")) {
      return v257;
    }
    return v262;
  }

  private static boolean specifiers(String parser) {
    return parser.endsWith("_printf") || parser.equals("install") || SPECIFIER_PARSERS.contains(parser);
  }

  private static List<String[]> read(Path file, int columns) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      String[] row = lines.get(i).split("\t", -1);
      if (row.length != columns) {
        throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + columns
            + " columns, found " + row.length);
      }
      rows.add(row);
    }
    return rows;
  }
}
