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
    // nltk.word_tokenize is the Treebank tokens of each Punkt sentence in turn; tokenizing one
    // sentence at a time lets the (usual) failure stop at the first lower-case word.
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    for (String sentence : response.get(Counts.SENTENCES)) {
      for (String token : tokenizer.tokenize(sentence)) {
        if (fails(token)) {
          return Verdict.notFollowed(() -> "the word '" + token + "' is not capitalised");
        }
      }
    }
    return Verdict.followed(() -> "every word starting with a letter is capitalised");
  }

  static boolean fails(String token) {
    if (token.isEmpty()) return false;
    int first = token.codePointAt(0);
    if (!Py.isAlpha(first)) return false;
    int width = Character.charCount(first);
    boolean firstLower = Py.isLower(token.substring(0, width));
    if (width == token.length()) return firstLower;
    if (!firstLower) return false;
    String rest = token.substring(width);
    return Py.isUpper(rest) || Py.isLower(rest);
  }
}
