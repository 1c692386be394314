package dev.if4j.eval.generate;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.groundtruth.GroundTruthParser;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.llm.ChatMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A prompt to generate responses for: a benchmark row ({@code key}, {@code prompt}, its
 * instructions) or a row of any prompts file.
 *
 * @param key the row's {@code key} (or {@code id}); the 1-based row number when it has neither
 * @param prompt the prompt ({@code prompt}, or the last user message of {@code messages})
 * @param messages the row's {@code messages} conversation when it has one, else null
 * @param instructionIds its instructions (empty when the row has no ground truth)
 * @param kwargs their arguments
 * @param line the row's line in its file
 */
public record PromptRow(String key, String prompt, List<ChatMessage> messages, List<String> instructionIds,
    List<Args> kwargs, long line) {
  public PromptRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(prompt, "prompt");
    if (messages != null) messages = List.copyOf(messages);
    instructionIds = List.copyOf(instructionIds);
    kwargs = List.copyOf(kwargs);
  }

  /** The row as the checkers see it, with {@code response}. */
  public Row toRow(String response) {
    return new Row(key, prompt, response, instructionIds, kwargs);
  }

  /**
   * Reads a prompts file. Rows need a prompt ({@code prompt} or {@code messages}); their ground
   * truth, in any format {@code check} reads, is optional (only constraint isolation needs it).
   * Keys must be unique.
   */
  public static List<PromptRow> load(Path file) throws IOException {
    String source = file.toString();
    List<PromptRow> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        PromptRow row = parse(source, l, rows.size() + 1);
        Long first = seen.putIfAbsent(row.key(), l.number());
        if (first != null) {
          throw InputProblemException.atLine(source, l.number(), "key",
              "duplicate key " + row.key() + " (first on line " + first + ")");
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static PromptRow parse(String source, SourceLine line, int position) {
    JsonLine json = JsonLine.parse(source, line);
    Map<String, Object> fields = json.fields();
    String key = json.optionalId("key");
    if (key == null) key = json.optionalId("id");
    if (key == null) key = Integer.toString(position);
    String prompt;
    List<String> ids = List.of();
    List<Args> kwargs = List.of();
    boolean hasTruth;
    try {
      prompt = GroundTruthParser.prompt(fields);
      hasTruth = !GroundTruthParser.candidates(fields).isEmpty();
    } catch (InputProblemException e) {
      throw bad(json, e);
    }
    if (prompt == null) throw json.bad("prompt", "missing (each row needs a \"prompt\" or \"messages\")");
    if (hasTruth) {
      Row row = RowParser.BENCHMARK.parse(source, line).row();
      ids = row.instructionIds();
      kwargs = row.kwargs();
    }
    return new PromptRow(key, prompt, messages(json), ids, kwargs, line.number());
  }

  static InputProblemException bad(JsonLine json, InputProblemException e) {
    return InputProblemException.atLine(json.source(), json.line(), e.field(), e.problem(), e);
  }

  private static List<ChatMessage> messages(JsonLine json) {
    if (!(json.fields().get("messages") instanceof List<?>)) return null;
    List<Map<String, Object>> list = json.objectList("messages");
    List<ChatMessage> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object role = list.get(i).get("role");
      Object content = list.get(i).get("content");
      if (!(role instanceof String r) || !(r.equals(ChatMessage.SYSTEM) || r.equals(ChatMessage.USER)
          || r.equals(ChatMessage.ASSISTANT))) {
        throw json.bad("messages[" + i + "].role", "expected \"system\", \"user\" or \"assistant\"");
      }
      if (!(content instanceof String c)) throw json.bad("messages[" + i + "].content", "expected a string");
      out.add(new ChatMessage(r, c));
    }
    // A conversation that ends with the model's turn is an answered one: the prompt is what came
    // before that answer.
    while (!out.isEmpty() && out.get(out.size() - 1).role().equals(ChatMessage.ASSISTANT)) out.remove(out.size() - 1);
    if (out.isEmpty() || !out.get(out.size() - 1).role().equals(ChatMessage.USER)) {
      throw json.bad("messages", "the conversation has no user message to answer");
    }
    return out;
  }
}
