package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentences.PyInt;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code words:repeats}: no word occurs more than {@code small_n} times.
 *
 * <p>Words are the whitespace-separated pieces of the lower-cased response once ASCII punctuation
 * is deleted, so "The", "the," and "(the)" are one word, and so are every "a", "of" and "to": the
 * reference makes no exception for small words. A missing or negative {@code small_n} is drawn
 * from 1..5 as the reference draws it.
 */
public final class LimitedWordRepeats extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("words:repeats")
      .integer("small_n", "the most times any word may occur")
      .factory(LimitedWordRepeats::new);

  private final PyInt maxRepeats;

  LimitedWordRepeats(BuildContext ctx) {
    super(TYPE);
    this.maxRepeats = PyInt.givenOrDraw(ctx, "small_n", 1, 5);
  }

  @Override
  public String describe() {
    return "The response should not repeat any word more than " + maxRepeats + " times.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("small_n", maxRepeats.arg());
  }

  @Override
  public Verdict check(TextView response) {
    Map<String, Integer> counts = new HashMap<>();
    long max = maxRepeats.value();
    // The whole text is lower-cased first, as in the reference, then cut into words.
    PunctFreeWords words = new PunctFreeWords(WordsAndSentencesTexts.lower(response));
    while (words.next()) {
      String word = words.word();
      int c = counts.merge(word, 1, Integer::sum);
      if (c > max) {
        return Verdict.notFollowed(() -> PyRepr.repr(word) + " occurs more than " + maxRepeats
            + " times");
      }
    }
    return Verdict.followed(() -> "no word occurs more than " + maxRepeats + " times");
  }
}
