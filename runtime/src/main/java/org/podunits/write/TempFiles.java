package org.podunits.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Files written under a temporary name beside their target, then renamed into place: the target
 * never holds a partial file. A temporary name is {@code .<name><mark><suffix>}: it starts with a
 * dot and ends in no unit suffix, so systemd never loads it, and the name part is cut short so the
 * whole stays within the 255-byte limit of a file name.
 */
final class TempFiles {

  /** Marks a plain writer's temporary file: {@code .<name>.podunits-tmp-<hex>}. */
  static final String WRITER_MARK = ".podunits-tmp-";

  /** Marks new content staged by a plan write: {@code .<name>.podunits-new-<index>}. */
  static final String NEW_MARK = ".podunits-new-";

  /** Marks replaced content kept by a plan write: {@code .<name>.podunits-old-<index>}. */
  static final String OLD_MARK = ".podunits-old-";

  /** Marks a removed stale entry kept by a plan write: {@code .<name>.podunits-gone-<index>}. */
  static final String GONE_MARK = ".podunits-gone-";

  private static final int MAX_NAME_CHARS = 64;
  private static final Set<OpenOption> NEW_FILE =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  private TempFiles() {}

  /** The temporary name beside {@code target} with this mark and suffix. */
  static Path beside(Path target, String mark, String suffix) {
    return target.resolveSibling(name(target.getFileName().toString(), mark, suffix));
  }

  /** The temporary file name for a file named {@code fileName}, with this mark and suffix. */
  static String name(String fileName, String mark, String suffix) {
    String name = fileName;
    if (name.length() > MAX_NAME_CHARS) {
      int end = MAX_NAME_CHARS;
      if (Character.isHighSurrogate(name.charAt(end - 1))) {
        end--;
      }
      name = name.substring(0, end);
    }
    return "." + name + mark + suffix;
  }

  /** Whether a file name is one of the temporary names of any podunits writer. */
  static boolean isTemporary(String name) {
    return name.startsWith(".")
        && (name.contains(WRITER_MARK) || name.contains(NEW_MARK) || name.contains(OLD_MARK)
            || name.contains(GONE_MARK));
  }

  /**
   * Creates {@code temp}, which must not exist, with exactly these bytes, mode and owner; with
   * durable options the bytes reach the device before this returns. A failure removes it again.
   *
   * @param in the open directory of {@code temp}, to create it by name, or null; never given for
   *     a durable write, which flushes the file through a {@link FileChannel}
   * @param name {@code temp}'s file name, to create it by in {@code in}; null without {@code in}
   */
  static void write(Path temp, SecureDirectoryStream<Path> in, Path name, byte[] content,
      int mode, WriteOptions options) throws IOException {
    try {
      try (SeekableByteChannel channel = in != null
          ? in.newByteChannel(name, NEW_FILE, FileModes.creation(mode))
          : FileChannel.open(temp, NEW_FILE, FileModes.creation(mode))) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        FileModes.finish(temp, mode, options);
        if (options.durable()) {
          ((FileChannel) channel).force(true);
        }
      }
    } catch (IOException e) {
      deleteAfterFailure(temp, e);
      throw e;
    }
  }

  /** Flushes a directory's entries to the device. */
  static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** Removes a path after {@code failure}, attaching a problem doing so to it. */
  static void deleteAfterFailure(Path path, Throwable failure) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
