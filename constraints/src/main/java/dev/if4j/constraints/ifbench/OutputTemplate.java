package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format:output_template}: the response follows the "My Answer / My Conclusion / Future
 * Outlook" template.
 *
 * <p>As the reference, only the three labels are looked for, each somewhere in the response,
 * case-sensitive, colon included; their order and what follows them do not matter.
 */
public final class OutputTemplate extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:output_template").factory(OutputTemplate::new);

  private static final List<String> LABELS = List.of("My Answer:", "My Conclusion:", "Future Outlook:");

  OutputTemplate(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Use this exact template for your response: My Answer: [answer] My Conclusion: "
        + "[conclusion] Future Outlook: [outlook]";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    List<String> missing = new ArrayList<>(0);
    for (String label : LABELS) if (!s.contains(label)) missing.add(label);
    if (missing.isEmpty()) return Verdict.followed(() -> "all three template labels are present");
    return Verdict.notFollowed(() -> "missing " + String.join(", ", missing));
  }
}
