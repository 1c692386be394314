package dev.if4j.reward.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Keeps connections from being held by clients that send nothing useful, before any request is
 * read (so before the bearer token is seen):
 *
 * <ul>
 *   <li><b>Header deadline.</b> A connection has {@code headerTimeout} from its first byte of a
 *       request (or from its opening, for the first request) to the end of that request's header.
 *       Dribbling a header line every few seconds resets Jetty's idle timeout but not this deadline.
 *   <li><b>Connection limit, idle first.</b> Past {@code maxConnections}, connections are closed to
 *       make room, in this order: keep-alive connections waiting for their next request (longest
 *       idle first), then connections still sending a header or nothing yet (oldest first). A
 *       connection whose request is being read or scored is never closed for room (its body is
 *       bounded by the minimum data rate instead); when every connection is such a one, the new
 *       connection is closed.
 * </ul>
 *
 * <p>Holding a connection thus costs an attacker a new TCP handshake every {@code headerTimeout}
 * per connection, and more connections than the limit only evict each other: a normal client's
 * request, whose header arrives in one packet, is never the oldest header in progress.
 */
final class ConnectionGuard implements Connection.Listener {
  /** How often header deadlines are looked at: the overrun of a deadline is at most this. */
  private static final long SWEEP_MILLIS = 200;

  private final int maxConnections;
  private final long headerTimeoutNanos;
  private final Map<Connection, Tracked> open = new ConcurrentHashMap<>();
  private final AtomicLong headerTimeouts = new AtomicLong();
  private final AtomicLong evicted = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private volatile Scheduler.Task sweep;

  /** What the guard knows of one connection: since when it waits for a header, and for which request. */
  private static final class Tracked {
    final long openedAt = System.nanoTime();
    /** The request count when the current header phase was first seen; -1: not in a header phase. */
    volatile long headerOf = -1;
    volatile long headerSince;
  }

  ConnectionGuard(int maxConnections, Duration headerTimeout) {
    this.maxConnections = maxConnections;
    this.headerTimeoutNanos = headerTimeout.toNanos();
  }

  /** Starts looking at header deadlines on {@code scheduler}. */
  void start(Scheduler scheduler) {
    Runnable[] self = new Runnable[1];
    self[0] = () -> {
      sweep();
      sweep = scheduler.schedule(self[0], SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    };
    sweep = scheduler.schedule(self[0], SWEEP_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop() {
    Scheduler.Task t = sweep;
    if (t != null) t.cancel();
  }

  int openConnections() {
    return open.size();
  }

  long headerTimeouts() {
    return headerTimeouts.get();
  }

  long evicted() {
    return evicted.get();
  }

  long refused() {
    return refused.get();
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, new Tracked());
    if (open.size() > maxConnections) makeRoom(connection);
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  /** The phase a connection is in, as far as the guard cares. */
  private enum Phase {
    /** Between requests on a kept-alive connection. */
    IDLE,
    /** Sending a request header, or nothing yet on a new connection. */
    HEADER,
    /** Its request is being read or scored, or its answer sent. */
    BUSY
  }

  private static Phase phase(Connection c) {
    if (!(c instanceof HttpConnection hc)) return Phase.BUSY;
    HttpParser.State s = hc.getParser().getState();
    if (s == HttpParser.State.START) return c.getMessagesIn() == 0 ? Phase.HEADER : Phase.IDLE;
    return s.ordinal() <= HttpParser.State.HEADER.ordinal() ? Phase.HEADER : Phase.BUSY;
  }

  /** Closes header phases past their deadline. Runs on the scheduler, every {@link #SWEEP_MILLIS}. */
  private void sweep() {
    long now = System.nanoTime();
    for (Map.Entry<Connection, Tracked> e : open.entrySet()) {
      Connection c = e.getKey();
      Tracked t = e.getValue();
      if (phase(c) != Phase.HEADER) {
        t.headerOf = -1;
        continue;
      }
      long request = c.getMessagesIn();
      if (t.headerOf != request) {
        // A new header phase: the first request's runs from the opening, later ones from now.
        t.headerSince = request == 0 ? t.openedAt : now;
        t.headerOf = request;
      }
      if (now - t.headerSince > headerTimeoutNanos) {
        headerTimeouts.incrementAndGet();
        c.getEndPoint().close();
      }
    }
  }

  /**
   * Closes about a tenth of the limit's worth of connections (idle ones first, then the oldest
   * header phases), so that the scan's cost is shared by the connections it makes room for.
   */
  private void makeRoom(Connection newcomer) {
    long now = System.nanoTime();
    List<Candidate> idle = new ArrayList<>();
    List<Candidate> header = new ArrayList<>();
    for (Map.Entry<Connection, Tracked> e : open.entrySet()) {
      Connection c = e.getKey();
      if (c == newcomer) continue;
      switch (phase(c)) {
        case IDLE -> idle.add(new Candidate(c, -idleFor(c)));
        case HEADER -> header.add(new Candidate(c, e.getValue().headerOf >= 0 ? e.getValue().headerSince - now
            : e.getValue().openedAt - now));
        case BUSY -> { }
      }
    }
    int want = Math.max(1, open.size() - maxConnections + maxConnections / 10);
    int closed = closeFirst(idle, want);
    closed += closeFirst(header, want - closed);
    if (closed == 0) {
      // Every other connection is busy with a request: this one waits for nothing, so it goes.
      refused.incrementAndGet();
      newcomer.getEndPoint().close();
    }
  }

  /** Milliseconds since the connection last read or wrote. */
  private static long idleFor(Connection c) {
    return c.getEndPoint() instanceof IdleTimeout t ? t.getIdleFor() : 0;
  }

  private record Candidate(Connection connection, long age) {}

  private int closeFirst(List<Candidate> candidates, int want) {
    if (want <= 0) return 0;
    candidates.sort(Comparator.comparingLong(Candidate::age));
    int n = Math.min(want, candidates.size());
    for (int i = 0; i < n; i++) {
      evicted.incrementAndGet();
      candidates.get(i).connection().getEndPoint().close();
    }
    return n;
  }
}
