package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;

/** Building and checking the count:* and ratio:* constraints in tests. */
final class CountsAndRatiosTesting {
  private CountsAndRatiosTesting() {}

  static final TextTools TOOLS = new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../../shared"), "resources")));

  static TextView view(String text) {
    return new TextView(text, TOOLS);
  }

  static Constraint build(ConstraintType type, Map<String, ?> args) {
    return type.create(Args.of(type.id(), args));
  }

  static BuildContext context(ConstraintType type, Map<String, ?> args) {
    return new BuildContext(Args.of(type.id(), args), BuildContext.DEFAULT_FILL_SEED);
  }

  static boolean followed(Constraint c, String text) {
    return c.check(view(text)).isFollowed();
  }

  static String reason(Constraint c, String text) {
    return c.check(view(text)).reason();
  }
}
