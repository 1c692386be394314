package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code custom:character_reverse}: the answer written backwards, letter by letter. As the
 * reference, only "elgae dlab" ("bald eagle" reversed) is looked for, anywhere in the lower-cased
 * response; the rest of the response is not checked.
 */
public final class ReversedCharacters extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:character_reverse").factory(ReversedCharacters::new);

  ReversedCharacters(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "What animal is the national symbol of the US? Respond to this query, but make your"
        + " sentence in reverse order of what it should be, per letter.";
  }

  @Override
  public Verdict check(TextView response) {
    return response.lower().contains("elgae dlab")
        ? Verdict.followed(() -> "found \"elgae dlab\"")
        : Verdict.notFollowed(() -> "\"elgae dlab\" (\"bald eagle\" reversed) not found");
  }
}
