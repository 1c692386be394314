package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code detectable_format:number_bullet_lists} ({@code ・} items) and {@code
 * detectable_format:number_numbered_lists} ({@code 1.} items) in Japanese: exactly N matches of
 * {@code ^\s*・[^・].*$} or {@code ^\s*\d+\.\s.*$} (MULTILINE). As with Google's {@code *} bullets,
 * {@code \s*} runs across blank lines, and the character after the marker may be a newline, the
 * match then running to the end of the next line (which hides an item there).
 */
public final class ListItems extends TypedConstraint {
  public static final ConstraintType BULLETS = ConstraintType.define("ja:detectable_format:number_bullet_lists")
      .arg(ArgSpec.integer("num_bullets", "the exact number of ・ items; missing or negative: random 1-5"))
      .factory(ctx -> new ListItems(ctx, true));

  public static final ConstraintType NUMBERED = ConstraintType.define("ja:detectable_format:number_numbered_lists")
      .arg(ArgSpec.integer("num_items", "the exact number of numbered items; missing or negative: random 1-5"))
      .factory(ctx -> new ListItems(ctx, false));

  private final boolean bullets;
  private final long expected;

  private ListItems(BuildContext ctx, boolean bullets) {
    super(bullets ? BULLETS : NUMBERED);
    this.bullets = bullets;
    this.expected = IfEvalArgs.longCountOrDraw(ctx, bullets ? "num_bullets" : "num_items", 1, 5);
  }

  @Override
  public String describe() {
    return new Description(bullets
        ? "応答はちょうど {num_bullets} 個の箇条書きで構成してください。 以下のような箇条書きの形を参考にしてください:\n・一つめの内容\n・二つめの内容"
        : "応答はちょうど {num_items} 個の番号付きリストで構成してください。 以下のような番号付きリストの形を参考にしてください:\n1. 一つめの内容\n2. 二つめの内容")
        .fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return Map.of(bullets ? "num_bullets" : "num_items", expected);
  }

  @Override
  public Verdict check(TextView response) {
    int found = count(response.text());
    String what = bullets ? "・ items" : "numbered items";
    return Verdict.of(found == expected, () -> "found " + found + " " + what + ", expected exactly " + expected);
  }

  /** The non-overlapping matches, line start by line start, in one pass (whitespace runs measured once). */
  private int count(String s) {
    int n = s.length();
    int count = 0;
    int runEnd = -1; // end of the whitespace run last measured; line starts inside it share it
    int line = 0; // a position where ^ matches: 0 or just after '\n'
    while (line <= n) {
      int k;
      if (line < runEnd) {
        k = runEnd;
      } else {
        k = line;
        while (k < n && Py.isSpace(s.charAt(k))) k++;
        runEnd = k;
      }
      int afterItem = bullets ? bulletAt(s, k) : numberAt(s, k);
      int from = line;
      if (afterItem >= 0) {
        count++;
        // The last character of the item's head may be a newline; .* then runs on the next line.
        from = afterItem;
      }
      int nl = s.indexOf('\n', from);
      if (nl < 0) break;
      line = nl + 1;
    }
    return count;
  }

  /** {@code ・[^・]} at {@code k}: where the match's {@code .*} starts, or -1. */
  private static int bulletAt(String s, int k) {
    if (k + 1 < s.length() && s.charAt(k) == '・' && s.charAt(k + 1) != '・') {
      return k + 1 + Character.charCount(s.codePointAt(k + 1));
    }
    return -1;
  }

  /** {@code \d+\.\s} at {@code k}: where the match's {@code .*} starts, or -1. */
  private static int numberAt(String s, int k) {
    int n = s.length();
    int j = k;
    while (j < n && Py.isDecimal(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
    if (j == k || j + 1 >= n || s.charAt(j) != '.' || !Py.isSpace(s.charAt(j + 1))) return -1;
    return j + 2;
  }
}
