package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Needle;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code special_character:ethel_or_cedilla}: the response does not contain {@code forbidden_char}
 * in any case ({@code re.search(re.escape(c), value, re.IGNORECASE)}), so forbidding {@code ç} also
 * forbids {@code Ç}. An empty or missing character is drawn from {@code ç}, {@code œ}, as upstream does.
 */
public final class ForbiddenChar extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("fr:special_character:ethel_or_cedilla")
      .arg(ArgSpec.string("forbidden_char", "the character (or text) the response must not contain"))
      .factory(ForbiddenChar::new);

  private static final List<String> DRAWN_FROM = List.of("ç", "œ");

  private final String forbidden;
  private final Needle folded;

  private ForbiddenChar(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("forbidden_char");
    this.forbidden = given == null || given.isEmpty() ? ctx.choice(DRAWN_FROM) : given;
    this.folded = Needle.of(IgnoreCase.fold(forbidden));
  }

  @Override
  public String describe() {
    return "N'incluez pas le caractère " + forbidden + " dans votre réponse.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("forbidden_char", forbidden);
  }

  @Override
  public Verdict check(TextView response) {
    int at = folded.find(response.get(Counts.FOLDED), 0);
    return Verdict.of(at < 0, () -> at < 0 ? "no '" + forbidden + "' in any case"
        : "found '" + response.text().substring(at, at + forbidden.length()) + "' at character " + at);
  }
}
