package dev.if4j.eval.check;

import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import dev.if4j.eval.io.RowParser;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** Measures how many rows per second {@code check} judges (strict and loose, every instruction). */
public final class Throughput {
  private final RowJudge judge;

  /** A rows file parsed as check parses it, to judge again and again without reading it each time. */
  public record ParsedRows(List<RowParser.Parsed> rows, long instructions) {}

  /** The rows of {@code file} parsed as check parses them; a bad row is the input problem check reports. */
  public static ParsedRows parse(Path file) throws IOException {
    List<RowParser.Parsed> rows = new ArrayList<>();
    long instructions = 0;
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        RowParser.Parsed p = RowParser.CHECK.parse(file.toString(), l);
        rows.add(p);
        instructions += p.row().instructionIds().size();
      }
    }
    return new ParsedRows(rows, instructions);
  }

  public Throughput(RowJudge judge) {
    this.judge = Objects.requireNonNull(judge);
  }

  /**
   * Rows judged in some time. {@code cpuSeconds} is the CPU time the judging threads themselves
   * used (NaN when the JVM cannot measure it): on a machine shared with other work, rows per
   * CPU-second varies far less than rows per wall-clock second.
   */
  public record Measurement(int threads, long rows, double seconds, double cpuSeconds) {
    public Measurement(int threads, long rows, double seconds) {
      this(threads, rows, seconds, Double.NaN);
    }

    public double rowsPerSecond() {
      return rows / seconds;
    }

    public double rowsPerSecondPerThread() {
      return rowsPerSecond() / threads;
    }

    /** Rows per second of CPU time of one judging thread (NaN when unmeasured). */
    public double rowsPerCpuSecond() {
      return rows / cpuSeconds;
    }
  }

  /**
   * Judging only: {@code threads} threads go round {@code rows} (already parsed), each from its own
   * starting point, for {@code time}. Building each row's constraints is included, as in {@code check}.
   */
  public Measurement judging(String source, List<RowParser.Parsed> rows, int threads, Duration time) {
    if (rows.isEmpty()) throw new IllegalArgumentException("no rows to measure");
    AtomicLong done = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean measureCpu = mx.isCurrentThreadCpuTimeSupported();
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    Thread[] workers = new Thread[threads];
    RuntimeException[] failure = new RuntimeException[1];
    for (int t = 0; t < threads; t++) {
      int offset = (int) ((long) t * rows.size() / threads);
      workers[t] = new Thread(() -> {
        long n = 0;
        int i = offset;
        long cpuStart = measureCpu ? mx.getCurrentThreadCpuTime() : 0;
        try {
          do {
            judge.judge(source, rows.get(i), false);
            n++;
            if (++i == rows.size()) i = 0;
          } while (System.nanoTime() < deadline);
        } catch (RuntimeException e) {
          synchronized (failure) {
            failure[0] = e;
          }
        }
        done.addAndGet(n);
        if (measureCpu) cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
      }, "if4j-bench-" + t);
      workers[t].start();
    }
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    if (failure[0] != null) throw failure[0];
    double cpu = measureCpu ? cpuNanos.get() / 1e9 : Double.NaN;
    return new Measurement(threads, done.get(), (System.nanoTime() - start) / 1e9, cpu);
  }

  /**
   * The whole {@code check} pipeline (read, parse, judge, write JSONL to nowhere) on {@code input},
   * repeated until {@code time} has passed (at least once).
   */
  public Measurement pipeline(Path input, int threads, Duration time) throws IOException {
    CheckPipeline pipeline = new CheckPipeline(judge, CheckPipeline.Options.defaults().withThreads(threads));
    long rows = 0;
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    do {
      try (JsonlLines lines = JsonlLines.open(input)) {
        rows += pipeline.run(lines, OutputStream.nullOutputStream(), null).rows();
      }
    } while (System.nanoTime() < deadline);
    return new Measurement(threads, rows, (System.nanoTime() - start) / 1e9);
  }
}
