package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ratio:stop_words}: stop words are at most the given percentage of the words.
 *
 * <p>As the reference: words are the {@code \w+} runs (IFEval's {@code count_words}), a stop
 * word is one whose {@code lower()} is in NLTK's English list; NLTK's contractions ("don't") are
 * never a {@code \w+} run, but "don" and "t" are in the list, so "don't" holds two stop words. The
 * percentage is {@code stop / words * 100} in floating point, compared with {@code <=}. A text
 * without words is never followed.
 */
public final class StopWordRatio extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ratio:stop_words")
      .arg(NumberArg.spec("percentage",
          "the highest share of stop words, in percent; missing or negative: random 1-100"))
      .factory(StopWordRatio::new);

  private final NumberArg percentage;

  StopWordRatio(BuildContext ctx) {
    super(TYPE);
    percentage = NumberArg.givenOrDraw(ctx, "percentage", 1, 100);
  }

  @Override
  public String describe() {
    return "Ensure that stop words constitute no more than " + percentage
        + "% of the total words in your response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("percentage", percentage.json());
  }

  @Override
  public Verdict check(TextView response) {
    int words = response.get(Counts.WORDS);
    if (words == 0) return Verdict.notFollowed(() -> "no words found");
    int stop = response.get(CountsAndRatiosTexts.STOPWORDS);
    double share = ((double) stop / words) * 100;
    return Verdict.of(share <= percentage.value(), () -> "stop words are " + stop + " of " + words
        + " words (" + String.format(Locale.ROOT, "%.2f", share) + "%), expected at most "
        + percentage + "%");
  }
}
