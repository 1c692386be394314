package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Analysis;
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
  public static final ConstraintType TYPE = declare()
      .factory(ctx -> new Pronouns(ctx, Pronouns.TYPE, CountsAndRatiosTexts.PRONOUNS));

  /**
   * IFBench 8e6a9be (Jan 2026) up to 34f0927: only the 31 personal, possessive and reflexive
   * pronouns ({@link #PERSONAL}) count (34f0927 added demonstratives, interrogatives and
   * indefinites such as "this", "which", "everyone", "all").
   */
  public static final ConstraintType PERSONAL_ONLY = declare()
      .factory(ctx -> new Pronouns(ctx, Pronouns.PERSONAL_ONLY, CountsAndRatiosTexts.PERSONAL_PRONOUNS));

  private static ConstraintType.Builder declare() {
    return ConstraintType.define("count:pronouns")
        .arg(NumberArg.spec("N", "the fewest pronouns; missing or negative: random 1-25"));
  }

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

  /** The personal, possessive and reflexive pronouns IFBench counted before 34f0927. */
  public static final Set<String> PERSONAL = Set.of(
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
      "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
      "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves");

  private final Analysis<Integer> count;
  private final NumberArg n;

  private Pronouns(BuildContext ctx, ConstraintType type, Analysis<Integer> count) {
    super(type);
    this.count = count;
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
    int pronouns = response.get(count);
    return Verdict.of(n.countAtLeast(pronouns), () -> "found "
        + CountsAndRatiosTexts.plural(pronouns, "pronoun", "pronouns") + ", expected at least " + n);
  }
}
