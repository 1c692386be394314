package dev.if4j.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * What a chat completion returned: the first choice's message, why it stopped, the token counts.
 *
 * @param content the message text ({@code ""} when the server sent none, e.g. a reasoning model
 *     that ran out of tokens while thinking)
 * @param reasoning the server's separate reasoning text ({@code reasoning_content}, as vLLM and
 *     SGLang send it with a reasoning parser, or {@code reasoning}), or null
 * @param finishReason {@code stop}, {@code length}..., or null
 * @param promptTokens {@code usage.prompt_tokens}, or -1 when not sent
 * @param completionTokens {@code usage.completion_tokens}, or -1 when not sent
 */
public record Completion(String content, String reasoning, String finishReason, long promptTokens,
    long completionTokens) {

  /** Thrown by {@link #parse} on a body that is not a chat completion. */
  static final class MalformedException extends Exception {
    MalformedException(String message) {
      super(message);
    }
  }

  /** Parses a {@code 200} response body. */
  static Completion parse(byte[] body) throws MalformedException {
    JsonNode root;
    try {
      root = LlmJson.MAPPER.readTree(body);
    } catch (IOException e) {
      String msg = e.getMessage();
      int nl = msg == null ? -1 : msg.indexOf('\n');
      throw new MalformedException("the body is not JSON: " + (nl < 0 ? msg : msg.substring(0, nl)));
    }
    if (root == null || !root.isObject()) throw new MalformedException("the body is not a JSON object");
    JsonNode choices = root.get("choices");
    if (choices == null || !choices.isArray() || choices.isEmpty()) {
      throw new MalformedException("the body has no \"choices\"");
    }
    JsonNode choice = choices.get(0);
    JsonNode message = choice.get("message");
    if (message == null || !message.isObject()) throw new MalformedException("choices[0] has no \"message\"");
    JsonNode content = message.get("content");
    if (content != null && !content.isNull() && !content.isTextual()) {
      throw new MalformedException("choices[0].message.content is not a string");
    }
    String reasoning = text(message.get("reasoning_content"));
    if (reasoning == null) reasoning = text(message.get("reasoning"));
    JsonNode usage = root.get("usage");
    return new Completion(content == null || content.isNull() ? "" : content.asText(), reasoning,
        text(choice.get("finish_reason")), count(usage, "prompt_tokens"), count(usage, "completion_tokens"));
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }

  private static long count(JsonNode usage, String field) {
    JsonNode n = usage == null ? null : usage.get(field);
    return n != null && n.canConvertToLong() ? n.asLong() : -1;
  }
}
