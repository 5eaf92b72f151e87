package org.podunits.inspect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.podunits.pod.PodLayout;

/**
 * Finds the executable an app's {@code exec[0]} names, as rkt's {@code FindBinPath} does, so the
 * app's service can start it by absolute path: an absolute argv0 is used as it is, a relative one
 * containing {@code /} is taken from the working directory, and a plain name is searched for in
 * the app's {@code PATH} inside its rootfs.
 */
public final class BinaryLookup {

  /** exec(3)'s search list when there is no PATH: the working directory, then confstr's /bin:/usr/bin. */
  private static final List<String> DEFAULT_DIRECTORIES = List.of("/bin", "/usr/bin");

  private static final Set<PosixFilePermission> EXECUTE = Set.of(
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_EXECUTE);

  private BinaryLookup() {}

  /**
   * The absolute path, inside the app's rootfs, of the executable {@code argv0} names.
   *
   * <p>For a plain name, each directory of {@code path} (split on {@code :}; a relative entry is
   * taken from the working directory, an empty entry is the working directory itself), or of the
   * working directory, {@code /bin} and {@code /usr/bin} when the app sets no PATH, is tried in
   * order. A candidate counts when, with its symbolic links evaluated inside the rootfs (see
   * {@link RootfsPaths#evaluateInside}), it is a regular file with an execute bit. The path
   * returned is the candidate as written, not the evaluated one, as rkt does: systemd resolves it
   * again under {@code RootDirectory=}.
   *
   * @param appRootfs the app's rootfs on this machine, {@code <pod>/stage1/rootfs/opt/stage2/<app>/rootfs}
   * @param argv0 the app's {@code exec[0]}; an app whose exec is empty passes {@code ""}
   * @param workingDirectory the app's absolute working directory; {@code ""} means {@code /}
   * @param path the value of {@code PATH} in the app's environment, or {@code null} if it sets none
   * @return the executable's absolute path inside the rootfs, cleaned like Go's {@code filepath.Join}
   * @throws PodInspectionException {@code app has no executable} for an empty argv0, or
   *     {@code error looking up "<bin>": unable to find "<bin>" in "<paths>"} when no candidate is
   *     executable, or when a candidate's links cannot be evaluated (the cause chained)
   */
  public static String find(Path appRootfs, String argv0, String workingDirectory, String path)
      throws PodInspectionException {
    Objects.requireNonNull(appRootfs, "appRootfs");
    Objects.requireNonNull(argv0, "argv0");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    String workDir = workingDirectory.isEmpty() ? "/" : workingDirectory;
    if (!workDir.startsWith("/")) {
      throw new IllegalArgumentException("working directory \"" + workingDirectory
          + "\" must be an absolute path such as /srv, or empty for /");
    }
    if (argv0.isEmpty()) {
      throw new PodInspectionException("app has no executable");
    }
    if (argv0.startsWith("/")) {
      return argv0;
    }
    if (argv0.contains("/")) {
      return PodLayout.clean(workDir + "/" + argv0);
    }
    List<String> directories = new ArrayList<>();
    if (path == null) {
      directories.add(workDir);
      directories.addAll(DEFAULT_DIRECTORIES);
    } else if (!path.isEmpty()) {
      directories.addAll(List.of(path.split(":", -1)));
    }
    String error = "error looking up \"" + argv0 + "\"";
    for (String directory : directories) {
      String absolute = directory.startsWith("/") ? directory : workDir + "/" + directory;
      String candidate = PodLayout.clean(absolute + "/" + argv0);
      String evaluated;
      try {
        evaluated = RootfsPaths.evaluateInside(appRootfs, candidate);
      } catch (PodInspectionException e) {
        throw new PodInspectionException(error + ": could not evaluate path " + candidate + ": "
            + e.getMessage(), e);
      }
      if (isExecutableFile(RootfsPaths.onHost(appRootfs, evaluated))) {
        return candidate;
      }
    }
    throw new PodInspectionException(error + ": unable to find \"" + argv0 + "\" in \""
        + (path == null ? String.join(":", directories) : path) + "\"");
  }

  private static boolean isExecutableFile(Path file) {
    try {
      PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile()
          && attributes.permissions().stream().anyMatch(EXECUTE::contains);
    } catch (IOException e) {
      return false;
    }
  }
}
