package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The Japanese instructions that forbid a class of characters anywhere in the response: {@code
 * punctuation:no_comma} ({@code 、}), {@code punctuation:no_period} ({@code 。}), {@code
 * letters:no_hiragana} ({@code ぁ}..{@code ゖ}), {@code letters:no_katakana} ({@code ァ}..{@code ヺ}
 * and half-width {@code ｦ}..{@code ﾟ}) and {@code letters:kansuuji} (numbers in kanji: no {@code
 * re} {@code \d}, i.e. no decimal digit of any script); and {@code letters:hiragana_only} /
 * {@code letters:katakana_only}, which forbid every letter (Unicode category L*) that is not hiragana
 * ({@code ぁ}..{@code ん}, {@code ー}) or katakana ({@code ァ}..{@code ン}, {@code ー}, {@code ・},
 * half-width {@code ｦ}..{@code ﾟ}); digits, punctuation and spaces do not matter there. {@code ゔ},
 * {@code ゕ} and {@code ヴ}, {@code ヵ}, {@code ヶ} fall outside the ranges upstream wrote, so they fail.
 */
public final class ForbiddenCharacters extends TypedConstraint {
  public static final ConstraintType NO_COMMA = type("ja:punctuation:no_comma",
      "応答全体で読点を使用しないでください。", "'、'", cp -> cp == '、');
  public static final ConstraintType NO_PERIOD = type("ja:punctuation:no_period",
      "応答全体で句点を使用しないでください。", "'。'", cp -> cp == '。');
  public static final ConstraintType NO_HIRAGANA = type("ja:letters:no_hiragana",
      "ひらがなを一文字も使わないで答えてください。", "hiragana", cp -> cp >= 'ぁ' && cp <= 'ゖ');
  public static final ConstraintType NO_KATAKANA = type("ja:letters:no_katakana",
      "カタカナを一文字も使わないで答えてください。", "katakana",
      cp -> (cp >= 'ァ' && cp <= 'ヺ') || (cp >= 'ｦ' && cp <= 'ﾟ'));
  public static final ConstraintType KANSUUJI = type("ja:letters:kansuuji",
      "数字を全て漢数字で表記してください。", "digits", Py::isDecimal);

  public static final ConstraintType HIRAGANA_ONLY = onlyKana("ja:letters:hiragana_only",
      "ひらがなだけを用いて答えてください。", "hiragana", cp -> (cp >= 'ぁ' && cp <= 'ん') || cp == 'ー');
  public static final ConstraintType KATAKANA_ONLY = onlyKana("ja:letters:katakana_only",
      "カタカナだけを用いて答えてください。", "katakana",
      cp -> (cp >= 'ァ' && cp <= 'ン') || cp == 'ー' || cp == '・' || (cp >= 'ｦ' && cp <= 'ﾟ'));

  private final String description;
  private final IntPredicate forbidden;
  /** What a forbidden character is called in the reason ("'、' ('、')", "the letter 'a', not hiragana,"). */
  private final IntFunction<String> found;
  private final String followed;

  private ForbiddenCharacters(ConstraintType type, String description, IntPredicate forbidden,
      IntFunction<String> found, String followed) {
    super(type);
    this.description = description;
    this.forbidden = forbidden;
    this.found = found;
    this.followed = followed;
  }

  private static ConstraintType type(String id, String description, String what, IntPredicate forbidden) {
    return define(id, description, forbidden, cp -> "'" + Character.toString(cp) + "' (" + what + ")", "no " + what);
  }

  private static ConstraintType onlyKana(String id, String description, String what, IntPredicate allowed) {
    return define(id, description, cp -> !allowed.test(cp) && isLetter(cp),
        cp -> "the letter '" + Character.toString(cp) + "', not " + what + ",", "every letter is " + what);
  }

  private static ConstraintType define(String id, String description, IntPredicate forbidden,
      IntFunction<String> found, String followed) {
    return ConstraintType.define(id)
        .factoryOfType((type, ctx) -> new ForbiddenCharacters(type, description, forbidden, found, followed));
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
      if (forbidden.test(cp)) {
        int at = i;
        return Verdict.notFollowed(() -> "found " + found.apply(cp) + " at character " + at);
      }
      i += Character.charCount(cp);
    }
    return Verdict.followed(() -> followed);
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
