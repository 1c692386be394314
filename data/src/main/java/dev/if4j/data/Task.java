package dev.if4j.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A training prompt with its verifiable ground truth: the instruction ids and, for each, its
 * arguments (in IFEval's shape, {@code instruction_id_list} + {@code kwargs}).
 *
 * @param key the row's key ({@link Long} for IFEval's integer keys, else a {@link String}); may be null
 * @param prompt the user prompt
 * @param instructionIds the instruction ids, in order
 * @param kwargs the arguments of each instruction (no null values; same length as the ids)
 */
public record Task(Object key, String prompt, List<String> instructionIds, List<Map<String, Object>> kwargs) {
  public Task {
    Objects.requireNonNull(prompt, "prompt");
    instructionIds = List.copyOf(instructionIds);
    List<Map<String, Object>> copy = new ArrayList<>(kwargs.size());
    for (Map<String, Object> m : kwargs) copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    kwargs = Collections.unmodifiableList(copy);
    if (instructionIds.size() != kwargs.size()) {
      throw new IllegalArgumentException(instructionIds.size() + " instruction ids but " + kwargs.size() + " kwargs entries");
    }
  }

  /** The key as text ({@code ""} when there is none). */
  public String keyText() {
    return key == null ? "" : key.toString();
  }
}
