package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.function.Supplier;

/**
 * {@code change_case:english_capital}: the response is {@code isupper()} (it has cased letters and
 * none of them is lower or title case) and langdetect says English. As in the reference, the
 * language is only asked about an upper-case text, and a text langdetect cannot judge counts as
 * followed.
 */
public final class EnglishCapital extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("change_case:english_capital").factory(EnglishCapital::new);

  EnglishCapital(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Your entire response should be in English, and in all capital letters.";
  }

  @Override
  public Verdict check(TextView response) {
    return judge(response.text(), () -> response.get(Counts.LANGUAGE));
  }

  static Verdict judge(String text, Supplier<LanguageGuess> language) {
    if (!Py.isUpper(text)) {
      return Verdict.notFollowed(() -> "not all letters are capitals");
    }
    return english(language.get(), "in capitals");
  }

  /** The English test shared by both case instructions, once the case test has passed. */
  static Verdict english(LanguageGuess guess, String casePart) {
    if (!guess.isDetected()) {
      return Verdict.followed(() -> casePart + "; language not detectable (" + guess.failure()
          + "), counted as followed, as the reference does");
    }
    return Verdict.of(guess.is("en"),
        () -> casePart + ", detected language '" + guess.language() + "', expected 'en'");
  }
}
