package dev.if4j.data.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthParser;
import dev.if4j.data.Task;
import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link Task} from a JSONL row. The prompt is {@code prompt}, else {@code messages}: a
 * string, or a chat whose last {@code user} message is the prompt. The ground truth is read by the
 * shared {@link GroundTruthParser}: every format {@code check} reads that names registry
 * instructions (IFEval / Hugging Face, verl, open-instruct's Python literals, VerInstruct rows
 * are not: their checkers need mapping).
 */
public final class TaskReader {
  private TaskReader() {}

  /** The task of {@code line}; errors name the file, the line and the field. */
  public static Task read(JsonlReader.Line line) {
    JsonNode row = line.node();
    String prompt = prompt(line, row);
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) JsonValues.plain(row);
    GroundTruth truth;
    try {
      truth = GroundTruthParser.parse(fields, null);
    } catch (InputProblemException e) {
      throw line.bad(e.getMessage());
    }
    if (!(truth instanceof GroundTruth.Instructions in)) {
      throw line.bad("a " + truth.format().cliName() + " ground truth names no registry instructions;"
          + " these commands need instruction ids and kwargs");
    }
    List<Map<String, Object>> kwargs = new ArrayList<>(in.args().size());
    for (Args a : in.args()) kwargs.add(a.asMap());
    return new Task(key(row), prompt, in.ids(), kwargs);
  }

  /** The row's key: {@code key}, else {@code id}, else {@code extra_info.key}, else {@code extra_info.index}. */
  static Object key(JsonNode row) {
    for (JsonNode k : new JsonNode[] {row.get("key"), row.get("id"), at(row, "extra_info", "key"), at(row, "extra_info", "index")}) {
      if (k == null || k.isNull()) continue;
      if (k.isIntegralNumber() && k.canConvertToLong()) return k.longValue();
      return k.isTextual() ? k.textValue() : k.toString();
    }
    return null;
  }

  private static JsonNode at(JsonNode row, String a, String b) {
    JsonNode n = row.get(a);
    return n == null ? null : n.get(b);
  }

  /** The prompt of a row: {@code prompt}, else {@code messages}; a chat gives its last user message. */
  public static String prompt(JsonlReader.Line line, JsonNode row) {
    String field = row.hasNonNull("prompt") ? "prompt" : row.hasNonNull("messages") ? "messages" : null;
    if (field == null) throw line.bad("no prompt: expected a 'prompt' or 'messages' field");
    JsonNode p = row.get(field);
    if (p.isTextual()) return p.textValue();
    if (p.isArray()) {
      String last = null;
      for (JsonNode m : p) {
        JsonNode role = m.get("role");
        JsonNode content = m.get("content");
        if (role != null && "user".equals(role.asText()) && content != null && content.isTextual()) {
          last = content.textValue();
        }
      }
      if (last != null) return last;
      throw line.bad("field '" + field + "': a chat without a user message");
    }
    throw line.bad("field '" + field + "': expected a string or a chat [{role, content}]");
  }
}
