package dev.if4j.eval.benchmark;

import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The layouts of a responses file {@code if4j eval} reads: its own ({@code {"prompt", "response"}})
 * or another framework's per-sample output, named with {@code --from} or detected from the first
 * row. See docs/frameworks.md for each framework's format and where in its code it was confirmed.
 */
public enum OutputsFormat {
  /** {@code {"key"?, "prompt", "response"}} or a {@code messages} conversation. */
  IF4J("if4j"),
  /**
   * lm-evaluation-harness {@code --log_samples}: {@code samples_<task>_<date>.jsonl}, one row per
   * document with {@code doc}, {@code resps}, {@code filtered_resps} and the task's per-sample
   * metrics (see {@link LmEvalSample}).
   */
  LM_EVAL("lm-eval"),
  /**
   * lighteval {@code --save-details}: {@code details_<task>_<date>.parquet}, one row per document
   * with {@code doc}, {@code model_response} and {@code metric} (see {@link LightevalDetail}); read
   * through a {@link LinesOpener} that reads Parquet.
   */
  LIGHTEVAL("lighteval"),
  /**
   * evalscope's review file: {@code reviews/<model>/ifeval_default.jsonl}, one {@code ReviewResult}
   * per sample (see {@link EvalscopeReview}).
   */
  EVALSCOPE("evalscope"),
  /**
   * OpenCompass's predictions file, {@code predictions/<model>/IFEval.json} (one JSON object of
   * entries), joined with the details of {@code results/<model>/IFEval.json} when present (see {@link
   * OpenCompassPredictions}, {@link OpenCompassSample}).
   */
  OPENCOMPASS("opencompass"),
  /**
   * OLMES's per-instance predictions as allenai/olmo-eval writes them: {@code
   * predictions/<model>/<spec>-predictions.jsonl}, joined with {@code requests/<model>/<spec>-requests.jsonl}
   * beside it for the prompts (see {@link OlmesPrediction}, {@link OlmesPredictions}).
   */
  OLMES("olmes");

  private final String id;

  OutputsFormat(String id) {
    this.id = id;
  }

  /** The name {@code --from} takes. */
  public String id() {
    return id;
  }

  /** Whether this is another framework's layout (its rows are read as {@link FrameworkSample}s). */
  boolean isFramework() {
    return this != IF4J;
  }

  /**
   * Whether the rows of {@code responses} carry the prompts and instructions they were scored on:
   * every framework's do but if4j's, and olmo-eval's only with its requests file beside them.
   */
  public boolean carriesPrompts(Path responses) {
    if (this == OLMES) {
      Path requests = OlmesPredictions.requestsBeside(responses);
      return requests != null && Files.isRegularFile(requests);
    }
    return isFramework();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(OutputsFormat::id).toList();
  }

  /** The format called {@code id}; an unknown name is an error listing the known ones. */
  public static OutputsFormat byId(String id) {
    String name = id.toLowerCase(Locale.ROOT);
    for (OutputsFormat f : values()) {
      if (f.id.equals(name)) return f;
    }
    throw new IllegalArgumentException("unknown outputs format '" + id + "'; known: " + String.join(", ", ids())
        + " (docs/frameworks.md says which other frameworks' outputs can be read, and why not the rest)");
  }

  /**
   * The format of {@code file}, from its first row: a row with lm-eval's {@code doc} and {@code
   * filtered_resps} is lm-eval's, and so on; OpenCompass's predictions are one JSON object whose
   * first entry is {@code "0"}; anything else is read as if4j's own (whose errors then name the
   * missing field). An empty file is if4j's.
   */
  public static OutputsFormat detect(Path file) throws IOException {
    return detect(file, JsonlLines::open);
  }

  /** {@link #detect(Path)}, reading the file with {@code opener}. */
  public static OutputsFormat detect(Path file, LinesOpener opener) throws IOException {
    if (OpenCompassPredictions.isOne(file)) return OPENCOMPASS;
    try (JsonlLines lines = opener.open(file)) {
      SourceLine first = lines.next();
      if (first == null) return IF4J;
      JsonLine json = JsonLine.parse(lines.name(), first);
      if (LmEvalSample.looksLikeOne(json)) return LM_EVAL;
      if (LightevalDetail.looksLikeOne(json)) return LIGHTEVAL;
      if (EvalscopeReview.looksLikeOne(json)) return EVALSCOPE;
      if (OpenCompassSample.looksLikeOne(json)) return OPENCOMPASS;
      if (OlmesPrediction.looksLikeOne(json)) return OLMES;
      return IF4J;
    }
  }

  /**
   * The rows of a responses {@code file} in {@code format}: OpenCompass's predictions (one JSON
   * object) entry by entry, olmo-eval's joined with their requests, anything else as {@code opener}
   * reads it.
   */
  public static JsonlLines open(Path file, OutputsFormat format, LinesOpener opener) throws IOException {
    if (OpenCompassPredictions.isOne(file)) return OpenCompassPredictions.open(file);
    return format == OLMES ? OlmesPredictions.open(file, opener) : opener.open(file);
  }

  /** Opens a responses file as JSON lines (the command line's also reads Parquet). */
  @FunctionalInterface
  public interface LinesOpener {
    JsonlLines open(Path file) throws IOException;
  }
}
