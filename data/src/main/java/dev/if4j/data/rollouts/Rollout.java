package dev.if4j.data.rollouts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.data.Task;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.data.io.TaskReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A prompt, its ground truth and the responses a policy sampled for it (one GRPO group). Read from
 * a JSONL row with a prompt ({@code prompt} or {@code messages}), a ground truth (IFEval's {@code
 * instruction_id_list} + {@code kwargs}, or verl's {@code reward_model.ground_truth}) and {@code
 * responses}: strings, or objects with a {@code response}, {@code content} or {@code text} string.
 */
public record Rollout(JsonlReader.Line line, Task task, List<String> responses) {
  public static Rollout read(JsonlReader.Line line) {
    Task task = TaskReader.read(line);
    JsonNode rs = line.node().get("responses");
    if (rs == null || !rs.isArray()) throw line.bad("field 'responses': expected an array of responses");
    List<String> out = new ArrayList<>(rs.size());
    for (JsonNode r : rs) {
      if (r.isTextual()) {
        out.add(r.textValue());
        continue;
      }
      JsonNode text = null;
      for (String f : new String[] {"response", "content", "text"}) {
        if (r.isObject() && r.hasNonNull(f) && r.get(f).isTextual()) {
          text = r.get(f);
          break;
        }
      }
      if (text == null) throw line.bad("field 'responses': expected strings or {\"response\": ...} objects, got " + r);
      out.add(text.textValue());
    }
    return new Rollout(line, task, out);
  }
}
