package dev.if4j.reward;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.Stamp;
import java.util.List;
import java.util.Objects;

/**
 * The reward of one sample: the library API, and what the server runs for every sample.
 *
 * <p>Steps: end-of-turn tokens are removed from the end of the response; everything up to the last
 * {@code </think>} is removed; an answer that still opens a trace is handled by the {@link
 * UnclosedThink} policy; an answer longer than the maximum gets the fallback; the rest is judged by
 * the {@link Evaluator} (the same verdicts as {@code if4j check}) and scored by the mode.
 *
 * <p>Pure and thread-safe. The per-sample time budget is enforced around it, by {@link BatchScorer}.
 */
public final class RewardFunction {
  private final Evaluator evaluator;
  private final RewardConfig defaults;

  public RewardFunction(Evaluator evaluator, RewardConfig defaults) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.defaults = Objects.requireNonNull(defaults);
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /**
   * What this function's scores are computed with (version, registry, fixes, the language data read
   * so far): record it next to the scores.
   */
  public Stamp stamp() {
    return Stamp.of(evaluator.registry(), evaluator.tools().store());
  }

  public RewardConfig defaults() {
    return defaults;
  }

  /** The reward of {@code sample} under the default configuration. */
  public RewardResult score(RewardSample sample) {
    return score(sample, defaults);
  }

  /**
   * The reward of {@code sample} under {@code config}.
   *
   * @throws RewardInputException when the sample cannot be judged (unknown instruction id, invalid
   *     argument, a prompt-repeating instruction without a prompt); the field is relative to the sample
   */
  public RewardResult score(RewardSample sample, RewardConfig config) {
    validate(sample);
    RewardGroundTruth gt = sample.groundTruth();
    String text = stripTrailingTokens(sample.response(), config.trailingTokens());
    if (!config.thinkClose().isEmpty()) {
      int close = text.lastIndexOf(config.thinkClose());
      if (close >= 0) text = text.substring(close + config.thinkClose().length());
    }
    if (!config.thinkOpen().isEmpty()) {
      int open = text.indexOf(config.thinkOpen());
      if (open >= 0) {
        if (config.unclosedThink() == UnclosedThink.FALLBACK) {
          return RewardResult.guarded(Guard.UNCLOSED_THINK, gt.size(), config);
        }
        text = text.substring(0, open);
      }
    }
    // The format's own verifier may read the answer further (open-instruct strips it and drops <answer> tags).
    text = gt.extraction().apply(text);
    if (text.length() > config.maxResponseChars()) {
      return RewardResult.guarded(Guard.TOO_LONG, gt.size(), config);
    }
    Row row = new Row("", sample.prompt() == null ? "" : sample.prompt(), text, gt.instructionIds(), gt.kwargs());
    List<Evaluator.Built> built;
    try {
      built = gt.built(evaluator, row);
    } catch (ArgumentException e) {
      int at = Math.max(0, gt.instructionIds().indexOf(e.instructionId()));
      throw new RewardInputException("ground_truth.kwargs[" + at + "]", e.getMessage(), e);
    }
    RowVerdict verdict = evaluator.evaluate("", text, built, config.explain(), config.computesLoose());
    return RewardResult.judged(verdict.instructions(), sample, config);
  }

  /**
   * Checks what can be checked without judging: every instruction id is known, and a prompt is
   * there when an instruction repeats it. Cheap; the server runs it while reading a request, so that
   * a bad batch is refused before any work.
   */
  public void validate(RewardSample sample) {
    Registry registry = evaluator.registry();
    List<String> ids = sample.groundTruth().instructionIds();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!registry.contains(id)) {
        throw new RewardInputException("ground_truth.instruction_id_list[" + i + "]", "unknown instruction id '"
            + id + "' in registry " + registry.name() + "; did you mean " + String.join(", ", registry.nearest(id, 3)) + "?");
      }
      ConstraintType type = registry.get(id);
      if (sample.prompt() == null && type.takesPrompt()) {
        throw new RewardInputException("prompt", "missing, and instruction " + id + " needs the prompt");
      }
    }
  }

  /** {@code s} without any of {@code tokens} at its end (removed repeatedly). */
  static String stripTrailingTokens(String s, List<String> tokens) {
    if (tokens.isEmpty()) return s;
    int end = s.length();
    boolean again = true;
    while (again && end > 0) {
      again = false;
      for (String t : tokens) {
        if (end >= t.length() && s.startsWith(t, end - t.length())) {
          end -= t.length();
          again = true;
        }
      }
    }
    return end == s.length() ? s : s.substring(0, end);
  }
}
