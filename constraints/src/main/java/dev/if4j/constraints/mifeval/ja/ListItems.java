package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.constraints.ifeval.LineItems;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code detectable_format:number_bullet_lists} ({@code ・} items) and {@code
 * detectable_format:number_numbered_lists} ({@code 1.} items) in Japanese: exactly N matches of
 * {@code ^\s*・[^・].*$} or {@code ^\s*\d+\.\s.*$} (MULTILINE). As with Google's {@code *} bullets,
 * {@code \s*} runs across blank lines, and the character after the marker may be a newline, the
 * match then running to the end of the next line (which hides an item there): {@link LineItems}.
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

  private int count(String s) {
    return LineItems.count(s, bullets ? ListItems::bulletAt : ListItems::numberAt);
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
