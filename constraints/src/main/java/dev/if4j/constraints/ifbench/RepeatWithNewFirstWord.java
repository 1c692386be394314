package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code repeat:repeat_change}: the response repeats the request with its first word changed, and
 * says nothing else.
 *
 * <p>As the reference: the response must not be the request exactly (character for character,
 * surrounding whitespace included), and its whitespace-separated words from the second on must be
 * the request's from the second on. Case matters and the first words are not compared, so a
 * response that keeps the first word but differs in spacing passes, and a one-word response
 * passes for a one-word request. The request comes from the {@code prompt_to_repeat} argument
 * (not the row's prompt) and must be given and not empty: the reference raises otherwise.
 */
public final class RepeatWithNewFirstWord extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("repeat:repeat_change")
      .string("prompt_to_repeat", "the request to repeat with another first word (required)")
      .factory(RepeatWithNewFirstWord::new);

  private final String prompt;
  private final List<String> promptWords;

  RepeatWithNewFirstWord(BuildContext ctx) {
    super(TYPE);
    String p = ctx.args().string("prompt_to_repeat");
    if (p == null || p.isEmpty()) {
      throw ctx.args().invalid("prompt_to_repeat", "must be set to the request to repeat");
    }
    prompt = p;
    promptWords = Py.splitWhitespace(p);
  }

  @Override
  public String describe() {
    return "Repeat the request, but change the first word of the repeated request, (do not say"
        + " anything before repeating the request; the request you need to repeat does not include"
        + " this sentence) and do not answer the actual request! Request: " + prompt;
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("prompt_to_repeat", prompt);
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    if (text.equals(prompt)) {
      return Verdict.notFollowed(() -> "the response is the request unchanged");
    }
    List<String> words = Py.splitWhitespace(text);
    boolean same = tail(words).equals(tail(promptWords));
    return same
        ? Verdict.followed(() -> "the response is the request after its first word")
        : Verdict.notFollowed(() -> "after the first word, the response's words differ from the request's");
  }

  /** {@code words[1:]}. */
  private static List<String> tail(List<String> words) {
    return words.size() <= 1 ? List.of() : words.subList(1, words.size());
  }
}
