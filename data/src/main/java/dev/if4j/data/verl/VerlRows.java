package dev.if4j.data.verl;

import static dev.if4j.data.io.JsonValues.object;

import dev.if4j.data.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task as a verl row (as JSON-like maps): {@code data_source}, {@code prompt} (a chat), {@code
 * ability}, {@code reward_model} {@code {style: "rule", ground_truth: {instruction_id_list,
 * kwargs}}} and {@code extra_info} {@code {key, split, index, instruction_id_list, kwargs,
 * prompt}}. The Parquet writer lays out the same fields.
 */
public final class VerlRows {
  private VerlRows() {}

  public static Map<String, Object> row(Task t, String split, long index, VerlOptions o) {
    List<Object> chat = List.of(object("role", "user", "content", o.userMessage(t.prompt())));
    Map<String, Object> gt = object("instruction_id_list", t.instructionIds(), "kwargs", kwargs(t));
    return object(
        "data_source", o.dataSource(),
        "prompt", chat,
        "ability", o.ability(),
        "reward_model", object("style", "rule", "ground_truth", gt),
        "extra_info", object(
            "key", key(t, o),
            "split", split,
            "index", index,
            "instruction_id_list", t.instructionIds(),
            "kwargs", kwargs(t),
            "prompt", t.prompt()));
  }

  static List<Map<String, Object>> kwargs(Task t) {
    List<Map<String, Object>> out = new ArrayList<>(t.kwargs().size());
    for (Map<String, Object> m : t.kwargs()) out.add(new LinkedHashMap<>(m));
    return out;
  }

  /** The key as the options want it: an integer, or text. */
  static Object key(Task t, VerlOptions o) {
    if (!o.integerKeys()) return t.key() == null ? null : t.keyText();
    if (t.key() == null || t.key() instanceof Long) return t.key();
    throw new IllegalArgumentException("key " + t.key() + " is not an integer");
  }
}
