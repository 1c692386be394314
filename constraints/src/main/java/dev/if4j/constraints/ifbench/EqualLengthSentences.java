package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ratio:sentence_words}: exactly three sentences, all of the same length in characters.
 *
 * <p>As the reference: the sentences are NLTK Punkt's and their lengths are code-point counts of
 * the stripped sentence. The description also asks for "all different words", which the reference
 * never checks: neither do we, so three identical sentences are followed.
 *
 * <p>Fix {@value #FIX} also checks the words, as the description asks: no word may occur twice
 * across the three sentences, ignoring case. The words are the {@code nltk.word_tokenize} tokens
 * of each sentence that hold a letter or digit, so the sentences' full stops are not words.
 */
public final class EqualLengthSentences extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("ratio:sentence_words").factory(EqualLengthSentences::new);

  /** The fix that also requires the words of the three sentences to differ. */
  public static final String FIX = "sentence-words-unique";

  private final boolean uniqueWords;

  EqualLengthSentences(BuildContext ctx) {
    super(TYPE);
    this.uniqueWords = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "Respond with three sentences, all containing the same number of characters but using "
        + "all different words.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(Counts.SENTENCES);
    if (sentences.size() != 3) {
      int found = sentences.size();
      return Verdict.notFollowed(() -> "found " + CountsAndRatiosTexts.plural(found, "sentence", "sentences")
          + ", expected 3");
    }
    List<Integer> lengths = new ArrayList<>(3);
    for (String s : sentences) lengths.add(Py.len(Py.strip(s)));
    boolean same = lengths.get(0).equals(lengths.get(1)) && lengths.get(1).equals(lengths.get(2));
    if (!same || !uniqueWords) {
      return Verdict.of(same, () -> "the sentences have " + lengths + " characters, expected the same length");
    }
    return differentWords(response, sentences);
  }

  /** Fixed: every word of the three sentences is different (the reference checks lengths only). */
  private static Verdict differentWords(TextView response, List<String> sentences) {
    Set<String> seen = new HashSet<>();
    for (String sentence : sentences) {
      for (String token : WordsAndSentencesTexts.wordTokenize(response, sentence)) {
        if (!WholeWords.isWordToken(token)) continue;
        String word = PyLower.lower(token);
        if (!seen.add(word)) {
          return Verdict.notFollowed(() -> "the word " + PyRepr.repr(word) + " occurs more than once");
        }
      }
    }
    return Verdict.followed(() -> "three sentences of the same length, with all different words");
  }
}
