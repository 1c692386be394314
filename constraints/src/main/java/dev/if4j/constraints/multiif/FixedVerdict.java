package dev.if4j.constraints.multiif;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * A built instruction whose every check gives the same verdict, decided by its arguments alone (a
 * keyword the reference cannot compile).
 */
record FixedVerdict(Constraint built, Verdict verdict) implements Constraint {
  @Override
  public String id() {
    return built.id();
  }

  @Override
  public String describe() {
    return built.describe();
  }

  @Override
  public Map<String, Object> args() {
    return built.args();
  }

  @Override
  public Verdict check(TextView response) {
    return verdict;
  }
}
