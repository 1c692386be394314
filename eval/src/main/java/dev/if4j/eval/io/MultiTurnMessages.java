package dev.if4j.eval.io;

import java.util.ArrayList;
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
 *   <li>The prompt (for instructions that take one) stays the row's {@code prompt} field: IFBench's
 *       evaluation reads {@code prompt} and ignores {@code messages}, so the conversation never
 *       stands in for it. A row without {@code prompt} can only be judged on instructions that do not
 *       need it, as for single-turn rows.
 *   <li>{@code messages} must be an array of objects with string {@code role} and {@code content};
 *       any role is accepted ({@code system}, {@code tool}...), only {@code assistant} answers.
 * </ul>
 */
public final class MultiTurnMessages {
  private MultiTurnMessages() {}

  /** The field that holds the conversation. */
  public static final String FIELD = "messages";

  /** The role whose final turn is judged. */
  public static final String ASSISTANT = "assistant";

  /** One turn of a conversation. */
  public record Turn(String role, String content) {}

  /** True when the line carries a (non-null) {@code messages} field. */
  public static boolean present(JsonLine json) {
    return json.has(FIELD);
  }

  /** The line's conversation, validated; empty when it has no {@code messages}. */
  public static List<Turn> turns(JsonLine json) {
    if (!present(json)) return List.of();
    List<Map<String, Object>> raw = json.objectList(FIELD);
    List<Turn> turns = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Map<String, Object> m = raw.get(i);
      turns.add(new Turn(text(json, m, i, "role"), text(json, m, i, "content")));
    }
    return turns;
  }

  private static String text(JsonLine json, Map<String, Object> turn, int i, String key) {
    Object v = turn.get(key);
    if (v instanceof String s) return s;
    String field = FIELD + "[" + i + "]." + key;
    if (v == null) throw json.bad(field, turn.containsKey(key) ? "is null" : "missing");
    throw json.bad(field, "expected a string, got " + JsonLine.describe(v));
  }

  /** The content of the final turn when it is the assistant's, else null. */
  public static String finalAnswer(List<Turn> turns) {
    if (turns.isEmpty()) return null;
    Turn last = turns.get(turns.size() - 1);
    return last.role().equals(ASSISTANT) ? last.content() : null;
  }

  /**
   * The response to judge for this line: its {@code response} field, else the final assistant turn
   * of its {@code messages}. Without either, the error is about the missing {@code response}, as
   * for a single-turn row.
   */
  public static String response(JsonLine json) {
    if (!present(json)) return json.string("response");
    String answer = finalAnswer(turns(json));
    if (json.has("response")) {
      String response = json.string("response");
      if (answer != null && !answer.equals(response)) {
        throw json.bad(FIELD, "its final assistant turn differs from \"response\"; give the answer to"
            + " judge once (as \"response\", or as the last turn of \"messages\")");
      }
      return response;
    }
    if (answer == null) {
      throw json.bad("response", (json.isNull("response") ? "is null" : "missing")
          + ", and \"messages\" does not end with an assistant turn to judge");
    }
    return answer;
  }
}
