package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code detectable_format:constrained_response}: the response gives one of three stock answers.
 *
 * <p>As the reference: the response passes when it contains "My answer is yes.", "My answer is
 * no." or "My answer is maybe." anywhere, case and punctuation exact; nothing else is required of
 * it (it may say more, or give two answers).
 *
 * <p>Fix {@value #FIX} asks for one answer: exactly one of the three options may occur (as often as
 * it likes), so hedging with "My answer is yes. My answer is no." no longer passes.
 */
public final class ConstrainedResponse extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:constrained_response").factory(ConstrainedResponse::new);

  static final List<String> OPTIONS = List.of("My answer is yes.", "My answer is no.", "My answer is maybe.");

  /** The fix that refuses a response giving two of the options. */
  public static final String FIX = "constrained-response-one-option";

  private final boolean oneOption;

  ConstrainedResponse(BuildContext ctx) {
    super(TYPE);
    this.oneOption = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    // The reference formats its options tuple with str(), i.e. as a Python tuple repr.
    return "Answer with one of the following options: ('My answer is yes.', 'My answer is no.', 'My answer is maybe.')";
  }

  @Override
  public Verdict check(TextView response) {
    // Stripping the response first, as the reference does, cannot change whether it contains an
    // option: each option starts and ends with a non-space character.
    String s = response.text();
    if (oneOption) {
      // Fixed: one answer, not several (the reference accepts any response containing one of them).
      List<String> given = OPTIONS.stream().filter(s::contains).toList();
      return Verdict.of(given.size() == 1, () -> given.isEmpty() ? "none of the options " + OPTIONS + " found"
          : given.size() == 1 ? "found \"" + given.get(0) + "\"" : "found several options: " + given);
    }
    for (String option : OPTIONS) {
      if (s.contains(option)) return Verdict.followed(() -> "found \"" + option + "\"");
    }
    return Verdict.notFollowed(() -> "none of the options " + OPTIONS + " found");
  }
}
