package dev.if4j.text.langdetect;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A {@link ProfileSnapshot} file read a chunk at a time, little-endian, straight into the arrays its
 * values go to, with the CRC-32C of what is read after {@link #startChecksum}. Reading the whole
 * 9 MB file into one array first, then copying it into the table's, cost a short run about 10 ms
 * more on the core that loads the tools (docs/performance.md, round 6).
 */
final class SnapshotInput implements AutoCloseable {
  private static final int CHUNK = 1 << 16;

  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  /** Bytes of the file not read into the buffer yet. */
  private long unread;
  /** Where in the buffer the bytes not yet in the checksum start; -1 before {@link #startChecksum}. */
  private int checksumFrom = -1;

  SnapshotInput(Path file) throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.READ);
    unread = channel.size();
    buffer.limit(0);
  }

  /** Bytes not yet taken. */
  long remaining() {
    return unread + buffer.remaining();
  }

  /** The checksum covers what is taken from here on. */
  void startChecksum() {
    checksumFrom = buffer.position();
  }

  /** The CRC-32C of what was taken since {@link #startChecksum}. */
  int checksum() {
    addToChecksum();
    return (int) crc.getValue();
  }

  byte get() throws IOException {
    need(1);
    return buffer.get();
  }

  int getInt() throws IOException {
    need(4);
    return buffer.getInt();
  }

  long getLong() throws IOException {
    need(8);
    return buffer.getLong();
  }

  void get(byte[] into) throws IOException {
    for (int at = 0; at < into.length; ) {
      need(1);
      int n = Math.min(into.length - at, buffer.remaining());
      buffer.get(into, at, n);
      at += n;
    }
  }

  void getLongs(long[] into) throws IOException {
    fill(into.length, 8, (at, n) -> buffer.asLongBuffer().get(into, at, n));
  }

  void getDoubles(double[] into) throws IOException {
    fill(into.length, 8, (at, n) -> buffer.asDoubleBuffer().get(into, at, n));
  }

  void getInts(int[] into) throws IOException {
    fill(into.length, 4, (at, n) -> buffer.asIntBuffer().get(into, at, n));
  }

  /** Copies {@code n} values from the buffer's position into an array, from its index {@code at}. */
  @FunctionalInterface
  private interface Copy {
    void values(int at, int n);
  }

  /** Fills an array of {@code length} values of {@code bytesEach} bytes, a chunk's worth at a time. */
  private void fill(int length, int bytesEach, Copy copy) throws IOException {
    for (int at = 0; at < length; ) {
      need(bytesEach);
      int n = Math.min(length - at, buffer.remaining() / bytesEach);
      copy.values(at, n);
      buffer.position(buffer.position() + bytesEach * n);
      at += n;
    }
  }

  /** At least {@code bytes} in the buffer: the rest kept, the next chunk read behind it. */
  private void need(int bytes) throws IOException {
    if (buffer.remaining() >= bytes) return;
    addToChecksum();
    buffer.compact();
    while (buffer.position() < bytes || (buffer.hasRemaining() && unread > 0)) {
      int n = channel.read(buffer);
      if (n < 0) throw new EOFException("the snapshot ends early (truncated?)");
      unread -= n;
    }
    buffer.flip();
    if (checksumFrom >= 0) checksumFrom = 0;
  }

  private void addToChecksum() {
    if (checksumFrom < 0) return;
    ByteBuffer taken = buffer.duplicate();
    taken.limit(buffer.position()).position(checksumFrom);
    crc.update(taken);
    checksumFrom = buffer.position();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
