package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.treebank.NltkWordTokenizer;

/**
 * {@code format:title_case}: every word capitalised.
 *
 * <p>Over the tokens of {@code nltk.word_tokenize}, as the reference: a token that does not start
 * with a letter is ignored; a one-letter token fails when lower case ({@code a}, so even minor
 * words must be capitalised); a longer one fails when its first letter is lower case and the rest
 * is all lower or all upper case ({@code the}, {@code tHE}). Everything else passes: mixed-case
 * rests ({@code iPhone}), rests without cased letters ({@code x2}), all-caps words ({@code NASA})
 * and tokens starting with an apostrophe ({@code 's}). The tokenizer's split of contractions makes
 * every {@code n't} a failing word of its own: {@code Isn't} is {@code Is} + {@code n't}, and
 * {@code n't} starts with a lower-case letter followed by the lower-case rest {@code 't}.
 */
public final class TitleCase extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:title_case").factory(TitleCase::new);

  TitleCase(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Write the entire response in title case (capitalize the first letter of every major word).";
  }

  @Override
  public Verdict check(TextView response) {
    // nltk.word_tokenize is the Treebank tokens of each Punkt sentence in turn; a sentence at a
    // time lets the (usual) failure stop at the first sentence with a lower-case word. The word
    // itself is found again only for the reason.
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    for (String sentence : response.get(Counts.SENTENCES)) {
      if (tokenizer.hasLowerCaseTokenWhere(sentence, TitleCase::fails)) {
        return Verdict.notFollowed(() -> "the word '" + firstFailing(sentence) + "' is not capitalised");
      }
    }
    return Verdict.followed(() -> "every word starting with a letter is capitalised");
  }

  private static String firstFailing(String sentence) {
    for (String token : NltkWordTokenizer.instance().tokenize(sentence)) {
      if (fails(token)) return token;
    }
    throw new IllegalStateException("no failing token in a failing sentence: " + sentence);
  }

  static boolean fails(String token) {
    return fails(token, 0, token.length());
  }

  /** Whether the token {@code s[from, to)} is a word that is not capitalised. */
  static boolean fails(CharSequence s, int from, int to) {
    if (from == to) return false;
    int first = Character.codePointAt(s, from);
    if (!Py.isAlpha(first)) return false;
    int rest = from + Character.charCount(first);
    boolean firstLower = Py.isLower(s, from, rest);
    if (rest == to) return firstLower;
    if (!firstLower) return false;
    return Py.isUpper(s, rest, to) || Py.isLower(s, rest, to);
  }
}
