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
 * {@code change_case:english_lowercase}: the response is {@code islower()} (it has cased letters
 * and none of them is upper or title case) and langdetect says English. As in the reference, the
 * language is only asked about a lower-case text, and a text langdetect cannot judge counts as
 * followed.
 */
public final class EnglishLowercase extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("change_case:english_lowercase").factory(EnglishLowercase::new);

  EnglishLowercase(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Your entire response should be in English, and in all lowercase letters. "
        + "No capital letters are allowed.";
  }

  @Override
  public Verdict check(TextView response) {
    return judge(response.text(), () -> response.get(Counts.LANGUAGE));
  }

  static Verdict judge(String text, Supplier<LanguageGuess> language) {
    if (!Py.isLower(text)) {
      return Verdict.notFollowed(() -> "not all letters are lower case");
    }
    return EnglishCapital.english(language.get(), "all lower case");
  }
}
