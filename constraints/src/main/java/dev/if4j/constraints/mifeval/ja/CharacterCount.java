package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.constraints.mifeval.LocalRelation;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.text.TextView;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Japanese counts of characters compared with {@code 未満} ({@code <}) or {@code 以上} ({@code >=}):
 * {@code length_constraints:number_letters} counts every character ({@code len(value)}, code
 * points), {@code letters:kanji} those of {@code [\u4e00-\u9faf]}.
 */
public final class CharacterCount extends TypedConstraint {
  public static final ConstraintType LETTERS = ConstraintType.define("ja:length_constraints:number_letters")
      .arg(ArgSpec.integer("num_letters", "the character count to compare with"))
      .arg(ArgSpec.string("relation", RelationWords.JAPANESE.doc()))
      .factory(ctx -> new CharacterCount(ctx, true));

  public static final ConstraintType KANJI = ConstraintType.define("ja:letters:kanji")
      .arg(ArgSpec.integer("kanji_limit", "the kanji count to compare with"))
      .arg(ArgSpec.string("relation", RelationWords.JAPANESE.doc()))
      .factory(ctx -> new CharacterCount(ctx, false));

  private final boolean letters;
  private final int threshold;
  private final LocalRelation relation;

  private CharacterCount(BuildContext ctx, boolean letters) {
    super(letters ? LETTERS : KANJI);
    this.letters = letters;
    this.threshold = letters
        ? IfEvalArgs.countOrDraw(ctx, "num_letters", 200, 1000)
        : IfEvalArgs.countOrDraw(ctx, "kanji_limit", 1, 30);
    this.relation = RelationWords.JAPANESE.from(ctx, "relation");
  }

  @Override
  public String describe() {
    return new Description(letters ? "{num_letters}文字{relation}で答えてください。"
        : "{kanji_limit}文字{relation}漢字を用いて、答えてください。").fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered(letters ? "num_letters" : "kanji_limit", (long) threshold, "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    IntPredicate counted = letters ? cp -> true : CharacterCount::isKanji;
    int found = (int) response.text().codePoints().filter(counted).count();
    String units = letters ? "characters" : "kanji";
    return Verdict.of(relation.holds(found, threshold),
        () -> "found " + found + " " + units + ", expected " + threshold + " " + relation.words());
  }

  /** Upstream's kanji class {@code [\u4e00-\u9faf]}. */
  static boolean isKanji(int cp) {
    return cp >= 0x4E00 && cp <= 0x9FAF;
  }
}
