package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.function.IntPredicate;

/**
 * The Japanese instructions that forbid a class of characters anywhere in the response: {@code
 * punctuation:no_comma} ({@code 、}), {@code punctuation:no_period} ({@code 。}), {@code
 * letters:no_hiragana} ({@code ぁ}..{@code ゖ}), {@code letters:no_katakana} ({@code ァ}..{@code ヺ}
 * and half-width {@code ｦ}..{@code ﾟ}) and {@code letters:kansuuji} (numbers in kanji: no {@code
 * re} {@code \d}, i.e. no decimal digit of any script).
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

  private final String description;
  private final String what;
  private final IntPredicate forbidden;

  private ForbiddenCharacters(ConstraintType type, String description, String what, IntPredicate forbidden) {
    super(type);
    this.description = description;
    this.what = what;
    this.forbidden = forbidden;
  }

  private static ConstraintType type(String id, String description, String what, IntPredicate forbidden) {
    ConstraintType[] self = new ConstraintType[1];
    self[0] = ConstraintType.define(id).factory(ctx -> new ForbiddenCharacters(self[0], description, what, forbidden));
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
      if (forbidden.test(cp)) {
        int at = i;
        return Verdict.notFollowed(() -> "found '" + Character.toString(cp) + "' (" + what + ") at character " + at);
      }
      i += Character.charCount(cp);
    }
    return Verdict.followed(() -> "no " + what);
  }
}
