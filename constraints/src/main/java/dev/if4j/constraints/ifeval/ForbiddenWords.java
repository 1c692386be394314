package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Needles;
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
  /** The words folded ({@link IgnoreCase}), searched for together. */
  private final Needles folded;

  ForbiddenWords(BuildContext ctx) {
    super(TYPE);
    List<String> given = ctx.args().stringList("forbidden_words");
    List<String> chosen = given == null || given.isEmpty()
        ? IfEvalArgs.drawKeywords(ctx, 2)
        : List.copyOf(new LinkedHashSet<>(given)); // list(set(...)): duplicates go
    this.words = IfEvalArgs.sortedPy(chosen);
    this.folded = Needles.of(words.stream().map(IgnoreCase::fold).toList());
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
    // re.search(r"\b" + word + r"\b"): the first occurrence with a word boundary at both ends,
    // judged on the original text (folding keeps indexes).
    int[] first = folded.firstAccepted(response.get(Counts.FOLDED),
        (start, end) -> WholeWords.isBoundary(original, start) && WholeWords.isBoundary(original, end));
    for (int k = 0; k < first.length; k++) {
      int at = first[k];
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
