package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code letters:furigana}: every run of kanji ({@code [\u4e00-\u9faf]+}) is followed at once by its
 * reading in full-width brackets, {@code 漢字（かんじ）} (hiragana {@code ぁ}..{@code ん} only).
 * Upstream compares the number of kanji runs with the number of runs so followed, which comes to
 * this. A response without kanji follows.
 */
public final class Furigana extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:letters:furigana").factory(Furigana::new);

  private Furigana(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "全ての漢字にふりがなをつけてください。ふりがなは全角の括弧（）の中に書いてください。";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int n = s.length();
    int runs = 0;
    for (int i = 0; i < n; ) {
      if (!CharacterCount.isKanji(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && CharacterCount.isKanji(s.charAt(end))) end++;
      runs++;
      if (!readingAt(s, end)) {
        String run = s.substring(i, end);
        int number = runs;
        return Verdict.notFollowed(() -> "kanji run " + number + " '" + run + "' has no （ふりがな） after it");
      }
      i = end;
    }
    int total = runs;
    return Verdict.followed(() -> total + " kanji runs, each with its reading");
  }

  /** {@code （[ぁ-ん]+）} at {@code i}. */
  private static boolean readingAt(String s, int i) {
    if (i >= s.length() || s.charAt(i) != '（') return false;
    int j = i + 1;
    while (j < s.length() && s.charAt(j) >= 'ぁ' && s.charAt(j) <= 'ん') j++;
    return j > i + 1 && j < s.length() && s.charAt(j) == '）';
  }
}
