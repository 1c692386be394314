package dev.if4j.eval.io;

import dev.if4j.text.io.Json;
import java.util.List;
import java.util.Map;

/**
 * Rows that carry a conversation: IFBench's multi-turn setting ("constraint isolation"), where the
 * request and the constraint come in separate user turns.
 *
 * <p>The published multi-turn test set ({@code allenai/IFBench_multi-turn}) has the single-turn
 * fields ({@code key}, {@code prompt}, {@code instruction_id_list}, {@code kwargs}) plus {@code
 * messages}: a list of {@code {"role", "content"}} turns, the user's request, an assistant answer and
 * the user's constraint. The model writes the next assistant turn, and that turn is what the
 * checkers judge. It reaches if4j either as the row's {@code response} or as a final {@code
 * "assistant"} turn appended to {@code messages} (what a chat pipeline writes back):
 *
 * <pre>{@code
 * {"key": "7", "prompt": "...", "instruction_id_list": [...], "kwargs": [...],
 *  "messages": [{"role": "user", "content": "Write a poem about rain."},
 *               {"role": "assistant", "content": "Rain taps..."},
 *               {"role": "user", "content": "Now make every line start with the letter R."},
 *               {"role": "assistant", "content": "Rain returns..."}]}
 * }</pre>
 *
 * <ul>
 *   <li>The response is {@code response} when the row has one, else the content of the final turn
 *       of {@code messages} when that turn is the assistant's. Earlier assistant turns are context,
 *       never judged. A row with both must say the same thing twice; two different answers are bad
 *       input rather than a silent choice.
 *   <li>The prompt (for instructions that take one) is the row's {@code prompt} field when it has
 *       one: IFBench's evaluation reads {@code prompt} and ignores {@code messages}. Only a row
 *       without it falls back on the last user turn ({@link RowParser}'s rule for chat prompts).
 *   <li>Only the final turn is read here: it must be a {@code {"role", "content"}} object, and when
 *       its role is {@code assistant}, its content a string. Other roles ({@code system}, {@code
 *       tool}...) are context. A {@code messages} that is a plain string is a prompt, not a
 *       conversation.
 * </ul>
 */
public final class MultiTurnMessages {
  private MultiTurnMessages() {}

  /** The field that holds the conversation. */
  public static final String FIELD = "messages";

  /** The role whose final turn is judged. */
  public static final String ASSISTANT = "assistant";

  /** True when the line carries a conversation: a {@code messages} array. */
  public static boolean present(JsonLine json) {
    return json.fields().get(FIELD) instanceof List;
  }

  /**
   * The content of the conversation's final turn when it is the assistant's, else null (also when
   * the line has no conversation).
   */
  public static String finalAnswer(JsonLine json) {
    if (!(json.fields().get(FIELD) instanceof List<?> turns) || turns.isEmpty()) return null;
    int last = turns.size() - 1;
    String at = FIELD + "[" + last + "]";
    if (!(turns.get(last) instanceof Map<?, ?> turn)) {
      throw json.bad(at, "expected a {\"role\", \"content\"} object, got " + Json.describe(turns.get(last)));
    }
    Object role = turn.get("role");
    if (!(role instanceof String)) {
      throw json.bad(at + ".role", role == null ? "missing" : "expected a string, got " + Json.describe(role));
    }
    if (!role.equals(ASSISTANT)) return null;
    Object content = turn.get("content");
    if (content instanceof String s) return s;
    throw json.bad(at + ".content", content == null
        ? (turn.containsKey("content") ? "is null" : "missing")
        : "expected a string, got " + Json.describe(content));
  }

  /**
   * The response to judge for this line: its {@code response} field, else the final assistant turn
   * of its {@code messages}. Without either, the error is about the missing {@code response}, as
   * for a single-turn row.
   */
  public static String response(JsonLine json) {
    if (!present(json)) return json.string("response");
    String answer = finalAnswer(json);
    if (json.has("response")) {
      String response = json.string("response");
      if (answer != null && !answer.equals(response)) {
        throw json.bad(FIELD, "its final assistant turn differs from \"response\"; give the answer to"
            + " judge once (as \"response\", or as the last turn of \"messages\")");
      }
      return response;
    }
    if (answer == null) {
      throw json.bad("response", (json.isNull("response") ? "is null" : "missing" + json.foundHint("response"))
          + ", and \"messages\" does not end with an assistant turn to judge");
    }
    return answer;
  }
}
