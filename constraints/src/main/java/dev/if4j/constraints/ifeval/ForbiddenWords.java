package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code keywords:forbidden_words}: none of the words occurs as a whole word, ignoring case.
 *
 * <p>"Whole word" is Python's {@code \b} on both sides: the character before the match and its
 * first character differ in being word characters (letters, numbers, {@code _}), and likewise at
 * its end. So "cat" is found in "cat's" and "cat-like" but not in "cats"; and a word that starts
 * or ends with punctuation needs a word character next to it.
 *
 * <p>Difference from the reference: it builds the regular expression {@code \b + word + \b} from
 * the word; we take the word literally (with Python's case-insensitive equality), so
 * metacharacters mean what they say.
 */
public final class ForbiddenWords extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:forbidden_words")
      .stringList("forbidden_words", "words that must not appear as whole words (case-insensitive)")
      .factory(ForbiddenWords::new);

  private final List<String> words;
  private final String[] folded;

  ForbiddenWords(BuildContext ctx) {
    super(TYPE);
    List<String> given = ctx.args().stringList("forbidden_words");
    List<String> chosen = given == null || given.isEmpty()
        ? IfEvalArgs.drawKeywords(ctx, 2)
        : List.copyOf(new LinkedHashSet<>(given)); // list(set(...)): duplicates go
    this.words = IfEvalArgs.sortedPy(chosen);
    this.folded = words.stream().map(IgnoreCase::fold).toArray(String[]::new);
  }

  @Override
  public String describe() {
    return "Do not include keywords " + PyRepr.repr(words) + " in the response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("forbidden_words", words);
  }

  @Override
  public Verdict check(TextView response) {
    String original = response.text();
    String text = response.get(Counts.FOLDED);
    for (int k = 0; k < folded.length; k++) {
      int at = WholeWords.findBounded(original, text, folded[k]);
      if (at >= 0) {
        String word = words.get(k);
        int cpAt = original.codePointCount(0, at);
        return Verdict.notFollowed(
            () -> "found forbidden word " + PyRepr.repr(word) + " at character " + cpAt);
      }
    }
    return Verdict.followed(() -> "none of the " + words.size() + " forbidden words found");
  }
}
