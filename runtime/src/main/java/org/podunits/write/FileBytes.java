package org.podunits.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Reads a file whose size a {@code stat} already gave: open, one read and close, where {@link
 * java.nio.file.Files#readAllBytes} asks for the size again and reads once more to find the end.
 * The pod root must not change while a writer works in it, so the size still holds.
 */
final class FileBytes {

  private FileBytes() {}

  /**
   * The first {@code size} bytes of a file, or all of them if it is shorter. A symbolic link in
   * the file's place is not followed: that is a failure.
   */
  static byte[] read(Path file, long size) throws IOException {
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException(file + ": " + size + " bytes is too large to read into memory");
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) size);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
        // A read returns less only at the end of the file, or when a signal interrupts it.
      }
    }
    return bytes.hasRemaining() ? Arrays.copyOf(bytes.array(), bytes.position()) : bytes.array();
  }
}
