package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;

/** Building and asking the format checkers in tests (they need no language data). */
final class FormatChecks {
  private FormatChecks() {}

  static final TextTools TOOLS = new TextTools(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared", "../shared"), "resources")));

  static Constraint build(ConstraintType type, Map<String, ?> args) {
    return type.create(Args.of(type.id(), args));
  }

  /** Builds in a context, to see whether building drew at random. */
  static BuildContext context(ConstraintType type, Map<String, ?> args) {
    return new BuildContext(Args.of(type.id(), args), BuildContext.DEFAULT_FILL_SEED);
  }

  static Verdict verdict(Constraint c, String text) {
    return c.check(new TextView(text, TOOLS));
  }

  static boolean follows(Constraint c, String text) {
    return verdict(c, text).isFollowed();
  }
}
