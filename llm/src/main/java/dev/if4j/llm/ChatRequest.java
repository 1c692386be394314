package dev.if4j.llm;

import dev.if4j.text.io.Json;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code /v1/chat/completions} request: the model, the messages and the sampling options.
 *
 * @param seed the seed of this request (see {@link Sampling#seedFor}), or null
 */
public record ChatRequest(String model, List<ChatMessage> messages, Sampling sampling, Long seed) {
  public ChatRequest {
    Objects.requireNonNull(model, "model");
    messages = List.copyOf(messages);
    Objects.requireNonNull(sampling, "sampling");
    if (messages.isEmpty()) throw new IllegalArgumentException("a request needs at least one message");
    for (ChatMessage m : messages) {
      if (m.isOwnAnswer()) throw new IllegalArgumentException("a request cannot hold an own-answer placeholder");
    }
  }

  /** The JSON body, UTF-8. */
  public byte[] body() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setCodec(LlmJson.MAPPER);
      g.writeStartObject();
      g.writeStringField("model", model);
      g.writeArrayFieldStart("messages");
      for (ChatMessage m : messages) {
        g.writeStartObject();
        g.writeStringField("role", m.role());
        g.writeStringField("content", m.content());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (sampling.temperature() != null) g.writeNumberField("temperature", sampling.temperature());
      if (sampling.topP() != null) g.writeNumberField("top_p", sampling.topP());
      if (sampling.maxTokens() != null) g.writeNumberField("max_tokens", sampling.maxTokens());
      if (seed != null) g.writeNumberField("seed", seed);
      if (!sampling.stop().isEmpty()) {
        g.writeArrayFieldStart("stop");
        for (String s : sampling.stop()) g.writeString(s);
        g.writeEndArray();
      }
      for (Map.Entry<String, Object> e : sampling.extra().entrySet()) {
        g.writeFieldName(e.getKey());
        g.writeObject(e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory
    }
    return out.toByteArray();
  }
}
