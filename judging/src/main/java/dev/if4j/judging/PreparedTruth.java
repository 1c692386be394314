package dev.if4j.judging;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.groundtruth.CheckerMapper;
import dev.if4j.constraints.groundtruth.GroundTruth;
import java.util.List;
import java.util.Objects;

/**
 * A ground truth with what judging it made once: its constraints (built per evaluator and prompt)
 * and its checkers' mapping to registry instructions (per mapper). GRPO scores a group of responses
 * (16, say) against one ground truth, and constraints are immutable, so a group that shares this
 * object builds them once. Thread-safe: a race builds twice and keeps either.
 */
public final class PreparedTruth {
  private final GroundTruth truth;
  private volatile BuiltFor built;
  private volatile RuleChecks.Mapping mapping;

  private record BuiltFor(Evaluator evaluator, String prompt, List<Evaluator.Built> built) {}

  public PreparedTruth(GroundTruth truth) {
    this.truth = Objects.requireNonNull(truth);
  }

  public GroundTruth truth() {
    return truth;
  }

  /** The constraints of {@code row} (made from this ground truth), built once per evaluator and prompt. */
  public List<Evaluator.Built> built(Evaluator evaluator, Row row) {
    BuiltFor c = built;
    if (c != null && c.evaluator == evaluator && c.prompt.equals(row.prompt())) return c.built;
    List<Evaluator.Built> made = evaluator.build(row);
    built = new BuiltFor(evaluator, row.prompt(), made);
    return made;
  }

  /** The registry instructions this ground truth's {@code [rule]} checkers state through {@code mapper}. */
  RuleChecks.Mapping mapping(CheckerMapper mapper) {
    RuleChecks.Mapping known = mapping;
    if (known != null && known.mapper() == mapper) return known;
    List<GroundTruth.Checker> checkers = truth instanceof GroundTruth.Checkers ch ? ch.checkers() : List.of();
    RuleChecks.Mapping made = RuleChecks.map(checkers, mapper);
    mapping = made;
    return made;
  }

  @Override
  public String toString() {
    return truth.toString();
  }
}
