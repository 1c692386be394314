package dev.if4j.constraints.iffunctions;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Collections;
import java.util.Map;

/**
 * One RLVR-IFeval ground truth, bound: a function of {@code if_functions.py} and its (non-null)
 * arguments. As a {@link Constraint} it checks the answer it is given; removing the think section
 * first is {@link IfFunctions}' job, as it is the verifier's in the reference.
 */
public final class IfFunctionCall implements Constraint {
  private final IfFunction function;
  private final Map<String, Object> args;

  IfFunctionCall(IfFunction function, Map<String, Object> args) {
    this.function = function;
    this.args = Collections.unmodifiableMap(args);
  }

  public IfFunction function() {
    return function;
  }

  /** The {@code func_name}. */
  @Override
  public String id() {
    return function.funcName();
  }

  /**
   * The call in Python syntax, e.g. {@code validate_word_constraint(text, N=300, quantifier='at
   * least')}: the reference has no instruction wording for these functions.
   */
  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder(function.funcName()).append("(text");
    args.forEach((k, v) -> sb.append(", ").append(k).append('=').append(PyValues.repr(v)));
    return sb.append(')').toString();
  }

  @Override
  public Map<String, Object> args() {
    return args;
  }

  /**
   * The function's verdict on {@code answer}; where the reference raises, "not followed" with the
   * exception named ("the reference raises IndexError: ...").
   */
  @Override
  public Verdict check(TextView answer) {
    try {
      return function.apply(answer, args);
    } catch (ReferenceRaises e) {
      return Verdict.notFollowed(() -> "the reference raises " + e.getMessage());
    }
  }

  /** Like {@link #check} but lets the reference's exception through, for callers that count them. */
  Verdict checkOrRaise(TextView answer) {
    return function.apply(answer, args);
  }

  @Override
  public String toString() {
    return describe();
  }
}
