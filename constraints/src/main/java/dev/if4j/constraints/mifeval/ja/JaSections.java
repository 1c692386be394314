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
import java.util.List;
import java.util.Map;

/**
 * {@code detectable_format:multiple_sections} in Japanese: at least N section headings {@code
 * 第N章} (the splitter after {@code 第} and a number in ASCII, full-width or any decimal digits),
 * counted as upstream counts the pieces of {@code re.split(r"\s?第[\d０-９]+" + splitter + r"\s?")}
 * less one. Upstream puts the splitter into the pattern unescaped; it is matched literally here,
 * which differs only for a splitter holding regex metacharacters.
 */
public final class JaSections extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:detectable_format:multiple_sections")
      .arg(ArgSpec.string("section_spliter", "the word after 第N (stripped), e.g. 章; missing: 章, 節 or 項 at random"))
      .arg(ArgSpec.integer("num_sections", "the least number of sections; missing or negative: random 1-5"))
      .factory(JaSections::new);

  private final String splitter;
  private final long expected;

  private JaSections(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("section_spliter");
    this.splitter = given == null ? ctx.choice(List.of("章", "節", "項")) : Py.strip(given);
    this.expected = IfEvalArgs.longCountOrDraw(ctx, "num_sections", 1, 5);
  }

  @Override
  public String describe() {
    return new Description("あなたは{num_sections}つのセクションで文章を構成させて応答してください。各セクションの始まりは次のように"
        + "数字と{section_spliter}から書き始めてください。例:\n第1{section_spliter}\n[セクション1の内容]\n第2{section_spliter}\n"
        + "[セクション2の内容]").fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("section_spliter", splitter, "num_sections", expected);
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int n = s.length();
    int found = 0;
    for (int i = s.indexOf('第'); i >= 0 && i < n; ) {
      int j = i + 1;
      while (j < n && Py.isDecimal(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
      if (j > i + 1 && s.startsWith(splitter, j)) {
        found++;
        i = s.indexOf('第', j + splitter.length());
      } else {
        i = s.indexOf('第', i + 1);
      }
    }
    int count = found;
    return Verdict.of(count >= expected,
        () -> "found " + count + " 第N" + splitter + " headings, expected at least " + expected);
  }
}
