package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;

/** Building and checking IFEval constraints in tests. */
final class IfEvalTesting {
  private IfEvalTesting() {}

  static final TextTools TOOLS = new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../../shared"), "resources")));

  static TextView view(String text) {
    return new TextView(text, TOOLS);
  }

  static Constraint build(ConstraintType type, Map<String, ?> args) {
    return type.create(Args.of(type.id(), args));
  }

  /** Builds in a context the test can inspect afterwards (reference-random or not). */
  static Constraint build(ConstraintType type, BuildContext ctx) {
    return type.create(ctx);
  }

  static BuildContext context(ConstraintType type, Map<String, ?> args) {
    return new BuildContext(Args.of(type.id(), args), BuildContext.DEFAULT_FILL_SEED);
  }

  static boolean followed(Constraint c, String text) {
    return c.check(view(text)).isFollowed();
  }
}
