package dev.if4j.constraints.ifbench;

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

/** Building and asking the IFBench {@code format:*} constraints in tests. */
final class FormatsTesting {
  private FormatsTesting() {}

  static final TextTools TOOLS = new TextTools(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared", "../shared"), "resources")));

  static Constraint build(ConstraintType type) {
    return build(type, Map.of());
  }

  static Constraint build(ConstraintType type, Map<String, ?> args) {
    return type.create(Args.of(type.id(), args));
  }

  /** A context to build in, to see afterwards whether building drew at random. */
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
