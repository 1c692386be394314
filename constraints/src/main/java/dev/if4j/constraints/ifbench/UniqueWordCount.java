package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code count:unique_word_count}: at least N distinct words.
 *
 * <p>As the reference: the text is lowercased, split on Python whitespace, and each piece loses
 * the ASCII punctuation (and spaces) at its ends; the distinct results are counted. So "Word," and
 * "word" are one word, "don't" and "dont" two, and every piece made only of punctuation ("—" is
 * not ASCII, "--" is) becomes the empty string, which counts once as a word.
 */
public final class UniqueWordCount extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:unique_word_count")
      .arg(NumberArg.spec("N", "the fewest distinct words; missing or negative: random 100-500"))
      .factory(UniqueWordCount::new);

  private final NumberArg n;

  UniqueWordCount(BuildContext ctx) {
    super(TYPE);
    n = NumberArg.givenOrDraw(ctx, "N", 100, 500);
  }

  @Override
  public String describe() {
    return "Use at least " + n + " unique words in the response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("N", n.json());
  }

  @Override
  public Verdict check(TextView response) {
    int unique = response.get(CountsAndRatiosTexts.UNIQUE_WORDS);
    return Verdict.of(n.countAtLeast(unique), () -> "found "
        + CountsAndRatiosTexts.plural(unique, "unique word", "unique words") + ", expected at least " + n);
  }
}
