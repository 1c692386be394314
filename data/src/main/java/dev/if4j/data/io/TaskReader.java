package dev.if4j.data.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.data.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link Task} from a JSONL row. The prompt is {@code prompt}, else {@code messages}: a
 * string, or a chat whose last {@code user} message is the prompt. The ground truth is IFEval's
 * top-level {@code instruction_id_list} + {@code kwargs}, else verl's {@code
 * reward_model.ground_truth} (an object, or a JSON string of one). {@code null} kwargs entries mean
 * no arguments and {@code null} values are dropped, as the reference drops them.
 */
public final class TaskReader {
  private TaskReader() {}

  /** The task of {@code line}; errors name the file, the line and the field. */
  public static Task read(JsonlReader.Line line) {
    JsonNode row = line.node();
    String prompt = prompt(line, row);
    JsonNode gt = row;
    String where = "";
    if (!row.hasNonNull("instruction_id_list")) {
      JsonNode rm = row.get("reward_model");
      JsonNode g = rm == null ? null : rm.get("ground_truth");
      if (g == null || g.isNull()) {
        throw line.bad("no ground truth: expected 'instruction_id_list' and 'kwargs' (IFEval)"
            + " or 'reward_model.ground_truth' (verl)");
      }
      where = "reward_model.ground_truth.";
      if (g.isTextual()) {
        try {
          g = JsonValues.MAPPER.readTree(g.textValue());
        } catch (JsonProcessingException e) {
          throw line.bad("field 'reward_model.ground_truth': a string that is not JSON: " + e.getOriginalMessage());
        }
      }
      if (g == null || !g.isObject()) throw line.bad("field 'reward_model.ground_truth': expected an object");
      gt = g;
    }
    JsonNode idsNode = gt.has("instruction_id_list") ? gt.get("instruction_id_list") : gt.get("instruction_id");
    if (idsNode == null || !idsNode.isArray()) {
      throw line.bad("field '" + where + "instruction_id_list': expected an array of instruction ids");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : idsNode) {
      if (!id.isTextual()) throw line.bad("field '" + where + "instruction_id_list': expected strings, got " + id);
      ids.add(id.textValue());
    }
    JsonNode kw = gt.get("kwargs");
    List<Map<String, Object>> kwargs = new ArrayList<>();
    if (kw == null || kw.isNull()) {
      for (int i = 0; i < ids.size(); i++) kwargs.add(Map.of());
    } else if (!kw.isArray()) {
      throw line.bad("field '" + where + "kwargs': expected an array");
    } else {
      for (JsonNode entry : kw) {
        if (entry.isNull()) {
          kwargs.add(Map.of());
          continue;
        }
        if (!entry.isObject()) throw line.bad("field '" + where + "kwargs': expected objects, got " + entry);
        Map<String, Object> m = new LinkedHashMap<>();
        entry.fields().forEachRemaining(e -> {
          Object v = JsonValues.plain(e.getValue());
          if (v != null) m.put(e.getKey(), v);
        });
        kwargs.add(m);
      }
    }
    if (kwargs.size() != ids.size()) {
      throw line.bad("field '" + where + "kwargs': " + kwargs.size() + " entries for " + ids.size() + " instruction ids");
    }
    return new Task(key(row), prompt, ids, kwargs);
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
