package dev.if4j.eval.benchmark;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.LineStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenCompass's predictions file for a dataset, read entry by entry as JSON lines, each joined with
 * its per-sample verdicts from the results file beside it when there is one.
 *
 * <p>The layout, as OpenCompass writes it (open-compass/opencompass at commit a5acc4bb): {@code
 * GenInferencer} ({@code opencompass/openicl/icl_inferencer/icl_gen_inferencer.py}) saves, through
 * {@code GenInferencerOutputHandler.save_results} and {@code dump_results_dict} ({@code
 * icl_base_inferencer.py}), one indented JSON object to {@code <work_dir>/predictions/<model>/<dataset>.json}:
 * {@code {"0": {"origin_prompt", "prediction", "gold"}, "1": ...}}, where {@code gold} is the
 * dataset's output column: for IFEval the whole record ({@code IFEvalDataset.load} in {@code
 * opencompass/datasets/IFEval/ifeval.py}: {@code reference=tmp}). {@code OpenICLEvalTask} ({@code
 * opencompass/tasks/openicl_eval.py}) writes {@code <work_dir>/results/<model>/<dataset>.json}: the
 * figures and, only with {@code dump_details}, {@code details}, a list in prompt order ({@code
 * BaseEvaluator.evaluate} in {@code icl_base_evaluator.py}) whose entries hold {@code IFEvaluator.score}'s
 * per-sample fields each as a list of one value per replica: {@code pred} (the text scored, after any
 * {@code pred_postprocessor}), {@code is_strict_correct}, {@code is_loose_correct}.
 *
 * <p>Each line this stream yields is one entry: {@code {"idx", "origin_prompt", "prediction",
 * "gold", "results"?}}, {@code results} holding the entry's {@code pred}, {@code is_strict_correct}
 * and {@code is_loose_correct} from the results file. Both files are read as streams, so memory stays
 * bounded by one entry.
 */
final class OpenCompassPredictions extends LineStream {
  /** Made on first use: creating a mapper costs a short run (one that only asks isOne) tens of ms. */
  private static final class Lines {
    static final ObjectMapper MAPPER = new ObjectMapper(Json.FACTORY);
  }
  /** The fields of a results entry that are kept: the rest repeat the prediction file's. */
  private static final List<String> KEPT_DETAILS = List.of("pred", "is_strict_correct", "is_loose_correct");

  private final String name;
  private final JsonParser predictions;
  private final String resultsName;
  private final JsonParser results;
  private long entries;

  private OpenCompassPredictions(Path file, Path resultsFile) throws IOException {
    this.name = file.toString();
    this.predictions = Json.FACTORY.createParser(file.toFile());
    expect(predictions, JsonToken.START_OBJECT, name, "an object of entries \"0\", \"1\", ...");
    this.resultsName = resultsFile == null ? null : resultsFile.toString();
    this.results = resultsFile == null ? null : detailsOf(resultsFile);
  }

  /**
   * The entries of OpenCompass's predictions {@code file} as a JSONL file, joined with the details
   * of the results file beside it ({@link #resultsBeside}) when that has them.
   */
  static JsonlLines open(Path file) throws IOException {
    Path resultsFile = resultsBeside(file);
    return new JsonlLines(file + " (OpenCompass predictions; line N is entry \"N-1\")",
        new OpenCompassPredictions(file, resultsFile != null && Files.isRegularFile(resultsFile) ? resultsFile : null));
  }

  /**
   * The results file OpenCompass writes for {@code predictions}: the same model and dataset under
   * {@code results/} instead of {@code predictions/} ({@code get_infer_output_path} in {@code
   * opencompass/utils/abbr.py}); null when the path has no {@code predictions} folder.
   */
  static Path resultsBeside(Path predictions) {
    Path abs = predictions.toAbsolutePath();
    for (Path dir = abs.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
      if (dir.getFileName().toString().equals("predictions")) {
        return dir.resolveSibling("results").resolve(dir.relativize(abs));
      }
    }
    return null;
  }

  /** How much of a file {@link #isOne} reads: an entry's first field name comes long before. */
  private static final int START_BYTES = 64 * 1024;

  /**
   * Whether {@code file} starts as an OpenCompass predictions file does: an object whose first entry
   * is {@code "0"}, an object with {@code origin_prompt} or {@code prediction}.
   */
  static boolean isOne(Path file) {
    if (!Files.isRegularFile(file)) return false;
    // The file's start, as text: parsed with the parser every row is read with (from a string), where
    // a parser on the file was one more kind to load and warm up in every eval (a few ms of a short run).
    String start;
    try (InputStream in = Files.newInputStream(file)) {
      start = new String(in.readNBytes(START_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false;
    }
    try (JsonParser p = Json.FACTORY.createParser(start)) {
      if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
          || !"0".equals(p.currentName()) || p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      if (p.nextToken() != JsonToken.FIELD_NAME) return false;
      String first = p.currentName();
      return first.equals("origin_prompt") || first.equals("prediction");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A parser on {@code resultsFile}'s {@code details} array, or null when it has none. */
  private static JsonParser detailsOf(Path resultsFile) throws IOException {
    JsonParser p = Json.FACTORY.createParser(resultsFile.toFile());
    String source = resultsFile.toString();
    expect(p, JsonToken.START_OBJECT, source, "an object (the figures and their details)");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (p.currentName().equals("details")) {
        expect(p, JsonToken.START_ARRAY, source, "'details': a list, one entry per prompt");
        return p;
      }
      p.nextToken();
      p.skipChildren();
    }
    // Written without dump_details: figures only, no per-sample verdicts.
    p.close();
    return null;
  }

  private static void expect(JsonParser p, JsonToken token, String source, String what) throws IOException {
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (JsonProcessingException e) {
      throw InputProblemException.atLine(source, p.currentLocation().getLineNr(), null,
          "not JSON: " + e.getOriginalMessage(), e);
    }
    if (t != token) {
      throw InputProblemException.atLine(source, p.currentLocation().getLineNr(), null,
          "expected " + what + ", found " + Json.describe(t));
    }
  }

  @Override
  protected byte[] nextLine() throws IOException {
    Map<String, Object> entry = nextEntry();
    return entry == null ? null : (Lines.MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The next entry as one line's fields, or null after the last. */
  private Map<String, Object> nextEntry() throws IOException {
    try {
      if (predictions.nextToken() == JsonToken.END_OBJECT) return null;
      String key = predictions.currentName();
      long at = predictions.currentLocation().getLineNr();
      // OpenCompass reads entry i as preds[str(i)], and its details are in that order.
      if (!String.valueOf(entries).equals(key)) {
        throw InputProblemException.atLine(name, at, key, "expected entry \"" + entries + "\" here (OpenCompass numbers"
            + " its entries from 0, in order)");
      }
      if (predictions.nextToken() != JsonToken.START_OBJECT) {
        throw InputProblemException.atLine(name, at, key, "expected an object (origin_prompt, prediction, gold)");
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("idx", key);
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) Json.readValue(predictions);
      entry.putAll(fields);
      Map<String, Object> details = nextDetails();
      if (details != null) entry.put("results", details);
      entries++;
      return entry;
    } catch (JsonProcessingException e) {
      throw InputProblemException.atLine(name, predictions.currentLocation().getLineNr(), null,
          "not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The results file's details of the current entry (the fields kept), or null without them. */
  private Map<String, Object> nextDetails() throws IOException {
    if (results == null) return null;
    long line = results.currentLocation().getLineNr();
    JsonToken t;
    try {
      t = results.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw InputProblemException.atLine(resultsName, line, "details[" + entries + "]", t == JsonToken.END_ARRAY
            ? "missing: the results have fewer details than " + name + " has entries (written by another run, or"
                + " with n > 1 replicas, which if4j does not read)"
            : "expected an object, found " + Json.describe(t));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> all = (Map<String, Object>) Json.readValue(results);
      Map<String, Object> kept = new LinkedHashMap<>();
      for (String field : KEPT_DETAILS) if (all.containsKey(field)) kept.put(field, all.get(field));
      return kept;
    } catch (JsonProcessingException e) {
      throw InputProblemException.atLine(resultsName, results.currentLocation().getLineNr(), null,
          "not JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      predictions.close();
    } finally {
      if (results != null) results.close();
    }
  }
}
