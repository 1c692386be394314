package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code count:count_unique}: no NLTK token ({@code word_tokenize}) occurs twice. Tokens are
 * compared exactly (case matters, and so does punctuation: two full stops are a repeat).
 */
public final class UniqueWords implements Constraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("count:count_unique").factory(UniqueWords::new);

  UniqueWords(BuildContext ctx) {}

  @Override
  public String id() {
    return TYPE.id();
  }

  @Override
  public String describe() {
    return "Only use unique words in your response, no word should be repeated!";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of();
  }

  @Override
  public Verdict check(TextView response) {
    List<String> tokens = response.get(TrainingTexts.WORD_TOKENS);
    Set<String> seen = new HashSet<>(tokens.size() * 2);
    for (String token : tokens) {
      if (!seen.add(token)) {
        return Verdict.notFollowed(() -> "the word " + TrainingTexts.quote(token) + " is repeated");
      }
    }
    return Verdict.followed(() -> "all " + tokens.size() + " words are unique");
  }
}
