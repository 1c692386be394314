package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A checker registered under its language's prefix ({@code en:keywords:existence}): M-IFEval and
 * lm-eval name every id with it, and reuse Google's checker unchanged wherever their copy is.
 */
public final class LanguagePrefix {
  private LanguagePrefix() {}

  /** {@code base} under the id {@code prefix + base.id()}, its arguments and checker unchanged. */
  public static ConstraintType of(String prefix, ConstraintType base) {
    ConstraintType.Builder b = ConstraintType.define(prefix + base.id());
    for (ArgSpec a : base.args()) b.arg(a);
    String id = prefix + base.id();
    return b.factory(ctx -> {
      Constraint built = base.create(ctx);
      return new Renamed(id, built, built.describe());
    });
  }

  /**
   * {@code base} under the prefix, described by {@code describe} from its effective arguments (the
   * copy words its instructions in its own language).
   */
  public static ConstraintType described(String prefix, ConstraintType base,
      Function<Map<String, Object>, String> describe) {
    ConstraintType.Builder b = ConstraintType.define(prefix + base.id());
    for (ArgSpec a : base.args()) b.arg(a);
    String id = prefix + base.id();
    return b.factory(ctx -> {
      Constraint built = base.create(ctx);
      return new Renamed(id, built, describe.apply(built.args()));
    });
  }

  /** Each of {@code bases} under the prefix. */
  public static List<ConstraintType> all(String prefix, List<ConstraintType> bases) {
    return bases.stream().map(t -> of(prefix, t)).toList();
  }

  /** A built checker reporting another id. */
  private record Renamed(String id, Constraint delegate, String description) implements Constraint {
    @Override
    public String describe() {
      return description;
    }

    @Override
    public Map<String, Object> args() {
      return delegate.args();
    }

    @Override
    public Verdict check(TextView response) {
      return delegate.check(response);
    }
  }
}
