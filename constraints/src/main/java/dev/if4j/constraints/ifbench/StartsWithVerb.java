package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code words:start_verb}: NLTK's part-of-speech tagger gives the first token of {@code
 * nltk.word_tokenize(response)} a verb tag (VB, VBD, VBG, VBN, VBP or VBZ).
 *
 * <p>The tagger reads the whole sentence in the reference, but a token's tag depends only on the
 * tokens up to two places after it, so only the first three tokens are tokenized and tagged here:
 * the verdict is the same. The first token may be punctuation ({@code "**Write**"} starts with
 * "*"), as in the reference.
 */
public final class StartsWithVerb extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:start_verb").factory(StartsWithVerb::new);

  StartsWithVerb(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "The response must start with a verb.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> tokens = WordsAndSentencesTexts.tokenEnds(response, 3, 0).first();
    if (tokens.isEmpty()) return Verdict.notFollowed(() -> "no tokens");
    String tag = response.tools().tagger().tag(tokens, 1).get(0);
    String first = tokens.get(0);
    return Verdict.of(tag.contains("VB"),
        () -> "the first token " + PyRepr.repr(first) + " is tagged " + tag
            + (tag.contains("VB") ? ", a verb" : ", not a verb"));
  }
}
