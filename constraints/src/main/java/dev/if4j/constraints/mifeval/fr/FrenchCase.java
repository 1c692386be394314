package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.text.Analysis;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code change_case:french_capital} and {@code change_case:french_lowercase}: the response is
 * {@code isupper()} (or {@code islower()}) and langdetect says French; undetectable text counts as
 * followed. Upstream asks langdetect about the lower-cased text for the capitals ("otherwise
 * detection outputs german for French Caps text") and about the text as is for the lower case.
 */
public final class FrenchCase extends TypedConstraint {
  public static final ConstraintType CAPITAL =
      ConstraintType.define("fr:change_case:french_capital").factory(ctx -> new FrenchCase(ctx, true));
  public static final ConstraintType LOWERCASE =
      ConstraintType.define("fr:change_case:french_lowercase").factory(ctx -> new FrenchCase(ctx, false));

  /** langdetect's guess for {@code text.lower()}. */
  private static final Analysis<LanguageGuess> LOWERED_LANGUAGE =
      Analysis.of("mifeval.fr.loweredLanguage", v -> LanguageGuess.detect(v, Py.lower(v.text())));

  private final boolean capitals;

  private FrenchCase(BuildContext ctx, boolean capitals) {
    super(capitals ? CAPITAL : LOWERCASE);
    this.capitals = capitals;
  }

  @Override
  public String describe() {
    return capitals
        ? "Votre réponse doit être entièrement en français et en majuscules. Les minuscules ne sont pas autorisées."
        : "Votre réponse doit être entièrement rédigée en français et en minuscules. Les majuscules ne sont pas autorisées.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    if (capitals ? !Py.isUpper(text) : !Py.isLower(text)) {
      return Verdict.notFollowed(() -> capitals ? "not all letters are capitals" : "not all letters are lower case");
    }
    LanguageGuess guess = response.get(capitals ? LOWERED_LANGUAGE : Counts.LANGUAGE);
    String casePart = capitals ? "in capitals" : "in lower case";
    if (!guess.isDetected()) {
      return Verdict.followed(() -> casePart + "; language not detectable (" + guess.failure()
          + "), counted as followed, as the reference does");
    }
    return Verdict.of(guess.is("fr"),
        () -> casePart + ", detected language '" + guess.language() + "', expected 'fr'");
  }
}
