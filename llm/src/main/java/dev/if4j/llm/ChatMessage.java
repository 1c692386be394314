package dev.if4j.llm;

import java.util.Objects;

/**
 * One message of a chat conversation.
 *
 * <p>An assistant message whose content is null is a placeholder for <em>the model's own
 * answer</em>: the generator asks the model for it (with the conversation up to that point) and
 * puts the answer there before going on. This is how multi-turn constraint isolation is written: the
 * task, the model's own answer to it, then the constraint.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param content the text, or null for an own-answer placeholder (assistant only)
 */
public record ChatMessage(String role, String content) {
  public static final String SYSTEM = "system";
  public static final String USER = "user";
  public static final String ASSISTANT = "assistant";

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    if (content == null && !role.equals(ASSISTANT)) {
      throw new IllegalArgumentException("only an assistant message can be an own-answer placeholder");
    }
  }

  public static ChatMessage system(String text) {
    return new ChatMessage(SYSTEM, Objects.requireNonNull(text));
  }

  public static ChatMessage user(String text) {
    return new ChatMessage(USER, Objects.requireNonNull(text));
  }

  public static ChatMessage assistant(String text) {
    return new ChatMessage(ASSISTANT, Objects.requireNonNull(text));
  }

  /** The placeholder the model's own answer replaces. */
  public static ChatMessage ownAnswer() {
    return new ChatMessage(ASSISTANT, null);
  }

  public boolean isOwnAnswer() {
    return content == null;
  }
}
