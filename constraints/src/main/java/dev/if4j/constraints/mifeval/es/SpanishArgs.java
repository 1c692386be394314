package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ReferenceBuildRaises;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.constraints.ifeval.ResponseLanguage;
import dev.if4j.constraints.mifeval.LanguagePrefix;
import dev.if4j.constraints.mifeval.LocalRelation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Google's checkers with an argument the Spanish family added or requires. */
final class SpanishArgs {
  private SpanishArgs() {}

  /** What synthesis draws a required language from: the dialect's own first, then its neighbours. */
  private static final List<String> SYNTHESIS_LANGUAGES =
      List.of("es", "ca", "en", "fr", "pt", "it", "de");

  /**
   * Google's {@code base} (placeholders, highlighted sections), plus a {@code relation} argument
   * that is read, drawn when absent and validated, and then ignored, as the reference's check
   * ignores it ("always at least for the moment").
   */
  static ConstraintType withUnusedRelation(SpanishDialect d, ConstraintType base) {
    ConstraintType.Builder b = d.define(base.id());
    for (ArgSpec a : base.args()) b.arg(a);
    b.string("relation", SpanishCounts.relationDoc(d) + "; read but not used: always at least");
    ConstraintType prefixed = LanguagePrefix.of(d.prefix(), base);
    return b.factory(ctx -> {
      Map<String, Object> rest = new LinkedHashMap<>(ctx.args().asMap());
      rest.remove("relation");
      Constraint inner = prefixed.create(ctx.withArgs(Args.of(ctx.instructionId(), rest)));
      LocalRelation c = d.relations().from(ctx, "relation");
      Map<String, Object> args = new LinkedHashMap<>(inner.args());
      args.put("relation", c.words());
      return new SpanishFormats.Simple(d, ctx, SpanishDescriptions.of(base.id()).apply(args),
          Map.copyOf(args), inner::check);
    });
  }

  /**
   * {@code language:response_language} of lm-eval: the language must be given ({@code assert}, so
   * a missing one is the reference raising), named by any ISO 639-1 code; langdetect must agree
   * (a text it cannot judge counts as followed).
   */
  static ConstraintType requiredResponseLanguage(SpanishDialect d) {
    return d.define("language:response_language")
        .string("language", "ISO 639-1 code of the required language (required)")
        .factory(ctx -> {
          String given = ctx.args().string("language");
          if (given == null && ctx.synthesis()) given = ctx.choice(SYNTHESIS_LANGUAGES);
          String language = given;
          if (language == null) {
            return ReferenceBuildRaises.of(ctx, "AssertionError (lm-eval requires the language argument)");
          }
          // lm-eval names the language with python-iso639; Google's table covers the common ones.
          String name = ResponseLanguage.LANGUAGES.getOrDefault(language, language);
          return new SpanishFormats.Simple(d, ctx, "Tu respuesta debe estar COMPLETAMENTE en "
              + name + ", ning\u00FAn otro idioma est\u00E1 permitido.", Map.of("language", language), v -> {
                LanguageGuess g = v.get(Counts.LANGUAGE);
                if (!g.isDetected()) {
                  return Verdict.followed(() -> "language not detectable (" + g.failure()
                      + "), counted as followed, as the reference does");
                }
                return Verdict.of(g.is(language),
                    () -> "detected language '" + g.language() + "', expected '" + language + "'");
              });
        });
  }

}
