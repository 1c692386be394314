package dev.if4j.constraints.fixes;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintTesting;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import java.util.Map;
import java.util.Set;

/** Judging one instruction with and without a fix, in the tests of the fixed behaviours. */
public final class FixTesting {
  private FixTesting() {}

  public static final TextTools TOOLS = ConstraintTesting.TOOLS;

  /** The strict verdict of {@code type} built with {@code args} and the fixes {@code fixes}. */
  public static boolean follows(ConstraintType type, Map<String, ?> args, String response, String... fixes) {
    BuildContext ctx = new BuildContext(Args.of(type.id(), args), BuildContext.DEFAULT_FILL_SEED, Set.of(fixes));
    return type.create(ctx).check(new TextView(response, TOOLS)).isFollowed();
  }

  /** The reason of that verdict. */
  public static String reason(ConstraintType type, Map<String, ?> args, String response, String... fixes) {
    BuildContext ctx = new BuildContext(Args.of(type.id(), args), BuildContext.DEFAULT_FILL_SEED, Set.of(fixes));
    return type.create(ctx).check(new TextView(response, TOOLS)).reason();
  }
}
