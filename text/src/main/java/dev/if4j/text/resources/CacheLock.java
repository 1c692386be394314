package dev.if4j.text.resources;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive hold on a cache directory, across threads and processes: {@code <root>/.lock}.
 *
 * <p>A {@link FileLock} is held on behalf of the whole JVM, and a second lock on the same file from
 * the same JVM fails instead of waiting; so threads first queue on an in-process lock per root, and
 * only the thread that holds it takes the file lock. A thread that already holds the root gets a
 * nested hold that takes nothing.
 */
final class CacheLock implements AutoCloseable {
  static final String FILE_NAME = ".lock";

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final ReentrantLock threads;
  private final FileChannel channel;
  private final FileLock fileLock;

  private CacheLock(ReentrantLock threads, FileChannel channel, FileLock fileLock) {
    this.threads = threads;
    this.channel = channel;
    this.fileLock = fileLock;
  }

  /** Waits until this thread holds {@code root} (created if needed). */
  static CacheLock acquire(Path root) throws IOException {
    Path dir = root.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    ReentrantLock threads = IN_PROCESS.computeIfAbsent(dir, k -> new ReentrantLock());
    threads.lock();
    if (threads.getHoldCount() > 1) return new CacheLock(threads, null, null);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      return new CacheLock(threads, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      if (channel != null) channel.close();
      threads.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (fileLock != null) fileLock.release();
      if (channel != null) channel.close();
    } finally {
      threads.unlock();
    }
  }
}
