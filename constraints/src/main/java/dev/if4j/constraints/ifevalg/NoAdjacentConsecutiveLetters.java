package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code keywords:no_adjacent_consecutive}: no two neighbouring whitespace-separated words start
 * with consecutive characters ("a" then "b"), compared by code point after lower-casing the first
 * character of each (so "Bob cat" fails as "b", "c", and so do "1 2" or "x y").
 *
 * <p>Quirk kept: a first character whose lower case is two characters (the dotted capital I,
 * {@code "İ".lower() == "i̇"}) fails the instruction outright.
 */
public final class NoAdjacentConsecutiveLetters extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:no_adjacent_consecutive")
      .factory(NoAdjacentConsecutiveLetters::new);

  NoAdjacentConsecutiveLetters(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "No two adjacent words can start with consecutive letters of the alphabet.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> words = response.get(TrainingTexts.WORDS);
    if (words.isEmpty()) return Verdict.followed(() -> "no words");
    int previous = lowerFirst(words.get(0));
    for (int i = 1; i < words.size(); i++) {
      int current = lowerFirst(words.get(i));
      if (previous < 0 || current < 0) {
        String word = words.get(previous < 0 ? i - 1 : i);
        return Verdict.notFollowed(() -> "the first letter of " + TrainingTexts.quote(word)
            + " lower-cases to more than one character");
      }
      if (current - previous == 1) {
        String a = words.get(i - 1);
        String b = words.get(i);
        return Verdict.notFollowed(() -> "adjacent words " + TrainingTexts.quote(a) + " and "
            + TrainingTexts.quote(b) + " start with consecutive letters");
      }
      previous = current;
    }
    return Verdict.followed(() -> "no adjacent words start with consecutive letters");
  }

  /** The lower case of the word's first code point, or -1 when it is not one code point. */
  private static int lowerFirst(String word) {
    int cp = word.codePointAt(0);
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    String lower = Py.lower(new String(Character.toChars(cp)));
    return lower.codePointCount(0, lower.length()) == 1 ? lower.codePointAt(0) : -1;
  }
}
