package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.firstLower;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code sentence:alliteration_increment}: each Punkt sentence scores more alliteration than the
 * one before (the first sentence only has to score at least 0, which it always does).
 *
 * <p>The score of a sentence, as the reference counts it: take its whitespace-separated words with
 * leading ASCII punctuation removed (words that were all punctuation drop out), and walk through
 * neighbouring pairs; a pair whose first letters are equal (ignoring case) adds 2 when it starts a
 * run and 1 when it extends one. So a run of k alliterative words scores k, and "Big bad. Big bad
 * bear." passes (2, then 3). Any character counts as a "letter": "1st 2nd" pairs nothing, "10 12"
 * pairs.
 */
public final class IncreasingAlliteration extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("sentence:alliteration_increment")
      .factory(IncreasingAlliteration::new);

  IncreasingAlliteration(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Each sentence must have a longer sequence of consecutive alliterative words than the previous one.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(WordsAndSentencesTexts.SENTENCES);
    int previous = -1;
    for (int k = 0; k < sentences.size(); k++) {
      int score = score(sentences.get(k));
      if (score <= previous) {
        int index = k + 1;
        int before = previous;
        return Verdict.notFollowed(() -> "sentence " + index + " scores " + score
            + " for alliteration, not more than sentence " + (index - 1) + "'s " + before);
      }
      previous = score;
    }
    int count = sentences.size();
    return Verdict.followed(() -> "alliteration grows over all " + count + " sentences");
  }

  /** The reference's alliteration score of one sentence. */
  static int score(String s) {
    int n = s.length();
    int i = 0;
    int score = 0;
    int prevLetter = -1; // first letter of the previous kept word; -1 before the first
    boolean inRun = false;
    while (i < n) {
      while (i < n && Py.isSpace(s.charAt(i))) i++;
      if (i == n) break;
      // lstrip(string.punctuation + ' '): inside a piece there is no space to strip.
      while (i < n && Py.isPunctuation(s.charAt(i))) i++;
      if (i == n || Py.isSpace(s.charAt(i))) continue; // all punctuation: dropped
      int letter = firstLower(s.codePointAt(i));
      if (prevLetter >= 0) {
        if (letter == prevLetter) {
          score += inRun ? 1 : 2;
          inRun = true;
        } else {
          inRun = false;
        }
      }
      prevLetter = letter;
      while (i < n && !Py.isSpace(s.charAt(i))) i++;
    }
    return score;
  }
}
