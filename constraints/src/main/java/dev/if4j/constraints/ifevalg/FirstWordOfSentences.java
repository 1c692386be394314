package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code first_word:first_word_sent}: every sentence (rule-based split) starts with the word,
 * ignoring case; the first word is the sentence's first whitespace-separated token, punctuation
 * included ("Hello," is not "hello"). An empty sentence (as between "?!") fails.
 *
 * <p>The word may be given as a list, whose first item is used, as the reference does.
 */
public final class FirstWordOfSentences extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("first_word:first_word_sent")
      .arg(new ArgSpec("first_word", ArgType.ANY, "the word every sentence must start with (a string, or a list whose first item is used)"))
      .factory(FirstWordOfSentences::new);

  private final String word;
  private final String lower;

  FirstWordOfSentences(BuildContext ctx) {
    super(TYPE);
    this.word = TrainingArgs.wordOrFirstOfList(ctx, "first_word");
    this.lower = Py.lower(word);
  }

  @Override
  public String describe() {
    return "The first word of each sentence should be the word " + word + ".";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("first_word", word);
  }

  @Override
  public Verdict check(TextView response) {
    return WordEdge.FIRST.everySentence(response, word, lower);
  }
}
