package dev.if4j.eval.io;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSONL line into a {@link Row}.
 *
 * <p>{@link #CHECK} lines are {@code {"id" (or "key"), "prompt", "response", "instruction_id_list",
 * "kwargs"}}: the id is a string or an integer (kept as text), the prompt may be absent (then only
 * instructions that do not repeat the prompt can be judged). {@link #BENCHMARK} lines are a
 * benchmark's prompts ({@code key}, {@code prompt}, {@code instruction_id_list}, {@code kwargs}),
 * without a response. Other fields are ignored; {@code null} argument values are dropped (by {@link
 * Args#of}).
 */
public enum RowParser {
  CHECK,
  BENCHMARK;

  /** A parsed row, with what the line said beyond the {@link Row}. */
  public record Parsed(long line, Row row, boolean hasPrompt) {}

  public Parsed parse(String source, SourceLine line) {
    JsonLine json = JsonLine.parse(source, line);
    String id = json.optionalId("id");
    if (id == null) id = json.optionalId("key");
    if (id == null) {
      throw json.bad(this == CHECK ? "id" : "key", "missing (each row needs an \"id\" or a \"key\")");
    }
    boolean hasPrompt = json.has("prompt");
    String prompt = this == CHECK ? json.optionalString("prompt") : json.string("prompt");
    String response = this == CHECK ? MultiTurnMessages.response(json) : "";
    List<String> ids = json.stringList("instruction_id_list");
    List<Map<String, Object>> kwargs = json.objectList("kwargs");
    if (kwargs.size() != ids.size()) {
      throw json.bad("kwargs", kwargs.size() + (kwargs.size() == 1 ? " entry" : " entries")
          + " but instruction_id_list has " + ids.size());
    }
    List<Args> args = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) args.add(Args.of(ids.get(i), kwargs.get(i)));
    return new Parsed(line.number(), new Row(id, prompt == null ? "" : prompt, response, ids, args),
        hasPrompt);
  }
}
