package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code change_case:capital_word_frequency}: the number of all-capital words compares as asked.
 * Words are the tokens of NLTK's {@code word_tokenize} (Punkt sentences, then the Treebank rules);
 * a token is all-capital when Python's {@code isupper()} says so ("I", "USA", "N'T", "U.S.").
 */
public final class CapitalWordFrequency extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("change_case:capital_word_frequency")
          .integer("capital_frequency", "the count of all-capital words to compare with")
          .string("capital_relation", "'less than' or 'at least'")
          .factory(CapitalWordFrequency::new);

  private final int frequency;
  private final Relation relation;

  CapitalWordFrequency(BuildContext ctx) {
    super(TYPE);
    // Unlike the other counts, the reference keeps a negative frequency as given.
    Integer given = ctx.args().integer32("capital_frequency");
    this.frequency = given == null ? ctx.randint(1, 20) : given;
    this.relation = Relation.from(ctx, "capital_relation");
  }

  @Override
  public String describe() {
    return "In your response, words with all capital letters should appear "
        + relation.words(frequency) + " times.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("capital_frequency", (long) frequency,
        "capital_relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    return judge(response.get(Counts.CAPITAL_WORDS));
  }

  Verdict judge(int capitals) {
    return relation.judge(capitals, frequency, "all-capital words");
  }
}
