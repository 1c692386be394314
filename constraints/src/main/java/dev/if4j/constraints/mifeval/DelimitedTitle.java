package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code detectable_format:title} with a language's own title marks: French {@code ##titre##}
 * ({@code ##[^\n]+##}), Japanese {@code 『タイトル』}. As Google's {@code <<title>>}: the regular
 * expression {@code OPEN[^\n]+CLOSE} is greedy (from the first opening mark of a line to the last
 * closing mark of that line), and a match counts when its inside, once the mark characters are
 * stripped from its ends and then whitespace, is not empty.
 */
public final class DelimitedTitle extends TypedConstraint {
  private final String open;
  private final String close;
  private final String description;

  private DelimitedTitle(ConstraintType type, String open, String close, String description) {
    super(type);
    this.open = open;
    this.close = close;
    this.description = description;
  }

  /** The instruction {@code id} looking for {@code open...close}; {@code description} is upstream's text. */
  public static ConstraintType type(String id, String open, String close, String description) {
    return ConstraintType.define(id)
        .factoryOfType((type, ctx) -> new DelimitedTitle(type, open, close, description));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Verdict check(TextView response) {
    int at = find(response.text());
    return at >= 0
        ? Verdict.followed(() -> "found a title at character " + at)
        : Verdict.notFollowed(() -> "no non-empty " + open + "title" + close + " found");
  }

  /** Where the first non-empty match starts, or -1. */
  int find(String s) {
    int n = s.length();
    int from = s.indexOf(open);
    while (from >= 0) {
      int nl = s.indexOf('\n', from);
      int lineEnd = nl < 0 ? n : nl;
      // One match per line at most: the first opening mark with the last closing mark that leaves at
      // least one character between them. A later opening mark could only pair with the same closing
      // mark or none, and the rest of the line after the match holds no closing mark.
      int last = s.lastIndexOf(close, lineEnd - close.length());
      int minClose = from + open.length() + 1;
      if (last >= minClose) {
        if (hasText(s, from, last + close.length())) return from;
      }
      from = nl < 0 ? -1 : s.indexOf(open, nl + 1);
    }
    return -1;
  }

  /** {@code title.lstrip(open).rstrip(close).strip()} is not empty (the marks as character sets). */
  private boolean hasText(String s, int from, int to) {
    while (from < to && open.indexOf(s.charAt(from)) >= 0) from++;
    while (to > from && close.indexOf(s.charAt(to - 1)) >= 0) to--;
    return !Py.isBlank(s.subSequence(from, to));
  }
}
