package org.podunits.write;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run by {@link UnitSetWriteToTest} in a child JVM: stands for a run still writing in a pod root.
 * Creates the (empty) journal named by its argument, locks it as a run does, says {@code locked}
 * on its standard output, and holds the lock until its standard input ends.
 */
final class JournalHolder {

  private JournalHolder() {}

  public static void main(String[] args) throws Exception {
    try (FileChannel journal = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        FileLock lock = journal.lock()) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // Holds the lock until the test closes this process's input.
      }
    }
  }
}
