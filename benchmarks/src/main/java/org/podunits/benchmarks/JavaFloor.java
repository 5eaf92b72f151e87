package org.podunits.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Java floor of the cold path: {@code floor.c}'s work done with the JDK's own file API, so
 * that {@code cold-bench.sh} can show what any JDK-only writer of the same tree pays in a fresh
 * JVM before it does anything podunits does (no model, no plan, no rendering, no confinement, no
 * journal).
 *
 * <pre>
 * JavaFloor pods LIST COUNT ROOTS   write the tree LIST describes into ROOTS/i for i &lt; COUNT (the
 *                                   roots exist) and print the nanoseconds of each pod, one a line
 * </pre>
 *
 * <p>LIST is made by the script from the tree {@code ColdPods tree} wrote, one entry a line:
 * {@code f MODE PATH SOURCE} for a regular file (octal mode, path relative to the root, the file to
 * copy the bytes from) or {@code l PATH TARGET} for a symbolic link. It is read with {@code
 * java.io}, whose classes the JVM has loaded at start, so the first timed pod is the first use of
 * {@code java.nio.file} in the JVM, as it is for a runtime's first pod. Per pod, as {@code
 * floor.c}: one {@code Files.createDirectory} per distinct parent directory (an existing one is
 * fine, a missing ancestor is made first), each file created under a temporary name with its final
 * mode ({@code CREATE_NEW}), written, closed and moved into place ({@code ATOMIC_MOVE}), each link
 * one {@code Files.createSymbolicLink}.
 */
public final class JavaFloor {

  private final List<String> directories = new ArrayList<>();
  private final List<String> paths = new ArrayList<>();
  private final List<String> temporaries = new ArrayList<>();
  private final List<byte[]> contents = new ArrayList<>();
  private final List<String> linkTargets = new ArrayList<>();
  private final List<Integer> modes = new ArrayList<>();

  private JavaFloor(String list) throws IOException {
    for (String line : new String(readAll(list), StandardCharsets.UTF_8).split("\n")) {
      String[] fields = line.split(" ", 4);
      boolean link = fields[0].equals("l");
      String path = fields[link ? 1 : 2];
      int slash = path.lastIndexOf('/');
      String directory = slash < 0 ? "" : path.substring(0, slash);
      if (!directory.isEmpty() && !directories.contains(directory)) {
        directories.add(directory);
      }
      paths.add(path);
      // concat, not +: an invokedynamic concatenation would bring up method handles before the timing
      temporaries.add(directory.isEmpty() ? ".".concat(path).concat(".tmp")
          : directory.concat("/.").concat(path.substring(slash + 1)).concat(".tmp"));
      if (link) {
        contents.add(null);
        linkTargets.add(fields[2]);
        modes.add(0);
      } else {
        contents.add(readAll(fields[3]));
        linkTargets.add(null);
        modes.add(Integer.parseInt(fields[1], 8));
      }
    }
  }

  private static byte[] readAll(String file) throws IOException {
    try (FileInputStream in = new FileInputStream(file)) {
      return in.readAllBytes();
    }
  }

  private void writePod(String root) throws IOException {
    Path rootPath = Path.of(root);
    for (String directory : directories) {
      makeDirectory(rootPath.resolve(directory));
    }
    for (int i = 0; i < paths.size(); i++) {
      Path path = rootPath.resolve(paths.get(i));
      String target = linkTargets.get(i);
      if (target != null) {
        Files.createSymbolicLink(path, Path.of(target));
        continue;
      }
      Path temporary = rootPath.resolve(temporaries.get(i));
      FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(permissions(modes.get(i)));
      try (SeekableByteChannel channel = Files.newByteChannel(temporary,
          EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), mode)) {
        ByteBuffer bytes = ByteBuffer.wrap(contents.get(i));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
      Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void makeDirectory(Path directory) throws IOException {
    try {
      Files.createDirectory(directory);
    } catch (FileAlreadyExistsException exists) {
      // like floor.c's EEXIST: the directory is there already
    } catch (NoSuchFileException missingParent) {
      makeDirectory(directory.getParent());
      Files.createDirectory(directory);
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] all = PosixFilePermission.values();
    for (int bit = 0; bit < all.length; bit++) {
      // PosixFilePermission lists OWNER_READ (0400) first and OTHERS_EXECUTE (0001) last
      if ((mode & (0400 >> bit)) != 0) {
        permissions.add(all[bit]);
      }
    }
    return permissions;
  }

  /** Runs {@code pods}; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4 || !args[0].equals("pods")) {
      throw new IllegalArgumentException("usage: JavaFloor pods LIST COUNT ROOTS");
    }
    JavaFloor floor = new JavaFloor(args[1]);
    int count = Integer.parseInt(args[2]);
    long[] nanos = new long[count];
    for (int i = 0; i < count; i++) {
      String root = args[3].concat("/").concat(Integer.toString(i));
      long start = System.nanoTime();
      floor.writePod(root);
      nanos[i] = System.nanoTime() - start;
    }
    StringBuilder out = new StringBuilder();
    for (long n : nanos) {
      out.append(n).append('\n');
    }
    System.out.print(out);
  }
}
