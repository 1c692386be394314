package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
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
 * {@code keywords:keyword_specific_position}: the {@code m}-th NLTK token of the {@code n}-th
 * sentence (rule-based split) is the keyword, exactly (case-sensitive).
 *
 * <p>Quirks kept: {@code n} or {@code m} 0 is drawn at random like a missing one; a negative one
 * indexes from the end as Python does ({@code n = -1} is the second-to-last sentence, since the
 * reference reads {@code sentences[n - 1]}), and fails where Python would raise {@code
 * IndexError}. The keyword may be given as a list, whose first item is used.
 */
public final class KeywordAtTokenPosition extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:keyword_specific_position")
      .arg(new ArgSpec("keyword", ArgType.ANY, "the word to find (a string, or a list whose first item is used)"))
      .integer("n", "the sentence number, from 1")
      .integer("m", "the word number in that sentence, from 1")
      .factory(KeywordAtTokenPosition::new);

  private final String keyword;
  private final long n;
  private final long m;

  KeywordAtTokenPosition(BuildContext ctx) {
    super(TYPE);
    this.keyword = TrainingArgs.wordOrFirstOfList(ctx, "keyword");
    this.n = TrainingArgs.nonZeroOrDraw(ctx, "n", 1, 20);
    this.m = TrainingArgs.nonZeroOrDraw(ctx, "m", 1, 30);
  }

  @Override
  public String describe() {
    return "Include keyword " + keyword + " in the " + n + "-th sentence, as the " + m
        + "-th word of that sentence.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword", keyword, "n", n, "m", m);
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(TrainingTexts.RULE_SENTENCES);
    if (sentences.size() < n) {
      return Verdict.notFollowed(() -> "found " + sentences.size() + " sentences, expected at least " + n);
    }
    int s = Py.index(n - 1, sentences.size());
    if (s < 0) return Verdict.notFollowed(() -> "no sentence " + n + " (the reference raises IndexError)");
    List<String> words = TrainingTexts.wordTokenize(response, sentences.get(s));
    if (words.size() < m) {
      return Verdict.notFollowed(() -> "sentence " + n + " has " + words.size()
          + " words, expected at least " + m);
    }
    int w = Py.index(m - 1, words.size());
    if (w < 0) return Verdict.notFollowed(() -> "no word " + m + " (the reference raises IndexError)");
    String found = words.get(w);
    return Verdict.of(found.equals(keyword), () -> "word " + m + " of sentence " + n + " is "
        + TrainingTexts.quote(found) + ", expected " + TrainingTexts.quote(keyword));
  }
}
