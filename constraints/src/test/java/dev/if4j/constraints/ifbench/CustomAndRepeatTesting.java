package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;

/** Building and checking the {@code custom:*} and {@code repeat:*} constraints in tests. */
final class CustomAndRepeatTesting {
  private CustomAndRepeatTesting() {}

  static final TextTools TOOLS = new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../../shared"), "resources")));

  static Constraint build(ConstraintType type) {
    return build(type, Map.of());
  }

  static Constraint build(ConstraintType type, Map<String, ?> args) {
    return type.create(Args.of(type.id(), args));
  }

  static Verdict verdict(Constraint c, String text) {
    return c.check(new TextView(text, TOOLS));
  }

  static boolean follows(Constraint c, String text) {
    return verdict(c, text).isFollowed();
  }
}
