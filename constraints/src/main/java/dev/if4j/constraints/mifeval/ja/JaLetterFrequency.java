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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code keywords:letter_frequency} in Japanese: a hiragana letter ({@code ぁ}..{@code ん}) counted
 * together with its katakana twin (the code point 96 above: {@code か} and {@code カ}), compared
 * with {@code 未満} ({@code <}) or {@code 以上} ({@code >=}). A letter that is missing, longer than
 * one character or not hiragana is drawn at random from {@code ぁ}..{@code ん}, as upstream does.
 */
public final class JaLetterFrequency extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:keywords:letter_frequency")
      .arg(ArgSpec.string("letter", "one hiragana letter"))
      .arg(ArgSpec.integer("let_frequency", "the count to compare with"))
      .arg(ArgSpec.string("let_relation", RelationWords.JAPANESE.doc()))
      .factory(JaLetterFrequency::new);

  private static final List<String> HIRAGANA = hiragana();

  private final int letter;
  private final int frequency;
  private final LocalRelation relation;

  private JaLetterFrequency(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("letter");
    boolean valid = given != null && given.codePointCount(0, given.length()) == 1
        && given.codePointAt(0) >= 'ぁ' && given.codePointAt(0) <= 'ん';
    this.letter = valid ? given.codePointAt(0) : ctx.choice(HIRAGANA).codePointAt(0);
    this.frequency = IfEvalArgs.countOrDraw(ctx, "let_frequency", 1, 10);
    this.relation = RelationWords.JAPANESE.from(ctx, "let_relation");
  }

  private static List<String> hiragana() {
    List<String> out = new ArrayList<>();
    for (int c = 'ぁ'; c <= 'ん'; c++) out.add(Character.toString(c));
    return List.copyOf(out);
  }

  @Override
  public String describe() {
    return new Description("応答には、文字「{letter}」を{let_frequency}回{let_relation}出現させてください。").fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("letter", Character.toString(letter), "let_frequency", (long) frequency,
        "let_relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    int katakana = letter + 96;
    int found = (int) response.text().codePoints().filter(cp -> cp == letter || cp == katakana).count();
    return Verdict.of(relation.holds(found, frequency), () -> "found " + found + " '"
        + Character.toString(letter) + "' or '" + Character.toString(katakana) + "', expected " + frequency + " "
        + relation.words());
  }
}
