package dev.if4j.llm;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of a generation: a bar redrawn in place on a terminal, plain lines at an interval
 * otherwise (logs, CI, a file). Both say how many are done, the rate, the time left, the errors and
 * the retries.
 */
public final class ProgressMeter implements AutoCloseable {
  private static final int BAR = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final long total;
  private final long before;
  private final long startNanos = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final ScheduledExecutorService ticker;
  private int lastWidth;

  /**
   * @param total jobs of the whole run, those done before included
   * @param before jobs already done when this run began (a resumed run)
   * @param interval how often to print a plain line (a terminal is redrawn 4 times a second)
   */
  public ProgressMeter(PrintStream out, boolean terminal, long total, long before, Duration interval) {
    this.out = out;
    this.terminal = terminal;
    this.total = total;
    this.before = before;
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "if4j-progress");
      t.setDaemon(true);
      return t;
    });
    long every = terminal ? 250 : Math.max(1, interval.toMillis());
    ticker.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
  }

  /** A meter that prints nothing. */
  public static ProgressMeter silent(long total, long before) {
    return new ProgressMeter(new PrintStream(PrintStream.nullOutputStream()), false, total, before, Duration.ofDays(1));
  }

  /**
   * Whether standard output is a terminal (then a bar is drawn). On JDK 22 and later {@code
   * System.console()} exists even when output is redirected, and {@code Console.isTerminal()} tells.
   */
  public static boolean onTerminal() {
    java.io.Console c = System.console();
    if (c == null) return false;
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only on a terminal
    }
  }

  public void completed() {
    done.incrementAndGet();
  }

  public void failed() {
    failed.incrementAndGet();
  }

  public void retried() {
    retries.incrementAndGet();
  }

  /** The current state in one line. */
  public String line() {
    long d = done.get();
    long f = failed.get();
    long finished = before + d + f;
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    double rate = seconds > 0 ? (d + f) / seconds : 0;
    String eta = rate > 0 && finished < total ? clock((total - finished) / rate) : finished >= total ? "0:00" : "?";
    String pct = total == 0 ? "100%" : String.format(Locale.ROOT, "%3d%%", finished * 100 / total);
    String counts = String.format(Locale.ROOT, "%d/%d %s | %.1f req/s | ETA %s | elapsed %s | errors %d | retries %d",
        finished, total, pct, rate, eta, clock(seconds), f, retries.get());
    if (!terminal) return "generate: " + counts;
    int filled = total == 0 ? BAR : (int) (finished * BAR / total);
    return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + counts;
  }

  private synchronized void print() {
    String line = line();
    if (terminal) {
      int pad = Math.max(0, lastWidth - line.length());
      out.print("\r" + line + " ".repeat(pad));
      lastWidth = line.length();
    } else {
      out.println(line);
    }
    out.flush();
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** Stops the ticker and prints the final state. */
  @Override
  public void close() {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    print();
    if (terminal) out.println();
  }
}
