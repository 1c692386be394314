package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Analysis;
import dev.if4j.text.treebank.NltkWordTokenizer;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;
import java.util.Set;

/**
 * {@code count:pronouns} of IFBench 8e6a9be (Jan 2026) up to 34f0927: as {@link Pronouns}, but only
 * the 31 personal, possessive and reflexive pronouns count (34f0927 added demonstratives,
 * interrogatives and indefinites such as "this", "which", "everyone", "all").
 */
public final class PersonalPronouns extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define(Pronouns.TYPE.id())
      .arg(NumberArg.spec("N", "the fewest pronouns; missing or negative: random 1-25"))
      .factory(PersonalPronouns::new);

  static final Set<String> PERSONAL = Set.of(
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
      "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
      "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves");

  /** The tokens of {@code word_tokenize(text.replace('/', ' ').lower())} that are personal pronouns. */
  private static final Analysis<Integer> COUNT = Analysis.of("ifbench.pronouns.personal", v -> {
    String text = Py.lower(v.text().replace('/', ' '));
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    int count = 0;
    for (String sentence : v.tools().punkt().tokenize(text)) {
      for (String token : tokenizer.tokenize(sentence)) {
        if (PERSONAL.contains(token)) count++;
      }
    }
    return count;
  });

  private final NumberArg n;

  PersonalPronouns(BuildContext ctx) {
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
    int pronouns = response.get(COUNT);
    return Verdict.of(n.countAtLeast(pronouns), () -> "found "
        + CountsAndRatiosTexts.plural(pronouns, "pronoun", "pronouns") + ", expected at least " + n);
  }
}
