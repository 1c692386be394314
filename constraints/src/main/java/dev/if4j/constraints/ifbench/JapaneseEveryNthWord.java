package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code count:words_japanese}: every N-th whitespace-separated word is Japanese.
 *
 * <p>As the reference: word i (counting from 1) with {@code i % N == 0} is stripped of ASCII
 * punctuation; unless that leaves nothing or only digits ({@code str.isdigit}), it must hold at
 * least one kana or CJK ideograph (U+3040..U+30FF, U+4E00..U+9FFF). Other words are free.
 *
 * <p>Reference quirks, kept:
 *
 * <ul>
 *   <li>The description's ordinal suffix comes from the N <em>given</em>, and for 1, 2 and 3 the
 *       sentence loses its "word": "Every 21st of your response must be in Japanese.", also
 *       "11st", "12nd", "13rd". A negative N is replaced by a draw from 1..30, but the suffix still
 *       follows the given N ({@code N % 10} in Python's sign convention).
 *   <li>N = 0 makes {@code i % 0} raise ZeroDivisionError on the first word: never followed.
 *   <li>A float N ({@code 5.0}) is used as is: the modulo is Python's float modulo and the
 *       description prints "5.0".
 * </ul>
 *
 * <p>Where we differ: with no N at all the reference raises TypeError while building the
 * description ({@code None % 10}); we draw N from 1..30, as it means to, and word the
 * description for the drawn N. Such a constraint is reference-random either way.
 */
public final class JapaneseEveryNthWord extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:words_japanese")
      .arg(NumberArg.spec("N", "every N-th word must be Japanese; missing or negative: random 1-30"))
      .factory(JapaneseEveryNthWord::new);

  private final NumberArg n;
  private final String description;

  JapaneseEveryNthWord(BuildContext ctx) {
    super(TYPE);
    NumberArg given = NumberArg.given(ctx, "N");
    n = given == null || given.isNegative() ? NumberArg.ofInt(ctx.randint(1, 30)) : given;
    double lastDigit = pyMod((given == null ? n : given).value(), 10);
    String pattern = "Every %sth word of your response must be in Japanese.";
    if (lastDigit == 1) pattern = "Every %sst of your response must be in Japanese.";
    if (lastDigit == 2) {
      pattern = "Every %snd of your response must be in Japanese.";
    } else if (lastDigit == 3) {
      pattern = "Every %srd of your response must be in Japanese.";
    }
    description = pattern.replace("%s", n.toString());
  }

  /** Python's {@code a % b} on floats (the result takes the divisor's sign); also exact for ints. */
  static double pyMod(double a, double b) {
    double r = a % b;
    if (r != 0 && (r < 0) != (b < 0)) r += b;
    return r;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("N", n.json());
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int len = s.length();
    if (n.value() == 0) {
      // (i + 1) % 0 is evaluated for the first word.
      return Py.skipSpace(s, 0) == len
          ? Verdict.followed(() -> "no words")
          : Verdict.notFollowed(() -> "N is 0: the reference raises ZeroDivisionError");
    }
    long index = 0;
    for (int i = Py.skipSpace(s, 0); i < len; i = Py.skipSpace(s, i)) {
      int end = CountsAndRatiosTexts.wordEnd(s, i);
      index++;
      boolean nth = n.isFloat() ? pyMod(index, n.asDouble()) == 0 : index % n.asLong() == 0;
      if (nth) {
        String word = CountsAndRatiosTexts.stripPunctuation(s, i, end);
        if (!word.isEmpty() && !Py.isDigit(word) && !hasJapanese(word)) {
          long at = index;
          return Verdict.notFollowed(() -> "word " + at + " (" + word + ") is not Japanese");
        }
      }
      i = end;
    }
    long words = index;
    return Verdict.followed(() -> "each word at a multiple of " + n + " (of " + words
        + ") is Japanese, a number or punctuation");
  }

  /** Whether {@code word} holds a hiragana, katakana or CJK unified ideograph. */
  static boolean hasJapanese(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ((c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF')) return true;
    }
    return false;
  }
}
