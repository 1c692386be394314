package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code keywords:palindrome}: some whitespace-separated word reads the same backwards, exactly
 * (case and punctuation included). Any one-character word, such as "a" or "I" or "-", is one.
 */
public final class Palindrome extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("keywords:palindrome").factory(Palindrome::new);

  Palindrome(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Include a palindrome in your response.";
  }

  @Override
  public Verdict check(TextView response) {
    for (String word : response.get(TrainingTexts.WORDS)) {
      if (TrainingTexts.isPalindrome(word)) {
        return Verdict.followed(() -> "found the palindrome " + TrainingTexts.quote(word));
      }
    }
    return Verdict.notFollowed(() -> "no word is a palindrome");
  }
}
