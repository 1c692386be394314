package dev.if4j.reward;

import dev.if4j.constraints.InstructionVerdict;
import java.util.List;

/**
 * The reward of one sample, with the fields verl logs ({@code score} plus the accuracies and counts).
 *
 * @param score the reward: the mode's value times the scale, or the fallback for a guarded sample
 * @param rawScore the mode's value before the scale (the fallback for a guarded sample)
 * @param promptStrictAcc 1 when every instruction is followed strictly, else 0
 * @param instStrictAcc the fraction of instructions followed strictly
 * @param promptLooseAcc 1 when every instruction is followed loosely, else 0
 * @param instLooseAcc the fraction of instructions followed loosely
 * @param numInstructions how many instructions the sample has
 * @param numFollowed how many are followed strictly
 * @param numFollowedLoose how many are followed loosely
 * @param guard why the sample was not judged, or {@code null} when it was
 * @param verdicts per-instruction verdicts (empty for a guarded sample); reasons only with explain
 * @param explained whether the caller asked for the verdicts to be reported
 * @param hasLoose whether loose verdicts were computed (else the loose fields are 0 and not reported)
 */
public record RewardResult(double score, double rawScore, double promptStrictAcc, double instStrictAcc,
    double promptLooseAcc, double instLooseAcc, int numInstructions, int numFollowed,
    int numFollowedLoose, Guard guard, List<InstructionVerdict> verdicts, boolean explained, boolean hasLoose) {
  public RewardResult {
    verdicts = List.copyOf(verdicts);
  }

  /** A sample that was not judged: the fallback score, every accuracy 0. */
  public static RewardResult guarded(Guard guard, int numInstructions, RewardConfig config) {
    return new RewardResult(config.fallbackScore(), config.fallbackScore(), 0, 0, 0, 0, numInstructions,
        0, 0, guard, List.of(), config.explain(), config.computesLoose());
  }

  /** The result of judged verdicts under {@code config}. */
  static RewardResult judged(List<InstructionVerdict> verdicts, RewardSample sample, RewardConfig config) {
    int n = verdicts.size();
    boolean hasLoose = config.computesLoose();
    int strict = 0;
    int loose = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      InstructionVerdict v = verdicts.get(i);
      if (v.strict()) strict++;
      if (v.loose()) loose++;
      boolean followed = config.judging() == Judging.STRICT ? v.strict() : v.loose();
      if (followed) weighted += config.multiplier(v.instructionId()) * sample.weight(i);
    }
    int followed = config.judging() == Judging.STRICT ? strict : loose;
    double raw = switch (config.mode()) {
      case FRACTION -> (double) followed / n;
      case ALL -> followed == n ? 1.0 : 0.0;
      case WEIGHTED -> weighted;
    };
    if (!hasLoose) loose = 0;
    return new RewardResult(raw * config.scale(), raw, strict == n ? 1 : 0, (double) strict / n,
        hasLoose && loose == n ? 1 : 0, (double) loose / n, n, strict, loose, null, verdicts, config.explain(),
        hasLoose);
  }

  public boolean isGuarded() {
    return guard != null;
  }
}
