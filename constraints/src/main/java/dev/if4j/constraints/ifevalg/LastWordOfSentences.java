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
 * {@code last_word:last_word_sent}: every sentence (rule-based split) ends with the word, ignoring
 * case, once everything but word characters is removed from the sentence's last
 * whitespace-separated token ("cat." and "c-a-t" both read "cat"). An empty sentence fails.
 *
 * <p>The word may be given as a list, whose first item is used, as the reference does. It is
 * compared as given: a word with punctuation can never match.
 */
public final class LastWordOfSentences extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("last_word:last_word_sent")
      .arg(new ArgSpec("last_word", ArgType.ANY, "the word every sentence must end with (a string, or a list whose first item is used)"))
      .factory(LastWordOfSentences::new);

  private final String word;
  private final String lower;

  LastWordOfSentences(BuildContext ctx) {
    super(TYPE);
    this.word = TrainingArgs.wordOrFirstOfList(ctx, "last_word");
    this.lower = Py.lower(word);
  }

  @Override
  public String describe() {
    return "The last word of each sentence, before punctuation, should be the word " + word + ".";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("last_word", word);
  }

  @Override
  public Verdict check(TextView response) {
    return WordEdge.LAST.everySentence(response, word, lower);
  }
}
