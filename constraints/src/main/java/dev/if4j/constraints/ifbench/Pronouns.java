package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Map;
import java.util.Set;

/**
 * {@code count:pronouns}: at least N pronouns, repeats included.
 *
 * <p>As the reference: every '/' becomes a space (so "she/her" is two pronouns), the text is
 * lowercased, split by NLTK's {@code word_tokenize} (Punkt sentences, then the Treebank rules), and
 * the tokens that are one of 63 English pronouns (personal, possessive, reflexive, demonstrative,
 * interrogative, indefinite) are counted. The Treebank rules split "it's" into "it" and "'s", so
 * contractions count; "I" counts as "i". Determiners in the list count too: "this", "all", "some".
 */
public final class Pronouns extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:pronouns")
      .arg(NumberArg.spec("N", "the fewest pronouns; missing or negative: random 1-25"))
      .factory(Pronouns::new);

  /** The pronouns the reference counts (lowercase). */
  static final Set<String> PRONOUNS = Set.of(
      "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them",
      "my", "mine", "our", "ours", "your", "yours", "his", "hers", "its", "their", "theirs",
      "myself", "ourselves", "yourself", "yourselves", "himself", "herself", "itself", "themselves",
      "this", "that", "these", "those",
      "who", "whom", "whose", "which", "what",
      "whoever", "whomever", "whatever", "whichever",
      "anybody", "anyone", "anything", "everybody", "everyone", "everything",
      "nobody", "nothing", "somebody", "someone", "something",
      "each", "either", "neither", "both", "all", "some", "any", "none");

  private final NumberArg n;

  Pronouns(BuildContext ctx) {
    super(TYPE);
    n = NumberArg.givenOrDraw(ctx, "N", 1, 25);
  }

  @Override
  public String describe() {
    return "The response should include at least " + n + " pronouns.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("N", n.json());
  }

  @Override
  public Verdict check(TextView response) {
    int pronouns = response.get(CountsAndRatiosTexts.PRONOUNS);
    return Verdict.of(n.countAtLeast(pronouns), () -> "found "
        + CountsAndRatiosTexts.plural(pronouns, "pronoun", "pronouns") + ", expected at least " + n);
  }
}
