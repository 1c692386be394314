package dev.if4j.eval.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.text.OrderedParallel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code if4j check}: rows in, verdicts out, one line per row, in input order.
 *
 * <p>Lines are read in batches and judged on {@code threads} threads with a bounded number of
 * batches in flight (memory stays flat on any input size). Each batch's output is written as whole
 * lines with one write and flushed, so an interrupted run leaves valid JSONL behind.
 *
 * <p>A bad line (malformed JSON, missing field, unknown instruction, invalid argument) stops the run
 * with a {@link InputProblemException} naming file, line and field, after the lines before it have been
 * written; with {@link Options#skipBadLines()} it is written to the rejects stream with its reason
 * and the run goes on. Nothing is scored that was not judged.
 */
public final class CheckPipeline {
  /**
   * @param threads worker threads (1: all work on the calling thread)
   * @param explain add each instruction's reason and passing loose variant to the output
   * @param skipBadLines write bad lines to the rejects stream instead of stopping
   * @param batchLines lines per batch at most
   * @param batchChars characters per batch at most (a batch holds at least one line)
   * @param format the ground-truth format of every line, or null to detect it per line
   */
  public record Options(int threads, boolean explain, boolean skipBadLines, int batchLines, int batchChars,
      GroundTruthFormat format) {
    public Options {
      if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      if (batchLines < 1 || batchChars < 1) throw new IllegalArgumentException("batch size must be positive");
    }

    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), false, false, 64, 1 << 20, null);
    }

    public Options withThreads(int n) {
      return new Options(n, explain, skipBadLines, batchLines, batchChars, format);
    }

    public Options withExplain(boolean on) {
      return new Options(threads, on, skipBadLines, batchLines, batchChars, format);
    }

    public Options withSkipBadLines(boolean on) {
      return new Options(threads, explain, on, batchLines, batchChars, format);
    }

    public Options withBatch(int lines, int chars) {
      return new Options(threads, explain, skipBadLines, lines, chars, format);
    }

    /** Reads every line as {@code f}; null detects the format per line. */
    public Options withFormat(GroundTruthFormat f) {
      return new Options(threads, explain, skipBadLines, batchLines, batchChars, f);
    }
  }

  /** What a run did. */
  public record Stats(long rows, long rejected, long instructions, long strictFollowed, long looseFollowed) {}

  private final RowJudge judge;
  private final Options options;

  public CheckPipeline(RowJudge judge, Options options) {
    this.judge = Objects.requireNonNull(judge);
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Judges every row of {@code input} and writes the verdicts to {@code output}; bad lines go to
   * {@code rejects} when skipping them (it may be null otherwise). Streams are flushed, not closed.
   */
  public Stats run(JsonlLines input, OutputStream output, OutputStream rejects) throws IOException {
    if (options.skipBadLines()) Objects.requireNonNull(rejects, "rejects stream");
    long[] totals = new long[5];
    String source = input.name();
    OrderedParallel.run(
        () -> nextBatch(input),
        batch -> process(source, batch),
        done -> {
          if (done.output.length > 0) {
            output.write(done.output);
            output.flush();
          }
          if (done.rejects.length > 0) {
            rejects.write(done.rejects);
            rejects.flush();
          }
          for (int i = 0; i < totals.length; i++) totals[i] += done.counts[i];
          if (done.failure != null) throw done.failure;
        },
        options.threads(),
        options.threads() * 4);
    return new Stats(totals[0], totals[1], totals[2], totals[3], totals[4]);
  }

  private List<SourceLine> nextBatch(JsonlLines input) throws IOException {
    List<SourceLine> batch = null;
    long chars = 0;
    while (batch == null || (batch.size() < options.batchLines() && chars < options.batchChars())) {
      SourceLine line = input.next();
      if (line == null) break;
      if (batch == null) batch = new ArrayList<>(options.batchLines());
      batch.add(line);
      chars += line.text().length();
    }
    return batch;
  }

  /** A judged batch: its output lines, its rejects, counts, and the bad line that stopped it. */
  private record Done(byte[] output, byte[] rejects, long[] counts, InputProblemException failure) {}

  private Done process(String source, List<SourceLine> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 96);
    ByteArrayOutputStream rej = new ByteArrayOutputStream(0);
    long[] counts = new long[5];
    InputProblemException failure = null;
    try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        JsonGenerator r = Json.FACTORY.createGenerator(rej, JsonEncoding.UTF8)) {
      for (SourceLine line : batch) {
        RowVerdict verdict;
        try {
          verdict = judge.judge(source, RowParser.CHECK.parse(source, line, options.format()), options.explain());
        } catch (InputProblemException bad) {
          if (!options.skipBadLines()) {
            failure = bad;
            break;
          }
          counts[1]++;
          writeReject(r, source, line, bad);
          continue;
        }
        counts[0]++;
        for (InstructionVerdict iv : verdict.instructions()) {
          counts[2]++;
          if (iv.strict()) counts[3]++;
          if (iv.loose()) counts[4]++;
        }
        VerdictJson.write(g, verdict, options.explain());
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    return new Done(out.toByteArray(), rej.toByteArray(), counts, failure);
  }

  private static void writeReject(JsonGenerator r, String source, SourceLine line, InputProblemException bad)
      throws IOException {
    r.writeStartObject();
    r.writeStringField("source", source);
    r.writeNumberField("line", line.number());
    r.writeStringField("reason", bad.reason());
    r.writeStringField("text", line.text());
    r.writeEndObject();
    r.writeRaw('\n');
  }
}
