package dev.if4j.data.rollouts;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Stamp;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.data.Task;
import dev.if4j.judging.Judge;
import dev.if4j.judging.PreparedTruth;
import dev.if4j.judging.Verification;
import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores responses against their task with the judging core: per instruction followed or not
 * (strict, or loose), the fraction followed (open-instruct's IFEval reward) and whether all were
 * followed (a pass).
 */
public final class Scorer {
  /** One response's score. */
  public record Score(boolean[] followed, double fraction, boolean all) {}

  private final Judge judge;
  private final boolean loose;

  public Scorer(Evaluator evaluator, boolean loose) {
    this.judge = new Judge(evaluator, Verification.registryOnly());
    this.loose = loose;
  }

  /**
   * What the scores are computed with (version, registry, fixes, language data read so far): made
   * after scoring, it goes next to them in every output that keeps them.
   */
  public Stamp stamp() {
    return Stamp.of(judge.evaluator().registry(), judge.evaluator().tools().store());
  }

  /** The scores of {@code r}'s responses, in order; the instructions are built once. */
  public List<Score> score(Rollout r) {
    Task t = r.task();
    PreparedTruth truth = new PreparedTruth(new GroundTruth.Instructions(GroundTruthFormat.IFEVAL, t.instructionIds(),
        arguments(t)));
    List<Score> out = new ArrayList<>(r.responses().size());
    try {
      judge.prepare(truth, t.keyText(), t.prompt());
      for (String response : r.responses()) {
        out.add(score(judge.judge(truth, t.keyText(), t.prompt(), response, false, loose).rules()));
      }
    } catch (InputProblemException e) {
      throw r.line().bad(e.problem());
    }
    return out;
  }

  private static List<Args> arguments(Task t) {
    List<Args> args = new ArrayList<>(t.kwargs().size());
    for (int i = 0; i < t.kwargs().size(); i++) args.add(Args.of(t.instructionIds().get(i), t.kwargs().get(i)));
    return args;
  }

  private Score score(List<InstructionVerdict> verdicts) {
    boolean[] followed = new boolean[verdicts.size()];
    int n = 0;
    for (int i = 0; i < followed.length; i++) {
      InstructionVerdict iv = verdicts.get(i);
      followed[i] = loose ? iv.loose() : iv.strict();
      if (followed[i]) n++;
    }
    // No instruction: nothing to fail (a full score), as the reference's mean over none would not say.
    double fraction = followed.length == 0 ? 1.0 : n / (double) followed.length;
    return new Score(followed, fraction, n == followed.length);
  }
}
