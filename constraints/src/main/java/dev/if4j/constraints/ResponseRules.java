package dev.if4j.constraints;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a benchmark's evaluator treats a response before and around its checkers, where benchmarks
 * differ: which text is judged (Multi-IF first unwraps its responses cell) and whether a
 * whitespace-only response is judged strictly at all (Google's evaluator: never; Multi-IF's: only
 * an empty one is refused).
 *
 * <p>A registry carries its rules ({@link Registry#responseRules()}), so that every surface that
 * judges through an {@link Evaluator} (check, eval, serve, rollouts) applies them alike.
 *
 * @param name what the rules are called in messages and stamps
 * @param strictJudgesWhitespace the strict check runs on a whitespace-only (non-empty) response
 * @param judgedText the text judged, from the response as given
 */
public record ResponseRules(String name, boolean strictJudgesWhitespace, UnaryOperator<String> judgedText) {
  /** Google's {@code evaluation_lib}: the response as given; a blank one never follows. */
  public static final ResponseRules GOOGLE = new ResponseRules("google", false, UnaryOperator.identity());

  public ResponseRules {
    Objects.requireNonNull(name);
    Objects.requireNonNull(judgedText);
  }

  /** Whether a strict check runs on {@code response}, which is blank ({@code str.strip()} empty). */
  boolean strictChecksBlank(String response) {
    return strictJudgesWhitespace && !response.isEmpty();
  }
}
