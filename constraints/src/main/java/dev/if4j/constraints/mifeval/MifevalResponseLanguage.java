package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code language:response_language} in an M-IFEval language: Google's check (langdetect's guess
 * equals the code; undetectable text counts as followed) over the module's own {@code
 * LANGUAGE_CODES}, which the code must be one of (upstream raises {@code KeyError} while wording the
 * description otherwise). The French module's table adds {@code zh}, which langdetect never answers.
 */
public final class MifevalResponseLanguage extends TypedConstraint {
  private final String language;
  private final String description;

  private MifevalResponseLanguage(ConstraintType type, BuildContext ctx, Map<String, String> names, Description pattern) {
    super(type);
    List<String> codes = List.copyOf(names.keySet());
    String given = ctx.args().string("language");
    if (given == null) given = ctx.choice(codes);
    if (!codes.contains(given)) {
      throw ctx.args().invalid("language", "KeyError in the reference: unknown language code; known: "
          + String.join(", ", codes));
    }
    this.language = given;
    this.description = pattern.fill(Map.of("language", names.get(given)));
  }

  /**
   * The instruction {@code id} over the module's {@code LANGUAGE_CODES} ({@code names}: code to the
   * name its description uses, in upstream's order), described with {@code pattern}.
   */
  public static ConstraintType type(String id, Map<String, String> names, String pattern) {
    Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    Description d = new Description(pattern);
    return ConstraintType.define(id)
        .arg(ArgSpec.string("language", "an ISO 639-1 code of the module's table"))
        .factoryOfType((type, ctx) -> new MifevalResponseLanguage(type, ctx, copy, d));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("language", language);
  }

  @Override
  public Verdict check(TextView response) {
    LanguageGuess guess = response.get(Counts.LANGUAGE);
    if (!guess.isDetected()) {
      return Verdict.followed(() -> "language not detectable (" + guess.failure()
          + "); counted as followed, as the reference does");
    }
    return Verdict.of(guess.is(language),
        () -> "detected '" + guess.language() + "', expected '" + language + "'");
  }
}
