package dev.if4j.constraints.versions;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Ways to state what an upstream version changed in one checker without a class of its own: the
 * same checker on a different view of the text (another sentence split), or the same checker where
 * the version raised on some texts.
 */
public final class Overrides {
  private Overrides() {}

  /** A type with {@code base}'s id and arguments, built by {@code factory}. */
  public static ConstraintType sameArgs(ConstraintType base, ConstraintType.Factory factory) {
    ConstraintType.Builder b = ConstraintType.define(base.id());
    for (ArgSpec a : base.args()) b.arg(a);
    return b.factory(factory);
  }

  /** {@code base}'s checker, judging each text through {@code view} (e.g. another sentence split). */
  public static ConstraintType onView(ConstraintType base, UnaryOperator<TextView> view) {
    return sameArgs(base, ctx -> new Delegating(base.create(ctx)) {
      @Override
      public Verdict check(TextView response) {
        return delegate.check(view.apply(response));
      }
    });
  }

  /**
   * {@code base}'s checker, except on the texts where {@code raises} holds: there the version's
   * checker raised {@code exception} (a crash later versions guard against).
   */
  public static ConstraintType raisingWhen(ConstraintType base, Predicate<TextView> raises,
      String exception) {
    return sameArgs(base, ctx -> new Delegating(base.create(ctx)) {
      @Override
      public Verdict check(TextView response) {
        return raises.test(response) ? Verdict.referenceRaises(exception) : delegate.check(response);
      }
    });
  }

  /** How a version checks: from the built constraint's effective arguments and the text. */
  @FunctionalInterface
  public interface Check {
    Verdict check(Map<String, Object> args, TextView response);
  }

  /** {@code base}'s arguments (drawn as it draws them), checked by {@code check}. */
  public static ConstraintType checking(ConstraintType base, Check check) {
    return sameArgs(base, ctx -> new Delegating(base.create(ctx)) {
      @Override
      public Verdict check(TextView response) {
        return check.check(delegate.args(), response);
      }
    });
  }

  /** A constraint that is another one but for its check. */
  private abstract static class Delegating implements Constraint {
    final Constraint delegate;

    Delegating(Constraint delegate) {
      this.delegate = delegate;
    }

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public String describe() {
      return delegate.describe();
    }

    @Override
    public Map<String, Object> args() {
      return delegate.args();
    }
  }
}
