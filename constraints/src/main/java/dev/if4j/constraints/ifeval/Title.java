package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code detectable_format:title}: a title in double angular brackets, {@code <<like this>>},
 * anywhere in the response.
 *
 * <p>The reference finds {@code <<[^\n]+>>} (greedy: from the first {@code <<} of a line to the
 * last {@code >>} of that line) and accepts a match whose inside, once {@code <} and {@code >} are
 * stripped from its ends and then whitespace, is not empty. So {@code << >>} and {@code <<>>} are
 * no title, {@code <<a>> and <<b>>} is one match, and a title cannot span lines.
 */
public final class Title extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:title").factory(Title::new);

  Title(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int at = find(s);
    return at >= 0
        ? Verdict.followed(() -> "found a title at character " + at)
        : Verdict.notFollowed(() -> "no non-empty <<title>> found");
  }

  /** Where the first non-empty {@code <<[^\n]+>>} match starts, or -1. */
  static int find(String s) {
    int n = s.length();
    int open = s.indexOf("<<");
    while (open >= 0) {
      int nl = s.indexOf('\n', open);
      int lineEnd = nl < 0 ? n : nl;
      // On one line there is at most one match: the first "<<" with the last ">>" at least one
      // character after it. A later "<<" could only pair with the same or an earlier ">>", or
      // with the rest of the line after this match, which holds no ">>".
      int close = lineEnd - 2;
      while (close >= open + 3 && !(s.charAt(close) == '>' && s.charAt(close + 1) == '>')) close--;
      if (close >= open + 3 && hasText(s, open, close + 2)) return open;
      open = nl < 0 ? -1 : s.indexOf("<<", nl + 1);
    }
    return -1;
  }

  /** {@code title.lstrip("<").rstrip(">").strip()} is not empty. */
  private static boolean hasText(String s, int from, int to) {
    while (from < to && s.charAt(from) == '<') from++;
    while (to > from && s.charAt(to - 1) == '>') to--;
    return !Py.isBlank(s.subSequence(from, to));
  }
}
