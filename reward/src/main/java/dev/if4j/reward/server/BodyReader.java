package dev.if4j.reward.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body on the handler's (virtual) thread, under three bounds:
 *
 * <ul>
 *   <li><b>size</b>: past {@code maxBytes}, {@link TooLarge};
 *   <li><b>rate</b>: by any moment {@code t} after the start, {@code (t - grace) × minBytesPerSecond}
 *       bytes must have arrived, else {@link TooSlow}, so a stalled body frees its connection and
 *       its memory within {@code grace} plus what it sent divided by the rate;
 *   <li><b>memory</b>: the buffer grows with what has arrived (never with what the client declares),
 *       each growth reserved from the server's shared kibibyte budget first; when the budget is
 *       spent, {@link NoRoom}. So holding server memory costs an attacker sending that many bytes.
 * </ul>
 */
final class BodyReader {
  private static final int FIRST_CAPACITY = 64 * 1024;

  private final long maxBytes;
  private final long graceNanos;
  private final long minBytesPerSecond;
  private final Semaphore kibibytes;

  BodyReader(long maxBytes, long graceNanos, long minBytesPerSecond, Semaphore kibibytes) {
    this.maxBytes = maxBytes;
    this.graceNanos = graceNanos;
    this.minBytesPerSecond = minBytesPerSecond;
    this.kibibytes = kibibytes;
  }

  /** The body, and the kibibytes reserved for it: give them back with {@link Body#close()}. */
  static final class Body implements AutoCloseable {
    private final Semaphore budget;
    private byte[] bytes;
    private int length;
    private int reserved;

    private Body(Semaphore budget) {
      this.budget = budget;
    }

    byte[] bytes() {
      return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }

    long reservedBytes() {
      return reserved * 1024L;
    }

    @Override
    public void close() {
      if (reserved > 0) budget.release(reserved);
      reserved = 0;
      bytes = null;
    }
  }

  /** Larger than the request limit. */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Arrived slower than the minimum rate. */
  static final class TooSlow extends Exception {
    private static final long serialVersionUID = 1L;
    final long received;
    final long elapsedMillis;

    TooSlow(long received, long elapsedMillis) {
      this.received = received;
      this.elapsedMillis = elapsedMillis;
    }
  }

  /** The server holds as many body bytes as it may. */
  static final class NoRoom extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Reads the whole body of {@code source}, whose declared length is {@code declared} (-1: unknown). */
  Body read(Content.Source source, long declared) throws IOException, TooLarge, TooSlow, NoRoom, InterruptedException {
    if (declared > maxBytes) throw new TooLarge();
    Body body = new Body(kibibytes);
    try {
      int first = (int) Math.min(FIRST_CAPACITY, declared >= 0 ? Math.max(1, declared) : FIRST_CAPACITY);
      grow(body, first);
      pump(source, (buf) -> {
        int n = buf.remaining();
        if (body.length + (long) n > maxBytes) throw new TooLarge();
        if (body.length + n > body.bytes.length) {
          long want = Math.max(body.length + (long) n, Math.min(2L * body.bytes.length, declared >= 0 ? declared : maxBytes));
          grow(body, (int) Math.min(want, maxBytes));
        }
        buf.get(body.bytes, body.length, n);
        body.length += n;
      });
      return body;
    } catch (IOException | TooLarge | TooSlow | NoRoom | InterruptedException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  /** Reads the rest of the body to nowhere (under the same size and rate bounds), holding no memory. */
  void discard(Content.Source source) throws IOException, TooLarge, TooSlow, InterruptedException {
    long[] seen = {0};
    try {
      pump(source, buf -> {
        seen[0] += buf.remaining();
        if (seen[0] > maxBytes) throw new TooLarge();
        buf.position(buf.limit());
      });
    } catch (NoRoom impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private interface Sink {
    void accept(ByteBuffer buf) throws TooLarge, NoRoom;
  }

  private void pump(Content.Source source, Sink sink) throws IOException, TooLarge, TooSlow, NoRoom, InterruptedException {
    long start = System.nanoTime();
    long received = 0;
    while (true) {
      Content.Chunk chunk = source.read();
      if (chunk == null) {
        awaitData(source, start, received);
        continue;
      }
      try {
        if (Content.Chunk.isFailure(chunk)) {
          Throwable f = chunk.getFailure();
          throw f instanceof IOException io ? io : new IOException(f);
        }
        ByteBuffer buf = chunk.getByteBuffer();
        received += buf.remaining();
        sink.accept(buf);
        if (chunk.isLast()) return;
      } finally {
        chunk.release();
      }
    }
  }

  /** Waits for more of the body until the rate's deadline for what has arrived so far. */
  private void awaitData(Content.Source source, long start, long received) throws TooSlow, InterruptedException, IOException {
    long deadline = start + graceNanos + received * 1_000_000_000L / minBytesPerSecond;
    long left = deadline - System.nanoTime();
    if (left <= 0) throw new TooSlow(received, (System.nanoTime() - start) / 1_000_000);
    CompletableFuture<Void> ready = new CompletableFuture<>();
    source.demand(() -> ready.complete(null));
    try {
      ready.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new TooSlow(received, (System.nanoTime() - start) / 1_000_000);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  private void grow(Body body, int capacity) throws NoRoom {
    int kib = (int) ((capacity + 1023L) / 1024);
    int more = kib - body.reserved;
    if (more > 0) {
      if (!kibibytes.tryAcquire(more)) throw new NoRoom();
      body.reserved += more;
    }
    body.bytes = body.bytes == null ? new byte[capacity] : Arrays.copyOf(body.bytes, capacity);
  }
}
