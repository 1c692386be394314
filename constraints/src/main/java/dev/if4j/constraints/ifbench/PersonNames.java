package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.AsciiWordSet;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code count:person_names}: at least N different names from a fixed list of 50 first names.
 *
 * <p>A name counts when it occurs as a whole word, case-sensitively ("Emma" but not "emma" or
 * "Emmanuel"); word boundaries are Python's Unicode ones, so "Emma's" and "Emma_" differ (the
 * underscore is a word character) and "Emmaé" has no "Emma". Other names are ignored.
 */
public final class PersonNames extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:person_names")
      .arg(NumberArg.spec("N", "the fewest different names from the list; missing or negative: random 1-50"))
      .factory(PersonNames::new);

  /** The names the instruction lists, in its order. */
  static final List<String> NAMES = List.of(
      "Emma", "Liam", "Sophia", "Jackson", "Olivia", "Noah", "Ava", "Lucas", "Isabella", "Mason",
      "Mia", "Ethan", "Charlotte", "Alexander", "Amelia", "Benjamin", "Harper", "Leo", "Zoe",
      "Daniel", "Chloe", "Samuel", "Lily", "Matthew", "Grace", "Owen", "Abigail", "Gabriel", "Ella",
      "Jacob", "Scarlett", "Nathan", "Victoria", "Elijah", "Layla", "Nicholas", "Audrey", "David",
      "Hannah", "Christopher", "Penelope", "Thomas", "Nora", "Andrew", "Aria", "Joseph", "Claire",
      "Ryan", "Stella", "Jonathan");

  /** The names, found by position in {@link #NAMES} without cutting a word out of the text. */
  static final AsciiWordSet INDEX = AsciiWordSet.of(NAMES);

  private final NumberArg n;

  PersonNames(BuildContext ctx) {
    super(TYPE);
    n = NumberArg.givenOrDraw(ctx, "N", 1, 50);
  }

  @Override
  public String describe() {
    return "Mention at least " + n + " different person names in the response, from this list of "
        + "person names: " + String.join(", ", NAMES) + " .";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("N", n.json());
  }

  @Override
  public Verdict check(TextView response) {
    List<String> found = response.get(CountsAndRatiosTexts.PERSON_NAMES);
    return Verdict.of(n.countAtLeast(found.size()), () -> "found "
        + CountsAndRatiosTexts.plural(found.size(), "listed name", "listed names")
        + (found.isEmpty() ? "" : " " + found) + ", expected at least " + n);
  }
}
