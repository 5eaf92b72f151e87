package org.podunits.examples;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podunits.directive.Severity;
import org.podunits.unit.UnitType;

/**
 * Finds what {@code check} reads under the paths it is given, as systemd would find it: unit files
 * (named {@code NAME.TYPE}) and drop-ins ({@code *.conf} in a {@code NAME.TYPE.d} or {@code
 * TYPE.d} directory), following symbolic links to files and directories.
 *
 * <ul>
 *   <li>A unit that is a symbolic link to {@code /dev/null}, or an empty file, is masked: systemd
 *       does not load it, so neither is it checked; it is counted. Any other file that is not a
 *       regular file (a FIFO, a device) is an error, and not read.
 *   <li>A file reached through several names (an alias link, a link in a {@code .wants}
 *       directory) is checked once, under its own name when the scan reaches it directly.
 *   <li>A dangling link named like a unit is reported as a warning; a path the user named that
 *       does not exist, and a directory that cannot be read, as unreadable.
 *   <li>A file the user names directly is checked whatever its name; one that is not named like a
 *       unit or drop-in gets a warning, since no section rules apply to it.
 * </ul>
 */
final class UnitScan {

  /**
   * A file to check.
   *
   * @param path the file as the scan reached it
   * @param unitName the name its section rules come from: the unit's file name ({@code
   *     web.service}), a drop-in's directory name ({@code web.service.d}), or the file name of a
   *     file that is neither
   */
  record Target(Path path, String unitName) {
    /** Whether the file is a drop-in rather than a whole unit. */
    boolean dropIn() {
      return unitName.endsWith(".d");
    }
  }

  private static final Path DEV_NULL = Path.of("/dev/null");

  private final CheckResult result;
  /** Each real file once, with the path it is shown under. */
  private final Map<Path, Path> byRealPath = new LinkedHashMap<>();
  private final Map<Path, String> unitNames = new LinkedHashMap<>();

  private UnitScan(CheckResult result) {
    this.result = result;
  }

  /** The files to check under these paths; what cannot be checked goes into {@code result}. */
  static List<Target> scan(List<Path> paths, CheckResult result) {
    UnitScan scan = new UnitScan(result);
    for (Path path : paths) {
      scan.argument(path);
    }
    List<Target> targets = new ArrayList<>();
    scan.byRealPath.values().forEach(path -> targets.add(new Target(path, scan.unitNames.get(path))));
    targets.sort((a, b) -> a.path().compareTo(b.path()));
    return targets;
  }

  private void argument(Path path) {
    if (Files.isDirectory(path)) {
      walk(path);
    } else if (Files.exists(path)) {
      String unitName = unitName(path);
      if (unitName == null) {
        result.add(new Finding(path, 0, Severity.WARNING, "not named like a unit (NAME.service, NAME.socket, ...)"
            + " or a drop-in (NAME.TYPE.d/*.conf), so systemd would not read it; checked without the section rules"
            + " of a unit type"));
        unitName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
      }
      candidate(path, unitName);
    } else if (Files.isSymbolicLink(path)) {
      result.unreadable(path, "a dangling symbolic link to " + target(path));
    } else {
      result.unreadable(path, "no such file or directory");
    }
  }

  private void walk(Path directory) {
    try {
      Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              String unitName = unitName(file);
              if (unitName == null) {
                return FileVisitResult.CONTINUE;
              }
              if (attributes.isSymbolicLink()) {
                // Following links, the walk gives a link's own attributes only when its target is gone.
                result.add(new Finding(file, 0, Severity.WARNING, "a dangling symbolic link to " + target(file)
                    + ", which systemd cannot load; remove it or restore its target"));
              } else {
                candidate(file, unitName);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                result.add(new Finding(file, 0, Severity.WARNING,
                    "a symbolic link back to a directory already being checked; not followed again"));
              } else if (!(e instanceof NoSuchFileException) || unitName(file) != null) {
                result.unreadable(file, IoMessages.reason(e));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                result.unreadable(dir, "cannot list the whole directory: " + IoMessages.reason(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      result.unreadable(directory, IoMessages.reason(e));
    }
  }

  private void candidate(Path path, String unitName) {
    Path real;
    long size;
    try {
      real = path.toRealPath();
      size = Files.isRegularFile(real) ? Files.size(real) : -1;
    } catch (IOException e) {
      result.unreadable(path, e instanceof NoSuchFileException ? "removed during the check" : IoMessages.reason(e));
      return;
    }
    boolean dropIn = unitName.endsWith(".d");
    if (!dropIn && (real.equals(DEV_NULL) || size == 0)) {
      result.masked();
      return;
    }
    if (size < 0) {
      // A FIFO would block the read; a device or socket is nothing systemd loads either.
      result.add(new Finding(path, 0, Severity.ERROR, "not a regular file, so systemd cannot load it;"
          + " replace it with a unit file, or with a link to /dev/null to mask the unit"));
      return;
    }
    Path shown = byRealPath.get(real);
    if (shown == null || preferred(path, shown)) {
      byRealPath.put(real, path);
      unitNames.put(path, unitName);
    }
    if (shown != null) {
      result.alias();
    }
  }

  /** Whether a file reached at both paths is shown at the first: its own name, else the first in order. */
  private static boolean preferred(Path path, Path shown) {
    boolean link = Files.isSymbolicLink(path);
    boolean shownLink = Files.isSymbolicLink(shown);
    return link == shownLink ? path.compareTo(shown) < 0 : shownLink;
  }

  /**
   * The name whose section rules apply to the file, or null if systemd would not read it as a unit
   * or drop-in.
   */
  static String unitName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return null;
    }
    String fileName = name.toString();
    if (typeOf(fileName) != null) {
      return fileName;
    }
    Path parent = file.getParent() == null ? null : file.getParent().getFileName();
    if (!fileName.endsWith(".conf") || parent == null || !parent.toString().endsWith(".d")) {
      return null;
    }
    String directory = parent.toString();
    String unit = directory.substring(0, directory.length() - 2);
    if (typeOf(unit) != null) {
      return directory;
    }
    // systemd applies TYPE.d/*.conf (service.d/, socket.d/) to every unit of that type; it is
    // checked like the drop-in of a unit of that type.
    return UnitType.ofSuffix("." + unit).isPresent() ? "." + unit + ".d" : null;
  }

  private static UnitType typeOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? null : UnitType.ofSuffix(name.substring(dot)).orElse(null);
  }

  private static String target(Path link) {
    try {
      return Shown.path(Files.readSymbolicLink(link));
    } catch (IOException | UnsupportedOperationException e) {
      return "a target that cannot be read";
    }
  }
}
