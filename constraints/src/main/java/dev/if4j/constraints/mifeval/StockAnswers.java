package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code detectable_format:constrained_response} in an M-IFEval language: Google's check (the
 * response contains one of the stock answers anywhere, exactly as written) with the language's own
 * answers ({@code _CONSTRAINED_RESPONSE_OPTIONS}), e.g. French {@code "Oui."}, {@code "Non."},
 * {@code "Peut-être."}.
 */
public final class StockAnswers extends TypedConstraint {
  private final List<String> options;
  private final String description;

  private StockAnswers(ConstraintType type, List<String> options, String description) {
    super(type);
    this.options = options;
    this.description = description;
  }

  /** The instruction {@code id} accepting any of {@code options}; {@code description} is upstream's text. */
  public static ConstraintType type(String id, List<String> options, String description) {
    List<String> copy = List.copyOf(options);
    return ConstraintType.define(id).factoryOfType((type, ctx) -> new StockAnswers(type, copy, description));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Verdict check(TextView response) {
    // Upstream strips the response first, which cannot change whether it contains an option (each
    // starts and ends with a non-space character).
    String s = response.text();
    for (String option : options) {
      if (s.contains(option)) return Verdict.followed(() -> "found \"" + option + "\"");
    }
    return Verdict.notFollowed(() -> "none of the options " + options + " found");
  }
}
