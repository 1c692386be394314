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
 * {@code last_word:last_word_answer}: the response's last whitespace-separated token, with
 * everything but word characters removed, is the word, ignoring case ("end." reads "end").
 */
public final class LastWordOfResponse extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("last_word:last_word_answer")
      .string("last_word", "the word the response must end with")
      .factory(LastWordOfResponse::new);

  private final String word;
  private final String lower;

  LastWordOfResponse(BuildContext ctx) {
    super(TYPE);
    this.word = IfEvalArgs.keywordOrDraw(ctx, "last_word");
    this.lower = Py.lower(word);
  }

  @Override
  public String describe() {
    return "The last word of your response should be the word " + word + ".";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("last_word", word);
  }

  @Override
  public Verdict check(TextView response) {
    List<String> words = response.get(TrainingTexts.WORDS);
    if (words.isEmpty()) {
      return Verdict.notFollowed(() -> "the response has no words (the reference raises IndexError)");
    }
    return WordEdge.LAST.response(words, word, lower);
  }
}
