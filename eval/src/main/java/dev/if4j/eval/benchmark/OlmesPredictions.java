package dev.if4j.eval.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import dev.if4j.text.io.LineStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * olmo-eval's predictions file read with the requests file beside it, line by line in step: each
 * prediction gets its request's {@code doc} (the prompt, its instructions and kwargs), so the rows
 * carry their prompts as lm-eval's do. Both files are written from the same instances in the same
 * order ({@code build_predictions} and {@code build_requests} in {@code
 * src/olmo_eval/runners/io/builders.py} at allenai/olmo-eval e8b88f19, each numbering them {@code
 * doc_id}), so the {@code doc_id}s must agree line for line; a mismatch is bad input naming both
 * files. Blank lines are passed through, so a message's line number is the predictions file's.
 * Memory stays bounded by one line of each.
 */
final class OlmesPredictions extends LineStream {
  /** The field naming where a joined row's {@code doc} came from (for messages). */
  static final String DOC_FROM = "if4j_doc_from";
  private static final String PREDICTIONS_SUFFIX = "-predictions.jsonl";
  private static final String REQUESTS_SUFFIX = "-requests.jsonl";
  private static final ObjectMapper LINES = new ObjectMapper(Json.FACTORY);

  private final JsonlLines predictions;
  private final JsonlLines requests;
  private long written;

  private OlmesPredictions(JsonlLines predictions, JsonlLines requests) {
    this.predictions = predictions;
    this.requests = requests;
  }

  /**
   * The rows of olmo-eval's predictions {@code file}, joined with the requests beside it ({@link
   * #requestsBeside}) when there are any; otherwise as {@code opener} reads the file.
   */
  static JsonlLines open(Path file, OutputsFormat.LinesOpener opener) throws IOException {
    Path requestsFile = requestsBeside(file);
    if (requestsFile == null || !Files.isRegularFile(requestsFile)) return opener.open(file);
    JsonlLines predictions = opener.open(file);
    return new JsonlLines(predictions.name(), new OlmesPredictions(predictions, JsonlLines.open(requestsFile)));
  }

  /**
   * The requests file olmo-eval writes beside {@code predictions}: {@code
   * <out>/requests/<model>/<base>-requests.jsonl} for {@code
   * <out>/predictions/<model>/<base>-predictions.jsonl} ({@code write_predictions_jsonl}, {@code
   * write_requests_jsonl} in {@code src/olmo_eval/runners/io/writers.py}); null when the path is not
   * laid out so.
   */
  static Path requestsBeside(Path predictions) {
    Path abs = predictions.toAbsolutePath();
    String name = abs.getFileName().toString();
    Path model = abs.getParent();
    if (!name.endsWith(PREDICTIONS_SUFFIX) || model == null || model.getParent() == null
        || !model.getParent().getFileName().toString().equals("predictions")) {
      return null;
    }
    String base = name.substring(0, name.length() - PREDICTIONS_SUFFIX.length());
    return model.getParent().resolveSibling("requests").resolve(model.getFileName()).resolve(base + REQUESTS_SUFFIX);
  }

  @Override
  protected byte[] nextLine() throws IOException {
    SourceLine p = predictions.next();
    if (p == null) return null;
    // Blank lines the reader skipped come back as blank lines: line numbers stay the file's.
    String blanks = "\n".repeat((int) (p.number() - 1 - written));
    written = p.number();
    return (blanks + joined(p) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The prediction's line with its request's {@code doc}; a line that is not JSON as it is. */
  private String joined(SourceLine p) throws IOException {
    if (p.notUtf8()) return p.text();
    JsonLine prediction;
    try {
      prediction = JsonLine.parse(predictions.name(), p);
    } catch (InputProblemException e) {
      return p.text(); // reported with its own line when the row is read
    }
    SourceLine r = requests.next();
    if (r == null) {
      // Named on the prediction's line: the requests file has no line to name.
      throw prediction.bad("doc_id", "no request for it: " + requests.name() + " has fewer rows (the two files"
          + " are not from the same run)");
    }
    JsonLine request = JsonLine.parse(requests.name(), r);
    Object theirs = request.fields().get("doc_id");
    Object ours = prediction.fields().get("doc_id");
    if (!Objects.equals(theirs, ours)) {
      throw request.bad("doc_id", "is " + theirs + " but line " + p.number() + " of " + predictions.name()
          + " has doc_id " + ours + ": the two files are not from the same run");
    }
    Map<String, Object> fields = new LinkedHashMap<>(prediction.fields());
    if (!fields.containsKey("doc") && request.has("doc")) {
      fields.put("doc", request.fields().get("doc"));
      fields.put(DOC_FROM, "from " + requests.name() + ", line " + r.number());
    }
    return LINES.writeValueAsString(fields);
  }

  @Override
  public void close() throws IOException {
    try {
      predictions.close();
    } finally {
      requests.close();
    }
  }
}
