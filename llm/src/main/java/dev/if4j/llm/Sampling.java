package dev.if4j.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sampling options sent with every request. Null fields are left out of the request body, so the
 * server's own defaults apply.
 *
 * @param temperature {@code temperature}
 * @param topP {@code top_p}
 * @param maxTokens {@code max_tokens}
 * @param seed {@code seed}; sample {@code i} of a prompt is sent {@code seed + i}, so that the
 *     samples of a seeded run differ from each other and are each reproducible
 * @param stop {@code stop} sequences (empty: none sent)
 * @param extra further body fields passed through as they are (vLLM's {@code top_k}, {@code
 *     min_p}, {@code repetition_penalty}, {@code chat_template_kwargs}...)
 */
public record Sampling(Double temperature, Double topP, Integer maxTokens, Long seed, List<String> stop,
    Map<String, Object> extra) {
  /** Body fields if4j writes itself; {@code extra} may not set them. */
  public static final Set<String> RESERVED = Set.of("model", "messages", "stream", "n", "temperature",
      "top_p", "max_tokens", "seed", "stop");

  public Sampling {
    stop = List.copyOf(stop);
    extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    for (String k : extra.keySet()) {
      if (RESERVED.contains(k)) {
        throw new IllegalArgumentException("extra body field '" + k + "' is set by if4j itself"
            + (k.equals("stream") || k.equals("n") ? " (if4j sends one non-streamed completion per request)"
                : " (use its own option)"));
      }
    }
  }

  /** Nothing set: the server decides. */
  public static Sampling defaults() {
    return new Sampling(null, null, null, null, List.of(), Map.of());
  }

  /** The seed sample {@code sample} is sent, or null when unseeded. */
  public Long seedFor(int sample) {
    return seed == null ? null : seed + sample;
  }

  /** The settings as a JSON-ready map (for run records). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("temperature", temperature);
    m.put("top_p", topP);
    m.put("max_tokens", maxTokens);
    m.put("seed", seed);
    m.put("stop", stop);
    m.put("extra", extra);
    return m;
  }
}
