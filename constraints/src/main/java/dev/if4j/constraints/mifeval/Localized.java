package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Google IFEval checker that an M-IFEval language module copied unchanged but for its id prefix
 * ({@code fr:}, {@code ja:}) and its relation words: the Google class judges, with the language's
 * relation words translated to Google's on the way in and back on the way out.
 *
 * <p>The description is the module's own pattern, filled from the arguments (no verdict depends
 * on it); a missing argument is drawn from Google's pools (keywords, end phrases...), not the
 * language's: such rows are reference-random either way.
 */
public final class Localized implements Constraint {
  private final String id;
  private final Constraint google;
  private final RelationWords words;
  private final Description description;

  private Localized(String id, Constraint google, RelationWords words, Description description) {
    this.id = id;
    this.google = google;
    this.words = words;
    this.description = description;
  }

  /**
   * Google's {@code type} under {@code prefix} (e.g. {@code "fr:"}), comparing with {@code words} and
   * described with the module's own {@code description} pattern.
   */
  public static ConstraintType of(String prefix, ConstraintType type, RelationWords words, String description) {
    Description d = new Description(description);
    String id = prefix + type.id();
    ConstraintType.Builder b = ConstraintType.define(id);
    for (ArgSpec spec : type.args()) {
      b.arg(RelationWords.KEYS.contains(spec.name())
          ? new ArgSpec(spec.name(), spec.type(), words.doc())
          : spec);
    }
    return b.factory(ctx -> new Localized(id, type.create(ctx.withArgs(toGoogle(ctx, type.id(), words))), words, d));
  }

  /** The arguments with each relation word replaced by Google's; an unknown word raises, as upstream. */
  private static Args toGoogle(BuildContext ctx, String googleId, RelationWords words) {
    Args args = ctx.args();
    Args out = args.forInstruction(googleId);
    for (String key : RelationWords.KEYS) {
      if (!args.has(key) || !(args.raw(key) instanceof String local)) continue;
      String google = words.toGoogle(local);
      if (google == null) {
        throw args.invalid(key, words.refusal(local));
      }
      out = out.with(key, google);
    }
    return out;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String describe() {
    return description.fill(args());
  }

  @Override
  public Map<String, Object> args() {
    Map<String, Object> out = new LinkedHashMap<>(google.args());
    out.replaceAll((k, v) -> RelationWords.KEYS.contains(k) && v instanceof String s ? words.fromGoogle(s) : v);
    return out;
  }

  @Override
  public Verdict check(TextView response) {
    return google.check(response);
  }
}
