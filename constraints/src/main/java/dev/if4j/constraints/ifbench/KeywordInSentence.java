package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentences.PyInt;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.List;
import java.util.Map;

/**
 * {@code sentence:keyword}: the {@code N}-th Punkt sentence contains {@code word} as a whole word,
 * ignoring case.
 *
 * <p>"Whole word" is {@code \b} on both sides, as Python's {@code re} sees it: the characters just
 * outside the match and its own first and last characters differ in being word characters
 * (letters, digits, {@code _}). So "cat" is found in "cat's" and "cat-like" but not in "cats",
 * and a keyword that starts or ends with punctuation needs a word character next to it.
 *
 * <p>Quirks kept from the reference: {@code N = 0} means the last sentence (Python's index -1);
 * a missing or negative {@code N} is drawn from 1..20, a missing or empty word from the keyword
 * list. The word is not stripped. The reference escapes the word into a regular expression; we
 * search for it literally, which is the same thing.
 */
public final class KeywordInSentence extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("sentence:keyword")
      .string("word", "the keyword (case-insensitive, whole word)")
      .integer("N", "which sentence (1-based) must contain it")
      .factory(KeywordInSentence::new);

  private final String word;
  private final String folded;
  private final PyInt position;

  KeywordInSentence(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("word");
    this.word = given == null || given.isEmpty() ? IfEvalArgs.drawKeyword(ctx) : given;
    this.folded = IgnoreCase.fold(word);
    this.position = PyInt.givenOrDraw(ctx, "N", 1, 20);
  }

  @Override
  public String describe() {
    return "The response must include keyword \"" + word + "\" in the " + position + "-th sentence.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("word", word, "N", position.arg());
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(WordsAndSentencesTexts.SENTENCES);
    long n = position.value();
    if (sentences.size() < n) {
      return Verdict.notFollowed(() -> "found " + sentences.size() + " sentences, expected at least "
          + position);
    }
    int index = Py.index(n - 1, sentences.size());
    if (index < 0) {
      return Verdict.notFollowed(() -> "the reference raises IndexError here: no sentence "
          + position);
    }
    String sentence = sentences.get(index);
    boolean found = WholeWords.findBounded(sentence, IgnoreCase.fold(sentence), folded) >= 0;
    return Verdict.of(found, () -> (found ? "found " : "did not find ") + PyRepr.repr(word)
        + " in sentence " + (index + 1));
  }
}
