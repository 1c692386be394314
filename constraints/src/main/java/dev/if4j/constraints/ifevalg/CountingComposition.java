package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.RuleSentenceSplitter;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.List;
import java.util.Map;

/**
 * {@code count:counting_composition}: 3 paragraphs separated by {@code ***} (the description says
 * {@code * * *}; the check splits on {@code \s?\*\*\*\s?}), each with exactly {@code n_sent}
 * sentences (rule-based split) of exactly {@code n_words} NLTK tokens (punctuation counts as a
 * token: "I run." is 3).
 *
 * <p>Quirks kept: a blank paragraph, even at either end, fails (the reference discounts it but
 * then finds it has no sentences); {@code n_sent} or {@code n_words} 0 is drawn at random like a
 * missing one.
 *
 * <p>Fixes: {@value #DIVIDER_FIX} also splits on the {@code * * *} the description asks for, and
 * skips blank pieces at either end instead of failing them; {@link UniqueWords#FIX} counts only
 * tokens with a letter or digit as words ("I run." is 2).
 */
public final class CountingComposition extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:counting_composition")
      .integer("n_sent", "the number of sentences in each paragraph")
      .integer("n_words", "the number of words in each sentence")
      .factory(CountingComposition::new);

  /** The fix that accepts the divider the description names, {@code * * *}. */
  public static final String DIVIDER_FIX = "composition-divider";

  private final long sentences;
  private final long words;
  private final boolean describedDivider;
  private final boolean skipPunctuation;

  CountingComposition(BuildContext ctx) {
    super(TYPE);
    this.sentences = TrainingArgs.nonZeroOrDraw(ctx, "n_sent", 2, 3);
    this.words = TrainingArgs.nonZeroOrDraw(ctx, "n_words", 2, 3);
    this.describedDivider = ctx.fixed(DIVIDER_FIX);
    this.skipPunctuation = ctx.fixed(UniqueWords.FIX);
  }

  @Override
  public String describe() {
    return "Write 3 paragraphs, delimited by the markdown divider: * * *, with exactly " + sentences
        + " sentences each, with exactly " + words + " words in each sentence.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("n_sent", sentences, "n_words", words);
  }

  @Override
  public Verdict check(TextView response) {
    // Fixed: the divider the description asks for counts too (the reference splits on *** only).
    List<String> paragraphs = describedDivider
        ? TrainingTexts.splitOnDividers(response.text(), "***", "* * *")
        : TrainingTexts.splitOnStarDivider(response.text());
    int count = paragraphs.size();
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      int at = p + 1;
      if (Py.isBlank(paragraph)) {
        if (p != 0 && p != paragraphs.size() - 1) {
          return Verdict.notFollowed(() -> "paragraph " + at + " is empty");
        }
        count--;
        // Fixed: a blank end piece is not a paragraph, so it has no sentences to count.
        if (describedDivider) continue;
      }
      List<String> split = RuleSentenceSplitter.split(paragraph);
      if (split.size() != sentences) {
        return Verdict.notFollowed(() -> "paragraph " + at + " has " + split.size()
            + " sentences, expected " + sentences);
      }
      for (String sentence : split) {
        List<String> all = TrainingTexts.wordTokenize(response, sentence);
        // Fixed: punctuation tokens are not words (the reference counts "." as one).
        int tokens = skipPunctuation ? (int) all.stream().filter(WholeWords::isWordToken).count() : all.size();
        if (tokens != words) {
          return Verdict.notFollowed(() -> "the sentence " + TrainingTexts.quote(sentence)
              + " in paragraph " + at + " has " + tokens + " words, expected " + words);
        }
      }
    }
    int found = count;
    return Verdict.of(found == 3, () -> "found " + found + " paragraphs, expected 3");
  }
}
