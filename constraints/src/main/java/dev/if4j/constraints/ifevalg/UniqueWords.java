package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code count:count_unique}: no NLTK token ({@code word_tokenize}) occurs twice. Tokens are
 * compared exactly (case matters, and so does punctuation: two full stops are a repeat).
 *
 * <p>Fix {@value #FIX} compares only the tokens with a letter or digit: punctuation is not a word,
 * so it cannot repeat one.
 */
public final class UniqueWords extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("count:count_unique").factory(UniqueWords::new);

  /** The fix that reads punctuation tokens as no words (here and in count:counting_composition). */
  public static final String FIX = "punctuation-is-not-a-word";

  private final boolean skipPunctuation;

  UniqueWords(BuildContext ctx) {
    super(TYPE);
    this.skipPunctuation = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "Only use unique words in your response, no word should be repeated!";
  }

  @Override
  public Verdict check(TextView response) {
    // word_tokenize's tokens are those of each Punkt sentence in turn: tokenized one sentence at a
    // time, the first repeat ends the work. Real text repeats a word within a few sentences, so
    // most of a long response is never tokenized.
    Set<String> seen = new HashSet<>();
    for (String sentence : response.get(Counts.SENTENCES)) {
      for (String token : NltkWordTokenizer.instance().tokenize(sentence)) {
        // Fixed: punctuation tokens are not words (the reference fails on a second ".").
        if (skipPunctuation && !WholeWords.isWordToken(token)) continue;
        if (!seen.add(token)) {
          return Verdict.notFollowed(() -> "the word " + TrainingTexts.quote(token) + " is repeated");
        }
      }
    }
    int words = seen.size();
    return Verdict.followed(() -> "all " + words + " words are unique");
  }
}
