package dev.if4j.data.rollouts;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.Stamp;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.data.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores responses against their task with the constraint engine: per instruction followed or
 * not (strict, or loose), the fraction followed (open-instruct's IFEval reward) and whether all
 * were followed (a pass).
 */
public final class Scorer {
  /** One response's score. */
  public record Score(boolean[] followed, double fraction, boolean all) {}

  private final Evaluator evaluator;
  private final boolean loose;

  public Scorer(Evaluator evaluator, boolean loose) {
    this.evaluator = evaluator;
    this.loose = loose;
  }

  /**
   * What the scores are computed with (version, registry, fixes, language data read so far): made
   * after scoring, it goes next to them in every output that keeps them.
   */
  public Stamp stamp() {
    return Stamp.of(evaluator.registry(), evaluator.tools().store());
  }

  /** The scores of {@code r}'s responses, in order; the instructions are built once. */
  public List<Score> score(Rollout r) {
    Task t = r.task();
    List<Args> args = new ArrayList<>();
    for (int i = 0; i < t.kwargs().size(); i++) args.add(Args.of(t.instructionIds().get(i), t.kwargs().get(i)));
    List<Evaluator.Built> built;
    try {
      built = evaluator.build(new Row(t.keyText(), t.prompt(), "", t.instructionIds(), args));
    } catch (UnknownInstructionException | ArgumentException e) {
      throw r.line().bad(e.getMessage());
    }
    List<Score> out = new ArrayList<>(r.responses().size());
    for (String response : r.responses()) {
      RowVerdict v = evaluator.evaluate(t.keyText(), response, built, false);
      boolean[] followed = new boolean[v.instructions().size()];
      int n = 0;
      for (int i = 0; i < followed.length; i++) {
        InstructionVerdict iv = v.instructions().get(i);
        followed[i] = loose ? iv.loose() : iv.strict();
        if (followed[i]) n++;
      }
      // No instruction: nothing to fail (a full score), as the reference's mean over none would not say.
      double fraction = followed.length == 0 ? 1.0 : n / (double) followed.length;
      out.add(new Score(followed, fraction, n == followed.length));
    }
    return out;
  }
}
