package dev.if4j.eval.io;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.SourceLine;
import dev.if4j.text.io.Json;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.groundtruth.GroundTruthParser;
import dev.if4j.constraints.Registries;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSONL line into a {@link Row}, reading its ground truth in any {@link GroundTruthFormat}
 * (detected per line by {@link GroundTruthParser}, or the one the caller names).
 *
 * <p>{@link #CHECK} lines have an id ({@code "id"}, else {@code "key"}, else verl's {@code
 * "extra_info": {"index"}}; a string or an integer, kept as text), a {@code "response"}, the
 * ground truth, and optionally a prompt ({@code "prompt"} or {@code "messages"}, a string or a chat
 * whose last user message is taken; without one only instructions that do not repeat the prompt can
 * be judged). {@link #BENCHMARK} lines are a benchmark's prompts: the same without a response, and
 * the prompt required. Other fields are ignored; {@code null} argument values are dropped.
 *
 * <p>The row's response is the part the format's own verifier judges ({@link
 * GroundTruth#extraction()}): for open-instruct and VerInstruct rows, the answer after the thinking
 * section. Rows whose ground truth is not registry instructions ({@link GroundTruth.FunctionCall},
 * {@link GroundTruth.Checkers}) come back with no instructions in the {@link Row} and their ground
 * truth in {@link Parsed#truth()}, for the judge to deal with.
 *
 * <p>Every problem is a {@link InputProblemException} naming the file, the line, the field and, for
 * ground-truth problems, the format.
 */
public enum RowParser {
  CHECK,
  BENCHMARK;

  /**
   * A parsed row, with what the line said beyond the {@link Row}.
   *
   * @param truth the row's ground truth, in the format it came in
   */
  public record Parsed(long line, Row row, boolean hasPrompt, GroundTruth truth, String registry) {
    /** A row without a {@code "registry"} field (judged with the run's registry). */
    public Parsed(long line, Row row, boolean hasPrompt, GroundTruth truth) {
      this(line, row, hasPrompt, truth, null);
    }

    /** A row of registry instructions in IFEval's format. */
    public Parsed(long line, Row row, boolean hasPrompt) {
      this(line, row, hasPrompt,
          new GroundTruth.Instructions(GroundTruthFormat.IFEVAL, row.instructionIds(), row.kwargs()));
    }

    public GroundTruthFormat format() {
      return truth.format();
    }
  }

  /** Parses {@code line} of {@code source}, detecting its ground-truth format. */
  public Parsed parse(String source, SourceLine line) {
    return parse(source, line, null);
  }

  /** Parses {@code line} of {@code source} as {@code format} (null: detect it on this line). */
  public Parsed parse(String source, SourceLine line, GroundTruthFormat format) {
    return parse(JsonLine.parse(source, line), format);
  }

  /** Parses an object already read (e.g. the {@code doc} of an lm-eval sample) as {@code format}. */
  public Parsed parse(JsonLine json, GroundTruthFormat format) {
    Map<String, Object> fields = json.fields();
    String id = id(json);
    String prompt;
    try {
      prompt = GroundTruthParser.prompt(fields);
    } catch (InputProblemException e) {
      throw bad(json, e);
    }
    if (this == BENCHMARK && prompt == null) throw json.bad("prompt", "missing" + json.foundHint("prompt"));
    String response = this == CHECK ? MultiTurnMessages.response(json) : "";
    GroundTruth truth;
    try {
      truth = GroundTruthParser.parse(fields, format);
    } catch (InputProblemException e) {
      throw bad(json, e);
    }
    List<String> ids = List.of();
    List<Args> args = List.of();
    if (truth instanceof GroundTruth.Instructions in) {
      ids = in.ids();
      args = in.args();
    }
    Row row = new Row(id, prompt == null ? "" : prompt, truth.extraction().apply(response), ids, args);
    return new Parsed(json.line(), row, prompt != null, truth, registry(json));
  }

  /** The row's own {@code "registry"} (a name {@code --registry} takes), or null. */
  private static String registry(JsonLine json) {
    String name = json.optionalString("registry");
    if (name != null && !Registries.names().contains(name)) {
      throw json.bad("registry", "unknown registry '" + name + "'; known: "
          + String.join(", ", Registries.names()));
    }
    return name;
  }

  private String id(JsonLine json) {
    String id = json.optionalId("id");
    if (id == null) id = json.optionalId("key");
    if (id == null && json.fields().get("extra_info") instanceof Map<?, ?> extra) {
      Object index = extra.get("index");
      if (index instanceof String || index instanceof Long || index instanceof BigInteger) {
        id = index.toString();
      } else if (index != null) {
        throw json.bad("extra_info.index", "expected a string or an integer, got " + Json.describe(index));
      }
    }
    if (id == null) {
      throw json.bad(this == CHECK ? "id" : "key",
          "missing (" + json.found(this == CHECK ? "id" : "key") + "; each row needs an \"id\" or a \"key\"; verl rows may use \"extra_info\": {\"index\"})");
    }
    return id;
  }

  private static InputProblemException bad(JsonLine json, InputProblemException e) {
    return InputProblemException.atLine(json.source(), json.line(), e.field(), e.problem(), e);
  }
}
