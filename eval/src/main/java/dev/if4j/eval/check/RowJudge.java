package dev.if4j.eval.check;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.eval.io.BadInputException;
import dev.if4j.eval.io.RowParser;
import java.util.List;
import java.util.Objects;

/**
 * Judges parsed rows with an {@link Evaluator}, turning what is wrong with a row's instructions
 * (an unknown id, an invalid argument, a prompt-repeating instruction without a prompt) into {@link
 * BadInputException}s that name the file, the line and the field. Thread-safe.
 */
public final class RowJudge {
  private final Evaluator evaluator;

  public RowJudge(Evaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator);
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /** The verdicts of {@code parsed}, a row of {@code source}. */
  public RowVerdict judge(String source, RowParser.Parsed parsed, boolean explain) {
    Row row = parsed.row();
    Registry registry = evaluator.registry();
    List<String> ids = row.instructionIds();
    for (int i = 0; i < ids.size(); i++) {
      ConstraintType type;
      try {
        type = registry.get(ids.get(i));
      } catch (UnknownInstructionException e) {
        throw new BadInputException(source, parsed.line(), "instruction_id_list[" + i + "]", e.getMessage(), e);
      }
      if (!parsed.hasPrompt() && type.takesPrompt()) {
        throw new BadInputException(source, parsed.line(), "prompt",
            "missing, and instruction " + type.id() + " needs the row's prompt");
      }
    }
    List<Evaluator.Built> built;
    try {
      built = evaluator.build(row);
    } catch (ArgumentException e) {
      int at = Math.max(0, ids.indexOf(e.instructionId()));
      throw new BadInputException(source, parsed.line(), "kwargs[" + at + "]", e.getMessage(), e);
    }
    return evaluator.evaluate(row.id(), row.response(), built, explain);
  }
}
