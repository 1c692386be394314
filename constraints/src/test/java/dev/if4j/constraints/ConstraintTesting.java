package dev.if4j.constraints;

import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;

/**
 * Building and checking constraints in tests. Each registry's tests reach these through their
 * package's helper ({@code IfEvalTesting}, {@code TrainingTesting}...), which extends this class
 * and adds only what its tests say differently; one {@link TextTools} serves them all.
 */
public class ConstraintTesting {
  protected ConstraintTesting() {}

  /** The language data of the shared directory (never bundled, never fetched in tests). */
  public static final TextTools TOOLS = new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../../shared"), "resources")));

  public static TextView view(String text) {
    return new TextView(text, TOOLS);
  }

  public static Constraint build(ConstraintType type) {
    return build(type, Map.of());
  }

  public static Constraint build(ConstraintType type, Map<String, ?> args) {
    return type.create(Args.of(type.id(), args));
  }

  /** Builds in a context the test can inspect afterwards (reference-random or not). */
  public static Constraint build(ConstraintType type, BuildContext ctx) {
    return type.create(ctx);
  }

  /** A context to build in, to see afterwards whether building drew at random. */
  public static BuildContext context(ConstraintType type, Map<String, ?> args) {
    return new BuildContext(Args.of(type.id(), args), BuildContext.DEFAULT_FILL_SEED);
  }

  public static Verdict verdict(Constraint c, String text) {
    return c.check(view(text));
  }

  public static boolean followed(Constraint c, String text) {
    return verdict(c, text).isFollowed();
  }

  public static String reason(Constraint c, String text) {
    return verdict(c, text).reason();
  }
}
