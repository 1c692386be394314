package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.function.IntPredicate;

/**
 * {@code letters:hiragana_only} and {@code letters:katakana_only}: every letter of the response
 * (Unicode category L*) is hiragana ({@code ぁ}..{@code ん}, {@code ー}) or katakana ({@code
 * ァ}..{@code ン}, {@code ー}, {@code ・}, half-width {@code ｦ}..{@code ﾟ}); digits, punctuation and
 * spaces do not matter. {@code ゔ}, {@code ゕ} and {@code ヴ}, {@code ヵ}, {@code ヶ} fall outside the
 * ranges upstream wrote, so they fail.
 */
public final class OnlyKana extends TypedConstraint {
  public static final ConstraintType HIRAGANA = type("ja:letters:hiragana_only",
      "ひらがなだけを用いて答えてください。", "hiragana", cp -> (cp >= 'ぁ' && cp <= 'ん') || cp == 'ー');
  public static final ConstraintType KATAKANA = type("ja:letters:katakana_only",
      "カタカナだけを用いて答えてください。", "katakana",
      cp -> (cp >= 'ァ' && cp <= 'ン') || cp == 'ー' || cp == '・' || (cp >= 'ｦ' && cp <= 'ﾟ'));

  private final String description;
  private final String what;
  private final IntPredicate allowed;

  private OnlyKana(ConstraintType type, String description, String what, IntPredicate allowed) {
    super(type);
    this.description = description;
    this.what = what;
    this.allowed = allowed;
  }

  private static ConstraintType type(String id, String description, String what, IntPredicate allowed) {
    ConstraintType[] self = new ConstraintType[1];
    self[0] = ConstraintType.define(id).factory(ctx -> new OnlyKana(self[0], description, what, allowed));
    return self[0];
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!allowed.test(cp) && isLetter(cp)) {
        int at = i;
        return Verdict.notFollowed(() -> "found the letter '" + Character.toString(cp) + "', not " + what
            + ", at character " + at);
      }
      i += Character.charCount(cp);
    }
    return Verdict.followed(() -> "every letter is " + what);
  }

  /** {@code unicodedata.category(c).startswith('L')}. */
  private static boolean isLetter(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
      default -> false;
    };
  }
}
