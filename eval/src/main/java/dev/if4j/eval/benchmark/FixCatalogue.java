package dev.if4j.eval.benchmark;

import dev.if4j.constraints.fixes.Fix;
import dev.if4j.constraints.fixes.Fixes;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Every fix described: what the reference does, what the fix does, why, where the defect is known
 * from, and an example whose verdict it changes ({@code if4j fixes list}); as text, or as the
 * Markdown table of docs/fixes.md.
 */
public final class FixCatalogue {
  private FixCatalogue() {}

  /** One block per fix, for a terminal. */
  public static String text() {
    StringBuilder b = new StringBuilder();
    for (Fix f : Fixes.all()) {
      Fix.Example e = f.example();
      line(b, f.id() + " (" + f.kind().name().toLowerCase(Locale.ROOT) + "; " + String.join(", ", f.registries()) + ")");
      line(b, "  checkers:  " + String.join(", ", f.checkers()));
      line(b, "  reference: " + f.reference());
      line(b, "  fixed:     " + f.fixed());
      line(b, "  why:       " + f.rationale());
      line(b, "  known from: " + f.source());
      line(b, "  example:   " + e.instructionId() + " " + new TreeMap<>(e.kwargs()) + " on " + json(shortened(e))
          + ": " + word(e.faithful()) + " -> " + word(e.withFix()));
      line(b, "");
    }
    return b.toString();
  }

  /** The table of docs/fixes.md, then each fix's example. */
  public static String markdown() {
    StringBuilder b = new StringBuilder();
    line(b, "| fix | checkers | registries | reference behaviour | fixed behaviour | why | known from |");
    line(b, "|---|---|---|---|---|---|---|");
    for (Fix f : Fixes.all()) {
      line(b, "| `" + f.id() + "` | " + String.join(", ", f.checkers().stream().map(c -> "`" + c + "`").toList())
          + " | " + String.join(", ", f.registries()) + " | " + cell(f.reference()) + " | " + cell(f.fixed())
          + " | " + cell(f.rationale()) + " | " + cell(f.source()) + " |");
    }
    line(b, "");
    line(b, "Examples (strict verdict of the one instruction; faithful → with the fix alone):");
    line(b, "");
    for (Fix f : Fixes.all()) {
      Fix.Example e = f.example();
      line(b, "- `" + f.id() + "`: " + e.registry() + " `" + e.instructionId() + "` " + new TreeMap<>(e.kwargs())
          + " on " + json(shortened(e)) + ": " + word(e.faithful()) + " → " + word(e.withFix()));
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String s) {
    b.append(s).append(System.lineSeparator());
  }

  /** The example's response, cut to 90 characters. */
  private static String shortened(Fix.Example e) {
    return e.response().length() > 90 ? e.response().substring(0, 87) + "..." : e.response();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String word(Fix.Outcome o) {
    return switch (o) {
      case FOLLOWED -> "followed";
      case NOT_FOLLOWED -> "not followed";
      case RANDOM -> "drawn at random";
      case ARGUMENT_ERROR -> "argument error";
    };
  }
}
