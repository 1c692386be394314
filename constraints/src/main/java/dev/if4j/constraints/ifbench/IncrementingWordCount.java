package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentences.PyInt;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code sentence:increment}: each Punkt sentence has exactly {@code small_n} more words than the
 * one before.
 *
 * <p>A sentence's words are its whitespace-separated pieces once ASCII punctuation is deleted (a
 * lone "-" is no word, "don't" is one). A missing or negative {@code small_n} is drawn from 1..5 as
 * the reference draws it; 0 asks for equal counts. A response with no sentence at all (the
 * reference raises IndexError there) does not follow; Punkt finds a sentence in every non-blank
 * text, so this cannot happen to a response that reaches the check.
 */
public final class IncrementingWordCount extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("sentence:increment")
      .integer("small_n", "how many more words each sentence has than the previous one")
      .factory(IncrementingWordCount::new);

  private final PyInt increment;

  IncrementingWordCount(BuildContext ctx) {
    super(TYPE);
    this.increment = PyInt.givenOrDraw(ctx, "small_n", 1, 5);
  }

  @Override
  public String describe() {
    return "Each sentence must contain exactly " + increment + " more words than the previous one.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("small_n", increment.arg());
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(WordsAndSentencesTexts.SENTENCES);
    if (sentences.isEmpty()) {
      return Verdict.notFollowed(() -> "the reference raises IndexError here: no sentences");
    }
    long previous = WordsAndSentencesTexts.countPunctFreeWords(sentences.get(0));
    for (int i = 1; i < sentences.size(); i++) {
      long words = WordsAndSentencesTexts.countPunctFreeWords(sentences.get(i));
      long expected = previous + increment.value();
      if (words != expected) {
        int index = i + 1;
        return Verdict.notFollowed(() -> "sentence " + index + " has " + words + " words, expected "
            + expected);
      }
      previous = words;
    }
    return Verdict.followed(() -> "word counts grow by " + increment + " over all "
        + sentences.size() + " sentences");
  }
}
