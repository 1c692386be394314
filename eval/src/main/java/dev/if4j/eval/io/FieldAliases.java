package dev.if4j.eval.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names other tools give the fields if4j reads ({@code output} for {@code response}, {@code
 * instruction} for {@code prompt}...), so that an error about a missing field can point at the one
 * the user most likely meant.
 */
final class FieldAliases {
  private FieldAliases() {}

  /** Other names seen for each field, most common first. */
  private static final Map<String, List<String>> ALIASES = Map.of(
      "response", List.of("output", "completion", "generation", "answer", "model_output", "prediction",
          "text", "resps", "filtered_resps"),
      "prompt", List.of("input", "instruction", "question", "query"),
      "key", List.of("id", "doc_id", "idx", "index"),
      "id", List.of("key", "idx", "index", "doc_id"),
      "instruction_id_list", List.of("instruction_ids", "instructions", "constraints"),
      "kwargs", List.of("args", "arguments", "instruction_kwargs"));

  /** The field of {@code found} that is most likely {@code wanted} under another name, or null. */
  static String aliasOf(String wanted, Set<String> found) {
    for (String f : found) {
      if (!f.equals(wanted) && f.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) return f;
    }
    for (String alias : ALIASES.getOrDefault(wanted, List.of())) {
      if (found.contains(alias)) return alias;
    }
    return null;
  }
}
