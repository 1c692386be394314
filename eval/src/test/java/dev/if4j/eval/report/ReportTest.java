package dev.if4j.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.if4j.eval.TestRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir Path dir;

  private Report twoRuns(boolean reasons) throws IOException {
    Path data = ReportFixtures.data(dir);
    RunResults base = RunResults.load(ReportFixtures.base(dir, data), "base");
    RunResults tuned = RunResults.load(ReportFixtures.tuned(dir, data), "tuned");
    Map<String, Report.Explainer> explainers = reasons
        ? Map.of("base", Report.explainer(data, TestRegistry.judge(dir).evaluator()),
            "tuned", Report.explainer(data, TestRegistry.judge(dir).evaluator()))
        : Map.of();
    return Report.build(List.of(base, tuned), explainers, Map.of("base", "reasons not available: test", "tuned", "none"),
        2, 5000, 1);
  }

  @Test
  void theComparisonPairsPromptsAndTestsTheDifference() throws IOException {
    Report r = twoRuns(true);
    Report.Comparison c = r.comparisons().get(0);
    assertThat(c.paired()).isEqualTo(40);
    assertThat(c.unpaired()).isZero();
    Report.Metric m = c.strict();
    assertThat(m.base()).isEqualTo(0.75);
    assertThat(m.other()).isEqualTo(0.8);
    assertThat(m.b()).isEqualTo(6);
    assertThat(m.c()).isEqualTo(8);
    // scipy.stats.binomtest(6, 14, 0.5).pvalue
    assertThat(m.p()).isCloseTo(0.79052734375, within(1e-12));
    assertThat(m.significant()).isFalse();
    assertThat(m.ci().contains(0.05)).isTrue();
    assertThat(m.ci().contains(0)).isTrue();
  }

  @Test
  void failuresComeWithTheCheckersReasonsAndTheirPromptKeys() throws IOException {
    Report r = twoRuns(true);
    Report.Failures f = r.failures("base");
    assertThat(f.counts()).containsEntry("punctuation:no_comma", 10).doesNotContainKey("test:contains");
    assertThat(f.byInstruction().get("punctuation:no_comma")).hasSize(2).first().satisfies(e -> {
      assertThat(e.key()).isEqualTo("100");
      assertThat(e.reason()).contains("comma");
      assertThat(e.loose()).isFalse();
    });
    assertThat(f.note()).contains("test checkers").contains("input_data.jsonl");
  }

  @Test
  void theHtmlPageIsSelfContainedEscapedAndHasChartsTableAndComparison() throws IOException {
    String html = HtmlReport.render(twoRuns(true));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<script>");
    // Nothing is fetched: no external scripts, styles, images or fonts.
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//")
        .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
    // Responses are text, never markup.
    assertThat(html).doesNotContain("<img src=x").contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more");
    assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(2);
    // Categories punctuation and test, instructions 2: per run strict and loose bars.
    assertThat(count(html, "<rect class=\"bar ")).isEqualTo((2 + 2) * 2 * 2);
    assertThat(html).contains("id=\"instruction-table\" class=\"sortable\"").contains("Δ strict tuned");
    assertThat(html).contains("not significant").contains("75.0%").contains("80.0%").contains("+5.0 pp").contains("6 / 8");
    assertThat(html).contains("Reason: ");
  }

  @Test
  void theMarkdownHasTheSameNumbers() throws IOException {
    String md = MarkdownReport.render(twoRuns(false));
    // ±: 1.96 lm-eval standard errors, sqrt(0.75 * 0.25 / 39) = 0.0693 -> ±13.6 points.
    assertThat(md).contains("| base | – | 40 | 75.0% ±13.6 (30/40) | 75.0% ±13.6 (30/40) | 87.5% (70/80)").contains("| tuned | strict | 75.0% | 80.0% | +5.0 pp |")
        .contains("| 6 / 8 | 0.791 | not significant |").contains("| `punctuation:no_comma` |")
        .contains("_reasons not available: test_").contains("reason not available");
  }

  @Test
  void aSignificantDifferenceIsCalledSo() throws IOException {
    Path data = ReportFixtures.data(dir);
    RunResults good = RunResults.load(ReportFixtures.run(dir, "good", data, i -> true), "good");
    RunResults bad = RunResults.load(ReportFixtures.run(dir, "bad", data, i -> i % 3 == 0), "bad");
    Report.Comparison c = Report.build(List.of(good, bad), Map.of(), Map.of(), 1, 2000, 3).comparisons().get(0);
    // 26 prompts only the first run follows, none the other way: p = 2 / 2^26.
    assertThat(c.strict().b()).isEqualTo(26);
    assertThat(c.strict().c()).isZero();
    assertThat(c.strict().p()).isCloseTo(2.0 / (1 << 26), within(1e-15));
    assertThat(c.strict().significant()).isTrue();
    assertThat(c.strict().ci().high()).isLessThan(0);
    assertThat(MarkdownReport.render(Report.build(List.of(good, bad), Map.of(), Map.of(), 1, 2000, 3)))
        .contains("**significant at 5%**");
  }

  static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  @Test
  void listsThePromptsThatFlippedAndWhereEachRunCameFrom() throws IOException {
    Report r = twoRuns(false);
    Report.Comparison c = r.comparisons().get(0);
    // McNemar's b / c above: 6 prompts only the baseline follows, 8 only the tuned run.
    assertThat(c.flips()).hasSize(14);
    assertThat(c.flips().stream().filter(f -> f.baseStrict() && !f.otherStrict())).hasSize(6);
    String md = MarkdownReport.render(r);
    assertThat(md).contains("### Prompts that flipped: base → tuned (14)").contains("| ✓ → ✗ |").contains("| ✗ → ✓ |")
        .contains("## Runs\n\n- **base** ");
    assertThat(HtmlReport.render(r)).contains("<summary>Prompts that flipped: base → tuned (14)</summary>")
        .contains("<section id=\"runs\">");
  }
}
