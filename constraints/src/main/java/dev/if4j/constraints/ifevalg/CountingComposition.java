package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.RuleSentenceSplitter;
import dev.if4j.text.TextView;
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
 */
public final class CountingComposition implements Constraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:counting_composition")
      .integer("n_sent", "the number of sentences in each paragraph")
      .integer("n_words", "the number of words in each sentence")
      .factory(CountingComposition::new);

  private final long sentences;
  private final long words;

  CountingComposition(BuildContext ctx) {
    this.sentences = TrainingArgs.nonZeroOrDraw(ctx, "n_sent", 2, 3);
    this.words = TrainingArgs.nonZeroOrDraw(ctx, "n_words", 2, 3);
  }

  @Override
  public String id() {
    return TYPE.id();
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
    List<String> paragraphs = TrainingTexts.splitOnStarDivider(response.text());
    int count = paragraphs.size();
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      int at = p + 1;
      if (Py.isBlank(paragraph)) {
        if (p != 0 && p != paragraphs.size() - 1) {
          return Verdict.notFollowed(() -> "paragraph " + at + " is empty");
        }
        count--;
      }
      List<String> split = RuleSentenceSplitter.split(paragraph);
      if (split.size() != sentences) {
        return Verdict.notFollowed(() -> "paragraph " + at + " has " + split.size()
            + " sentences, expected " + sentences);
      }
      for (String sentence : split) {
        int tokens = TrainingTexts.wordTokenize(response, sentence).size();
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
