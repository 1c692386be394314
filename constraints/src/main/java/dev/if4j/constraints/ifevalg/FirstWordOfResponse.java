package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code first_word:first_word_answer}: the response's first whitespace-separated token is the
 * word, ignoring case (punctuation included: "Yes," is not "yes").
 */
public final class FirstWordOfResponse extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("first_word:first_word_answer")
      .string("first_word", "the word the response must start with")
      .factory(FirstWordOfResponse::new);

  private final String word;
  private final String lower;

  FirstWordOfResponse(BuildContext ctx) {
    super(TYPE);
    this.word = IfEvalArgs.keywordOrDraw(ctx, "first_word");
    this.lower = Py.lower(word);
  }

  @Override
  public String describe() {
    return "The first word of your response should be the word " + word + ".";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("first_word", word);
  }

  @Override
  public Verdict check(TextView response) {
    List<String> words = response.get(TrainingTexts.WORDS);
    if (words.isEmpty()) return Verdict.notFollowed(() -> "the response has no words");
    return WordEdge.FIRST.response(words, word, lower);
  }
}
