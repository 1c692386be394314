package dev.if4j.text.resources;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Run in a child JVM by a test: holds {@code <root>/.lock} for a while, as another if4j would. */
public final class LockHolder {
  private LockHolder() {}

  @SuppressWarnings("try") // the lock is held by being open
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    long millis = Long.parseLong(args[1]);
    try (FileChannel ch = FileChannel.open(root.resolve(CacheLock.FILE_NAME),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      System.out.print("locked");
      System.out.flush();
      Thread.sleep(millis);
    }
  }
}
