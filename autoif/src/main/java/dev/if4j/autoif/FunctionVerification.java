package dev.if4j.autoif;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxVerdict;
import dev.if4j.text.OrderedParallel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code if4j autoif verify}: every verification function run on every response in the sandbox,
 * one row per pair ({@code func_id}, {@code response_id}, {@code result}: true, false or null,
 * {@code reason}) in function-major input order.
 */
public final class FunctionVerification {
  private FunctionVerification() {}

  /** A verification function: its id (a string or a number) and its Python source. */
  public record Function(JsonNode id, String source) {}

  /** A response to verify and its id. */
  public record Response(JsonNode id, String text) {}

  /** What a run did: the verdicts counted by value, how long it took, on what sandbox. */
  public record Result(int functions, int responses, long trues, long falses, long nulls, double seconds,
      int workers, String sandboxLayers) {
    public long calls() {
      return trues + falses + nulls;
    }

    public double callsPerSecond() {
      return seconds > 0 ? calls() / seconds : 0.0;
    }
  }

  /** A row of the output file. */
  private record VerdictRow(@JsonProperty("func_id") JsonNode funcId, @JsonProperty("response_id") JsonNode responseId,
      Boolean result, String reason) {}

  private record Pair(Function function, Response response) {}

  /** Counts the verdicts as they are written. */
  private static final class Tally {
    long trues;
    long falses;
    long nulls;

    void add(Boolean result) {
      if (result == null) nulls++;
      else if (result) trues++;
      else falses++;
    }
  }

  /**
   * Runs every function on every response in {@code box} (closed at the end) and writes the rows to
   * {@code out}: to a file beside it, moved into place at the end, so that a stopped run leaves no
   * half file.
   */
  public static Result run(List<Function> functions, List<Response> responses, PythonSandbox box, Path out)
      throws IOException {
    long t0 = System.nanoTime();
    Tally tally = new Tally();
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    int workers = box.options().workers();
    try (box;
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      // A window of calls in flight keeps every worker busy while rows are written in input order.
      OrderedParallel.run(pairs(functions, responses), p -> row(p, box.evaluate(p.function().source(), p.response().text())),
          row -> {
            tally.add(row.result());
            w.write(Jsonl.JSON.writeValueAsString(row));
            w.write('\n');
          }, workers, workers * 4);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new Result(functions.size(), responses.size(), tally.trues, tally.falses, tally.nulls,
        (System.nanoTime() - t0) / 1e9, workers, box.describeLayers());
  }

  /** Every (function, response) pair, function by function. */
  private static OrderedParallel.Source<Pair> pairs(List<Function> functions, List<Response> responses) {
    long[] next = {0};
    long total = (long) functions.size() * responses.size();
    return () -> {
      if (next[0] >= total) return null;
      long i = next[0]++;
      return new Pair(functions.get((int) (i / responses.size())), responses.get((int) (i % responses.size())));
    };
  }

  private static VerdictRow row(Pair p, SandboxVerdict v) {
    return new VerdictRow(p.function().id(), p.response().id(), v.result(), v.reason());
  }
}
