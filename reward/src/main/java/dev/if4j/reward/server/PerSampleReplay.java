package dev.if4j.reward.server;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * OpenRLHF's per-sample reward client, replayed as it runs: one event loop (asyncio there, one
 * {@link Selector} here) with every request in flight at once, each try on a new connection that
 * the client closes after its answer (aiohttp's session per try: HTTP/1.1, no {@code Connection}
 * header), a failed try tried again after a fixed pause whatever the answer said. One thread and
 * non-blocking sockets cost the client a fraction of what the server spends per request, so that
 * on a shared machine the figure is the server's rather than the client's.
 *
 * <p>Answers are kept whole ({@code Content-Length} bodies, a few hundred bytes each) and their
 * rewards read after the run, outside the timed loop's work.
 */
final class PerSampleReplay {
  /** How often try deadlines are looked at. */
  private static final long DEADLINE_CHECK_NANOS = 100_000_000L;
  /**
   * Loopback source addresses the tries are spread over (127.0.1.0 to 127.0.1.255). Each try's
   * connection ends in TIME_WAIT on the client's side, for a minute: a few rounds of 16,384 fill the
   * 28,000 ports of one source address, and Linux's search for a free one (connect's
   * __inet_check_established) then cost the client more than half a core (perf, a 16,384 round).
   * Many trainers' hosts would spread the ports as well; the server sees the same connections.
   */
  private static final int LOOPBACK_SOURCES = 256;

  private final InetSocketAddress server;
  private final byte[][] requestBytes;
  private final int tries;
  private final long pauseNanos;
  private final long tryTimeoutNanos;
  /** Where tries connect from, or null to let the kernel choose (a server that is not on loopback). */
  private final InetSocketAddress[] sources;

  /**
   * @param requestBytes each request's bytes (header and body), reused across its tries
   */
  PerSampleReplay(InetSocketAddress server, byte[][] requestBytes, int tries, Duration pause, Duration tryTimeout) {
    this.server = server;
    this.requestBytes = requestBytes;
    this.tries = tries;
    this.pauseNanos = pause.toNanos();
    this.tryTimeoutNanos = tryTimeout.toNanos();
    this.sources = loopbackSources(server);
  }

  /** Source addresses for a loopback server where this host can bind them, else null. */
  private static InetSocketAddress[] loopbackSources(InetSocketAddress server) {
    if (server.getAddress() == null || !(server.getAddress() instanceof Inet4Address)
        || !server.getAddress().isLoopbackAddress()) {
      return null;
    }
    InetSocketAddress[] sources = new InetSocketAddress[LOOPBACK_SOURCES];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = new InetSocketAddress(loopback(1, i), 0);
    }
    try (SocketChannel probe = SocketChannel.open()) {
      probe.bind(sources[0]);
      return sources;
    } catch (IOException e) {
      return null; // a system that routes only 127.0.0.1: the kernel's choice
    }
  }

  /** What the run saw, per request: its 200 answer (null where lost) and the time to it from its first try. */
  record Outcome(byte[][] answers, long[] latencyNanos, Map<Integer, Integer> failedTries, String firstFailure,
      double seconds) {}

  /** One try of one request on its own connection. */
  private static final class Try {
    final int request;
    final SocketChannel channel;
    final ByteBuffer out;
    final long deadline;
    byte[] in = new byte[1024];
    int inLength;
    int headerEnd = -1;
    long contentLength = -1;

    Try(int request, SocketChannel channel, ByteBuffer out, long deadline) {
      this.request = request;
      this.channel = channel;
      this.out = out;
      this.deadline = deadline;
    }

    void append(ByteBuffer buf) {
      int n = buf.remaining();
      if (inLength + n > in.length) in = Arrays.copyOf(in, Math.max(in.length * 2, inLength + n));
      buf.get(in, inLength, n);
      inLength += n;
    }

    /** True once the header and the whole body are in. */
    boolean complete() throws IOException {
      if (headerEnd < 0) {
        headerEnd = headerEnd(in, inLength);
        if (headerEnd < 0) return false;
        contentLength = contentLength(new String(in, 0, headerEnd, StandardCharsets.ISO_8859_1));
        if (contentLength < 0) throw new IOException("an answer without Content-Length");
      }
      return inLength >= headerEnd + contentLength;
    }
  }

  Outcome run() throws IOException {
    int n = requestBytes.length;
    byte[][] answers = new byte[n][];
    long[] latency = new long[n];
    int[] attempts = new int[n];
    long[] firstStart = new long[n];
    Map<Integer, Integer> failed = new TreeMap<>();
    String[] firstFailure = new String[1];
    // Tries due, in time order: all at once first, then each failure's retry a pause later.
    Deque<long[]> due = new ArrayDeque<>();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) due.add(new long[] {start, i});
    Set<Try> open = new HashSet<>();
    ByteBuffer read = ByteBuffer.allocateDirect(64 * 1024);
    int finished = 0;
    long nextDeadlineCheck = start + DEADLINE_CHECK_NANOS;
    try (Selector selector = Selector.open()) {
      while (finished < n) {
        long now = System.nanoTime();
        while (!due.isEmpty() && due.peekFirst()[0] <= now) {
          int request = (int) due.pollFirst()[1];
          attempts[request]++;
          if (attempts[request] == 1) firstStart[request] = now;
          try {
            open.add(connect(selector, request, now));
          } catch (IOException e) {
            finished += fail(request, -1, e.toString(), attempts, failed, firstFailure, due, now);
          }
        }
        long wait = due.isEmpty() ? DEADLINE_CHECK_NANOS : Math.max(0, due.peekFirst()[0] - now);
        selector.select(Math.max(1, Math.min(wait, DEADLINE_CHECK_NANOS) / 1_000_000));
        now = System.nanoTime();
        for (SelectionKey key : selector.selectedKeys()) {
          Try t = (Try) key.attachment();
          int status = -1;
          String problem = null;
          try {
            if (key.isConnectable() && !t.channel.finishConnect()) continue;
            if (t.out.hasRemaining()) {
              t.channel.write(t.out);
              key.interestOps(t.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
              continue;
            }
            if (key.isReadable()) {
              read.clear();
              int got = t.channel.read(read);
              if (got > 0) {
                read.flip();
                t.append(read);
                if (!t.complete()) continue;
                status = statusOf(t.in, t.inLength);
                if (status == 200) {
                  answers[t.request] = Arrays.copyOfRange(t.in, t.headerEnd, t.inLength);
                  latency[t.request] = now - firstStart[t.request];
                  close(t, open);
                  finished++;
                  continue;
                }
                problem = new String(t.in, 0, t.inLength, StandardCharsets.UTF_8);
              } else if (got < 0) {
                problem = "the server closed the connection after " + t.inLength + " bytes of its answer";
              } else {
                continue;
              }
            } else {
              continue;
            }
          } catch (IOException e) {
            problem = e.toString();
          }
          close(t, open);
          finished += fail(t.request, status, problem, attempts, failed, firstFailure, due, now);
        }
        selector.selectedKeys().clear();
        if (now >= nextDeadlineCheck) {
          nextDeadlineCheck = now + DEADLINE_CHECK_NANOS;
          for (Try t : List.copyOf(open)) {
            if (now < t.deadline) continue;
            close(t, open);
            finished += fail(t.request, -1, "no answer within " + tryTimeoutNanos / 1_000_000 + " ms", attempts, failed,
                firstFailure, due, now);
          }
        }
      }
    } finally {
      for (Try t : new ArrayList<>(open)) close(t, open);
    }
    return new Outcome(answers, latency, failed, firstFailure[0], (System.nanoTime() - start) / 1e9);
  }

  /** 127.0.{@code third}.{@code fourth}. */
  private static InetAddress loopback(int third, int fourth) {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, (byte) third, (byte) fourth});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // four bytes are always an address
    }
  }

  private Try connect(Selector selector, int request, long now) throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      if (sources != null) {
        // SO_REUSEADDR: a port whose last connection is in TIME_WAIT may be bound again (the
        // four-tuple, with the server's address and port, is still unique at connect).
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.bind(sources[request % sources.length]);
      }
      Try t = new Try(request, channel, ByteBuffer.wrap(requestBytes[request]), now + tryTimeoutNanos);
      boolean connected = channel.connect(server);
      channel.register(selector, connected ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, t);
      return t;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static void close(Try t, Set<Try> open) {
    open.remove(t);
    try {
      t.channel.close();
    } catch (IOException ignored) {
      // Closing a socket whose try is over: nothing is lost if it fails.
    }
  }

  /** Counts a failed try; schedules the next one, or returns 1 when this was the request's last. */
  private int fail(int request, int status, String problem, int[] attempts, Map<Integer, Integer> failed,
      String[] firstFailure, Deque<long[]> due, long now) {
    failed.merge(status, 1, Integer::sum);
    if (firstFailure[0] == null) firstFailure[0] = problem;
    if (attempts[request] >= tries) return 1;
    due.addLast(new long[] {now + pauseNanos, request});
    return 0;
  }

  /** Where the header ends (after its blank line), or -1 while it has not. */
  static int headerEnd(byte[] b, int length) {
    for (int i = 3; i < length; i++) {
      if (b[i] == '\n' && b[i - 1] == '\r' && b[i - 2] == '\n' && b[i - 3] == '\r') return i + 1;
    }
    return -1;
  }

  static long contentLength(String header) {
    for (String line : header.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
        return Long.parseLong(line.substring(colon + 1).strip());
      }
    }
    return -1;
  }

  /** "HTTP/1.1 200 OK": the code is at bytes 9 to 12. */
  static int statusOf(byte[] answer, int length) throws IOException {
    if (length < 12 || answer[0] != 'H') throw new IOException("not an HTTP answer (" + length + " bytes)");
    return Integer.parseInt(new String(answer, 9, 3, StandardCharsets.US_ASCII));
  }
}
