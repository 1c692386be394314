package dev.if4j.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report says what scored each run, and warns when runs were scored by different checkers. */
class ReportStampTest {
  @TempDir Path dir;

  private Report report(Path... runs) throws IOException {
    List<RunResults> loaded = new java.util.ArrayList<>();
    for (Path p : runs) loaded.add(RunResults.load(p, p.getFileName().toString()));
    return Report.build(loaded, Map.of(), Map.of(), 2, 200, 1);
  }

  @Test
  void runsScoredAlikeNameTheirCheckersOnce() throws IOException {
    Path data = ReportFixtures.data(dir);
    Report r = report(ReportFixtures.base(dir, data), ReportFixtures.tuned(dir, data));
    assertThat(r.scoredWith()).singleElement().asString().startsWith("if4j ").endsWith(", registry test");
    assertThat(MarkdownReport.render(r)).contains("Scored with if4j ").doesNotContain("different checkers");
  }

  @Test
  void runsScoredByDifferentCheckersAreFlagged() throws IOException {
    Path data = ReportFixtures.data(dir);
    Path base = ReportFixtures.base(dir, data);
    Path tuned = ReportFixtures.tuned(dir, data);
    // As if the tuned run had been scored with a fixed flavour.
    Path summary = tuned.resolve("summary.json");
    Files.writeString(summary, Files.readString(summary).replace("\"fixes\" : [ ]", "\"fixes\" : [ \"no-random-args\" ]"));
    Report r = report(base, tuned);
    assertThat(r.scoredWith()).hasSize(2);
    assertThat(r.scoredWith().get(1)).endsWith("registry test (fixes: no-random-args)");
    assertThat(MarkdownReport.render(r)).contains("**These runs were scored by different checkers**");
    assertThat(HtmlReport.render(r)).contains("These runs were scored by different checkers");
  }

  @Test
  void runsScoredWithDifferentUpstreamVersionsAreFlagged() throws IOException {
    Path data = ReportFixtures.data(dir);
    Path base = ReportFixtures.base(dir, data);
    Path tuned = ReportFixtures.tuned(dir, data);
    stampUpstream(base, "ifbench@db69a6f (allenai/IFBench, 2026-08-19)");
    stampUpstream(tuned, "ifbench@8a66c06 (allenai/IFBench, 2025-07-02)");
    Report r = report(base, tuned);
    assertThat(r.upstreamVersions()).containsExactly("ifbench@db69a6f (allenai/IFBench, 2026-08-19)",
        "ifbench@8a66c06 (allenai/IFBench, 2025-07-02)");
    assertThat(r.scoredWith().get(1)).endsWith(", upstream ifbench@8a66c06 (allenai/IFBench, 2025-07-02)");
    assertThat(MarkdownReport.render(r))
        .contains("**These runs were scored with different upstream versions of the checkers**");
    assertThat(HtmlReport.render(r)).contains("different upstream versions of the checkers");
  }

  @Test
  void runsScoredWithOneUpstreamVersionAreNotFlagged() throws IOException {
    Path data = ReportFixtures.data(dir);
    Path base = ReportFixtures.base(dir, data);
    Path tuned = ReportFixtures.tuned(dir, data);
    stampUpstream(base, "ifbench@8e6a9be (allenai/IFBench, 2026-01-04)");
    stampUpstream(tuned, "ifbench@8e6a9be (allenai/IFBench, 2026-01-04)");
    Report r = report(base, tuned);
    assertThat(r.upstreamVersions()).hasSize(1);
    assertThat(MarkdownReport.render(r)).doesNotContain("different upstream versions");
  }

  /** As if the run had been scored by that upstream version (the stamp's upstream field). */
  private static void stampUpstream(Path run, String version) throws IOException {
    Path summary = run.resolve("summary.json");
    String text = Files.readString(summary);
    assertThat(text).contains("\"upstream\" : [ ]");
    Files.writeString(summary, text.replace("\"upstream\" : [ ]", "\"upstream\" : [ \"" + version + "\" ]"));
  }
}
