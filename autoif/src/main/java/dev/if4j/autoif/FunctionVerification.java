package dev.if4j.autoif;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxVerdict;
import dev.if4j.text.OrderedParallel;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

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
   * The whole command: reads the functions ({@code {"id", "func"}} rows) and the responses ({@code
   * {"id", "response"}} rows), both before the sandbox starts so that bad input costs no start, then
   * runs every function on every response in a sandbox started with {@code options}.
   *
   * @throws InputProblemException for a row that is not an object with an id and its text
   * @throws dev.if4j.sandbox.SandboxUnavailableException when the sandbox cannot start here
   */
  public static Result run(Path functionsFile, Path responsesFile, PythonSandbox.Options options, Path out)
      throws IOException {
    List<Function> functions = readRows(functionsFile, "func", Function::new);
    List<Response> responses = readRows(responsesFile, "response", Response::new);
    return run(functions, responses, PythonSandbox.start(options), out);
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

  /** The rows of {@code file}: each its {@code id} and its {@code textField} string. */
  static <T> List<T> readRows(Path file, String textField, BiFunction<JsonNode, String, T> row) throws IOException {
    List<T> out = new ArrayList<>();
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (SourceLine line = lines.next(); line != null; line = lines.next()) {
        JsonNode node = object(lines.name(), line.requireUtf8(lines.name()));
        out.add(row.apply(id(node, lines.name(), line), text(node, textField, lines.name(), line)));
      }
    }
    return out;
  }

  /**
   * The object on {@code line}. Worded as the data commands word it ("not JSON: ...", "expected a JSON
   * object"), which this command always printed, not as the pipeline steps' {@link Jsonl#object}.
   */
  private static JsonNode object(String source, SourceLine line) {
    JsonNode node;
    try (JsonParser p = Jsonl.JSON.createParser(line.text())) {
      node = Jsonl.JSON.readTree(p);
      // Two objects on a line (a lost newline) must not pass as the first alone.
      if (p.nextToken() != null) throw bad(source, line, "more content after the object (one object per line)");
    } catch (JsonProcessingException e) {
      throw bad(source, line, "not JSON: " + e.getOriginalMessage() + line.tornHint());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // parsing a String does no I/O
    }
    if (node == null || !node.isObject()) throw bad(source, line, "expected a JSON object");
    return node;
  }

  private static JsonNode id(JsonNode node, String source, SourceLine line) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull() || !id.isValueNode()) throw bad(source, line, "\"id\" must be a string or a number");
    return id;
  }

  private static String text(JsonNode node, String field, String source, SourceLine line) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) throw bad(source, line, "\"" + field + "\" must be a string");
    return v.asText();
  }

  private static InputProblemException bad(String source, SourceLine line, String problem) {
    return InputProblemException.atLine(source, line.number(), null, problem);
  }
}
