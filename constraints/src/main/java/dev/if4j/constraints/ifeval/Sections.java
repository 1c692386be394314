package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code detectable_format:multiple_sections}: at least N sections, each started by the splitter
 * word and a number ("SECTION 1").
 *
 * <p>The reference splits the text with {@code re.split(r"\s?" + spliter + r"\s?\d+\s?", text)} and
 * counts the pieces minus one, i.e. the non-overlapping occurrences of the splitter followed (after
 * at most one whitespace) by a number in any script ({@code \d} is Unicode Nd). The splitter need
 * not start a line or a word, and case matters: with "SECTION", "SUBSECTION 2" counts while
 * "Section 2" and "SECTIONS 2" (no number right after the splitter) do not.
 *
 * <p>The splitter is matched literally. The reference interpolates it into the regex unescaped;
 * that only differs for splitters holding regex metacharacters ({@code "Part."}, {@code "A|B"}),
 * never for words like "Section", "SECTION", "Day" or "PARAGRAPH".
 */
public final class Sections extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("detectable_format:multiple_sections")
      .string("section_spliter", "the word that starts each section, e.g. SECTION (stripped); missing: Section or SECTION at random")
      .integer("num_sections", "the minimum number of sections; missing or negative: random 1-5")
      .factory(Sections::new);

  private final String spliter;
  private final long minimum;

  Sections(BuildContext ctx) {
    super(TYPE);
    String s = ctx.args().string("section_spliter");
    spliter = s == null ? ctx.choice(List.of("Section", "SECTION")) : Py.strip(s);
    minimum = IfEvalArgs.longCountOrDraw(ctx, "num_sections", 1, 5);
  }

  @Override
  public String describe() {
    return "Your response must have " + minimum + " sections. Mark the beginning of each section with "
        + spliter + " X, such as:\n" + spliter + " 1\n[content of section 1]\n" + spliter
        + " 2\n[content of section 2]";
  }

  @Override
  public Map<String, Object> args() {
    // In the reference's order (get_instruction_args).
    return IfEvalArgs.ordered("section_spliter", spliter, "num_sections", minimum);
  }

  @Override
  public Verdict check(TextView response) {
    int found = count(response.text(), spliter);
    return Verdict.of(found >= minimum, () -> "found " + found + " section"
        + (found == 1 ? "" : "s") + " marked '" + spliter + " <number>', expected at least " + minimum);
  }

  /** The number of non-overlapping matches of {@code \s?<spliter>\s?\d+\s?}, spliter literal. */
  public static int count(String s, String spliter) {
    int n = s.length();
    int count = 0;
    if (spliter.isEmpty()) {
      // \s?\s?\d+\s? : every maximal run of digits is one match (\d+ is greedy).
      int i = 0;
      while (i < n) {
        int cp = s.codePointAt(i);
        if (Py.isDecimal(cp)) {
          count++;
          i = digitsEnd(s, i);
        } else {
          i += Character.charCount(cp);
        }
      }
      return count;
    }
    int from = 0;
    int at;
    // A stripped, non-empty splitter starts with a non-space, so the optional leading \s only
    // moves a match's start back by one; where the previous match ended does not matter. The
    // search start only moves right: one pass finds every candidate.
    Needle.Scan candidates = Needle.of(spliter).scan(s, 0);
    while ((at = candidates.nextFrom(from)) >= 0) {
      int k = at + spliter.length();
      if (k < n && Py.isSpace(s.charAt(k)) && k + 1 < n && Py.isDecimal(s.codePointAt(k + 1))) k++;
      if (k < n && Py.isDecimal(s.codePointAt(k))) {
        count++;
        int end = digitsEnd(s, k);
        if (end < n && Py.isSpace(s.charAt(end))) end++;
        from = end;
      } else {
        from = at + 1;
      }
    }
    return count;
  }

  private static int digitsEnd(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!Py.isDecimal(cp)) break;
      i += Character.charCount(cp);
    }
    return i;
  }
}
