package dev.if4j.reward.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *       A new connection of which the server has read nothing is not held to it: the server cannot
 *       tell a silent client from its own backlog (a per-sample burst of 16,384 connections, each
 *       header sent at once, is read over seconds by a busy server, and closing the unread ones at
 *       the deadline cost thousands of tries). Silent connections are bounded by the limit (they
 *       are closed first for room, below) and by Jetty's idle timeout.
 *   <li><b>Connection limit, idle first.</b> Past {@code maxConnections}, each new connection
 *       makes the guard close others, in this order: keep-alive connections waiting for their next
 *       request (longest idle first), then new connections that have sent nothing for a moment,
 *       then headers in progress for a moment (oldest first). A connection whose request is being
 *       read or scored is never closed for room (its body is bounded by the minimum data rate
 *       instead). When nothing can be closed yet, connections may pass the limit by an eighth
 *       ({@link #hardLimit}); there Jetty's {@link org.eclipse.jetty.server.NetworkConnectionLimit}
 *       stops accepting (new connections wait in the kernel's accept queue, first come first
 *       served) until the sweep has closed enough.
 * </ul>
 *
 * <p>Holding a connection thus costs an attacker a new TCP handshake every {@code headerTimeout}
 * per connection (every idle timeout for one that sends nothing), and more connections than the
 * limit only evict each other: a normal client's
 * connection waits its turn in the accept queue, and its request, whose header is there by the
 * time it is accepted, is never closed for room.
 */
final class ConnectionGuard implements Connection.Listener {
  /**
   * How often header deadlines are looked at: the overrun of a deadline is at most this, for up to
   * {@link #SWEEP_STEP} connections not being handled; past that, the pause grows with their number
   * (at most {@link #MAX_SWEEP_MILLIS}), so that a sweep costs a bounded share of a core however
   * many connections a burst holds.
   */
  private static final long SWEEP_MILLIS = 50;
  private static final int SWEEP_STEP = 1024;
  private static final long MAX_SWEEP_MILLIS = 1000;
  /** A new connection silent for this long may be closed for room. */
  private static final long SILENT_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  /** A header in progress for this long may be closed for room (a normal one is parsed well within it). */
  private static final long HEADER_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final int maxConnections;
  private final long headerTimeoutNanos;
  private final Map<Connection, Tracked> open = new ConcurrentHashMap<>();
  /**
   * The open connections whose request, if any, is not being handled: the only ones the sweep has
   * to look at. A per-sample client holds thousands of connections at once, nearly all of them
   * busy; sweeping all of them twenty times a second cost more CPU than the HTTP parsing.
   */
  private final Map<Connection, Tracked> notHandled = new ConcurrentHashMap<>();
  private final AtomicLong headerTimeouts = new AtomicLong();
  private final AtomicLong evicted = new AtomicLong();
  private volatile Scheduler.Task sweep;

  /**
   * What the guard knows of one connection: the requests the handler has taken from it (whether
   * one is being handled now), and since when it waits for a header, for which request.
   */
  private static final class Tracked {
    final long openedAt = System.nanoTime();
    final AtomicLong requests = new AtomicLong();
    final AtomicInteger active = new AtomicInteger();
    /** The request count when the current header phase was first seen; -1: not in a header phase. */
    volatile long headerOf = -1;
    volatile long headerSince;
  }

  /**
   * How far past the limit only idle keep-alive connections are closed for room: a per-sample burst
   * of exactly the limit arrives while the server has not yet seen the previous burst's clients
   * close, and its own connections, silent until read, are real requests.
   */
  static int margin(int maxConnections) {
    return maxConnections / 64;
  }

  /** Where accepting stops: an eighth above the limit, room for connections that arrive while nothing can be closed. */
  static int hardLimit(int maxConnections) {
    return maxConnections + Math.max(1, maxConnections / 8);
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
      sweep = scheduler.schedule(self[0], sweepPauseMillis(notHandled.size()), TimeUnit.MILLISECONDS);
    };
    sweep = scheduler.schedule(self[0], SWEEP_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** The pause before the next sweep, for {@code waiting} connections not being handled. */
  static long sweepPauseMillis(int waiting) {
    return Math.min(MAX_SWEEP_MILLIS, SWEEP_MILLIS * Math.max(1, (waiting + SWEEP_STEP - 1) / SWEEP_STEP));
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

  @Override
  public void onOpened(Connection connection) {
    Tracked t = new Tracked();
    open.put(connection, t);
    notHandled.put(connection, t);
    // Past the limit, close a few more than needed, so that the scan's cost is shared by the
    // connections it makes room for: a twentieth of the limit of idle keep-alive ones (a client that
    // closed after its answer may not have been seen closing yet); others only past the margin, and
    // fewer (a silent connection may be a real request the busy server has not read yet).
    int over = open.size() - maxConnections;
    if (over > 0) {
      int othersOver = over - margin(maxConnections);
      makeRoom(connection, over + maxConnections / 20, othersOver > 0 ? othersOver + Math.max(1, maxConnections / 256) : 0);
    }
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
    notHandled.remove(connection);
  }

  /**
   * Closes {@code c} once (the sweep and an opening may pick the same connection at once): it
   * leaves the guard's map at once, so that it counts as room made while Jetty finishes closing it.
   * True if this call closed it.
   */
  private boolean close(Connection c, Tracked t) {
    if (!open.remove(c, t)) return false;
    notHandled.remove(c);
    c.getEndPoint().close();
    return true;
  }

  /** The handler took a request from {@code connection}: it is busy until {@link #requestEnded}. */
  void requestStarted(Connection connection) {
    Tracked t = open.get(connection);
    if (t != null) {
      t.active.incrementAndGet();
      t.requests.incrementAndGet();
      notHandled.remove(connection);
    }
  }

  void requestEnded(Connection connection) {
    Tracked t = open.get(connection);
    // A connection closed meanwhile may be added back here: the sweep drops it.
    if (t != null && t.active.decrementAndGet() == 0) notHandled.put(connection, t);
  }

  /** The phase a connection is in, as far as the guard cares. */
  private enum Phase {
    /** Between requests on a kept-alive connection. */
    IDLE,
    /** A new connection that has sent nothing yet. */
    SILENT,
    /** Sending a request header. */
    HEADER,
    /** Its request is being read or scored, or its answer sent. */
    BUSY
  }

  /**
   * The handler's own bookkeeping says whether a request is being handled (the parser may already
   * wait for the next one then); otherwise the parser's state says whether a header is coming in.
   */
  private static Phase phase(Connection c, Tracked t) {
    if (t.active.get() > 0 || !(c instanceof HttpConnection hc)) return Phase.BUSY;
    HttpParser.State s = hc.getParser().getState();
    if (s == HttpParser.State.START) {
      if (t.requests.get() > 0) return Phase.IDLE;
      return hc.getBytesIn() <= 0 ? Phase.SILENT : Phase.HEADER;
    }
    return s.ordinal() <= HttpParser.State.HEADER.ordinal() ? Phase.HEADER : Phase.BUSY;
  }

  /**
   * Closes header phases past their deadline, and makes room at the limit (where the connections
   * that hold it may have become closable since the last opening). Runs on the scheduler, every
   * {@link #sweepPauseMillis}.
   */
  private void sweep() {
    int over = open.size() - maxConnections;
    if (over > 0) makeRoom(null, over, over - margin(maxConnections));
    long now = System.nanoTime();
    for (Map.Entry<Connection, Tracked> e : notHandled.entrySet()) {
      Connection c = e.getKey();
      Tracked t = e.getValue();
      if (open.get(c) != t) {
        notHandled.remove(c, t);
        continue;
      }
      Phase p = phase(c, t);
      if (p == Phase.SILENT) continue;
      if (p != Phase.HEADER) {
        t.headerOf = -1;
        continue;
      }
      long request = t.requests.get();
      if (t.headerOf != request) {
        // A new header phase: the first request's runs from the opening, later ones from now.
        t.headerSince = request == 0 ? t.openedAt : now;
        t.headerOf = request;
      }
      if (now - t.headerSince > headerTimeoutNanos && close(c, t)) headerTimeouts.incrementAndGet();
    }
  }

  /**
   * Closes up to {@code idleWanted} kept-alive idle connections (longest idle first), then, until
   * {@code othersWanted} are closed in all, new
   * ones that have sent nothing for {@link #SILENT_GRACE_NANOS}, then headers in progress for
   * {@link #HEADER_GRACE_NANOS} (oldest first). The graces protect a normal client's connection in
   * the moment between its opening and its header's parsing, whatever the churn of attackers.
   */
  private void makeRoom(Connection newcomer, int idleWanted, int othersWanted) {
    long now = System.nanoTime();
    List<Candidate> idle = new ArrayList<>();
    List<Candidate> silent = new ArrayList<>();
    List<Candidate> header = new ArrayList<>();
    for (Map.Entry<Connection, Tracked> e : open.entrySet()) {
      Connection c = e.getKey();
      Tracked t = e.getValue();
      if (c == newcomer) continue;
      long request = t.requests.get();
      // A header phase the sweep has not seen yet is a new one: it started no earlier than now.
      long since = t.headerOf == request ? t.headerSince : request == 0 ? t.openedAt : now;
      switch (phase(c, t)) {
        case IDLE -> idle.add(new Candidate(c, t, -idleFor(c)));
        case SILENT -> {
          if (now - t.openedAt > SILENT_GRACE_NANOS) silent.add(new Candidate(c, t, t.openedAt - now));
        }
        case HEADER -> {
          if (now - since > HEADER_GRACE_NANOS) header.add(new Candidate(c, t, since - now));
        }
        case BUSY -> { }
      }
    }
    int closed = closeFirst(idle, idleWanted);
    closed += closeFirst(silent, othersWanted - closed);
    closeFirst(header, othersWanted - closed);
    // Nothing closable (every connection busy, or too new to judge): the accept queue waits for the
    // next sweep or closing.
  }

  /** Milliseconds since the connection last read or wrote. */
  private static long idleFor(Connection c) {
    return c.getEndPoint() instanceof IdleTimeout t ? t.getIdleFor() : 0;
  }

  private record Candidate(Connection connection, Tracked tracked, long age) {}

  private int closeFirst(List<Candidate> candidates, int want) {
    if (want <= 0) return 0;
    candidates.sort(Comparator.comparingLong(Candidate::age));
    int n = Math.min(want, candidates.size());
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      if (close(c.connection(), c.tracked())) evicted.incrementAndGet();
    }
    return n;
  }
}
