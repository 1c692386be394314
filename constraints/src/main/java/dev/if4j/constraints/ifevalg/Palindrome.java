package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code keywords:palindrome}: some whitespace-separated word reads the same backwards, exactly
 * (case and punctuation included). Any one-character word, such as "a" or "I" or "-", is one.
 */
public final class Palindrome implements Constraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("keywords:palindrome").factory(Palindrome::new);

  Palindrome(BuildContext ctx) {}

  @Override
  public String id() {
    return TYPE.id();
  }

  @Override
  public String describe() {
    return "Include a palindrome in your response.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of();
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
