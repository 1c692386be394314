package dev.if4j.llm;

import dev.if4j.text.io.Json;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The trees of this module (pass-through values of {@link Sampling#extra()}, servers' answers). */
final class LlmJson {
  private LlmJson() {}

  /**
   * On the project's one factory ({@link Json#FACTORY}): servers written in Python may send {@code
   * NaN}, responses may be long, a repeated key is an error, and what is written is ASCII only.
   */
  static final ObjectMapper MAPPER = new ObjectMapper(Json.FACTORY);
}
