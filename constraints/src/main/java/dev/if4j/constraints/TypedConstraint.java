package dev.if4j.constraints;

import java.util.Map;
import java.util.Objects;

/**
 * The base of an instruction class: one class per instruction, declaring its {@code TYPE} constant
 * and handing it to this constructor, so the id is stated once, in the declaration.
 *
 * <pre>{@code
 * public final class NoComma extends TypedConstraint {
 *   public static final ConstraintType TYPE =
 *       ConstraintType.define("punctuation:no_comma").factory(NoComma::new);
 *
 *   NoComma(BuildContext ctx) {
 *     super(TYPE);
 *   }
 *   // describe(), check(); args() too when TYPE declares arguments
 * }
 * }</pre>
 *
 * <p>Nearly half the instructions take no argument, so {@link #args()} answers the reference's
 * empty dict unless overridden. A class whose type declares arguments must override it (a test
 * walks every registry to make sure none forgets).
 */
public abstract class TypedConstraint implements Constraint {
  private final ConstraintType type;

  protected TypedConstraint(ConstraintType type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  @Override
  public final String id() {
    return type.id();
  }

  /** No arguments: what the reference's {@code get_instruction_args} returns for such instructions. */
  @Override
  public Map<String, Object> args() {
    return Map.of();
  }
}
