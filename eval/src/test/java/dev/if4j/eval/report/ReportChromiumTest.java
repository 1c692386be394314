package dev.if4j.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.eval.TestRegistry;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: rendered by headless Chromium, with its script run, the
 * charts and tables must be in the page, and a screenshot of it is kept in {@code
 * target/report-screenshot.png}. Skipped, saying why, where no Chromium is installed ({@code .ci/run}
 * installs Debian's {@code chromium}).
 */
class ReportChromiumTest {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

  @TempDir Path dir;

  private static String chromium() {
    String fromEnv = System.getenv("IF4J_CHROMIUM");
    if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) return fromEnv;
    for (String c : CANDIDATES) if (Files.isExecutable(Path.of(c))) return c;
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String d : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return Path.of(d, name).toString();
      }
    }
    return null;
  }

  @Test
  void theRenderedReportHasItsChartsAndTablesAndSortsOnRequest() throws Exception {
    String chromium = chromium();
    Assumptions.assumeTrue(chromium != null, "headless Chromium not found (looked for " + CANDIDATES
        + ", $IF4J_CHROMIUM and the PATH): install Debian's 'chromium' (apt-get install -y chromium; .ci/run does) to run this test");

    Path data = ReportFixtures.data(dir);
    Report report = Report.build(List.of(RunResults.load(ReportFixtures.base(dir, data), "base"),
        RunResults.load(ReportFixtures.tuned(dir, data), "tuned")),
        Map.of("base", Report.explainer(data, TestRegistry.judge(dir).evaluator())), Map.of(), 3, 2000, 1);
    Path html = dir.resolve("report.html");
    HtmlReport.write(report, html);
    // Sorted by the base run's strict accuracy (column 3), descending, through the URL.
    String url = html.toUri() + "#sort=-3";

    String dom = run(chromium, "--dump-dom", url);
    assertThat(dom).contains("data-sortable=\"ready\""); // the script ran
    assertThat(ReportTest.count(dom, "<svg class=\"chart\"")).isEqualTo(2);
    assertThat(ReportTest.count(dom, "<rect class=\"bar ")).isEqualTo(16);
    assertThat(dom).contains("id=\"headline\"").contains("id=\"comparison\"").contains("not significant");
    String table = between(dom, "id=\"instruction-table\"", "</table>");
    List<String> rows = all(table, "<tr><td><code>(.+?)</code>").stream().map(id -> id.replace("<wbr>", "")).toList();
    assertThat(rows).containsExactly("test:contains", "punctuation:no_comma"); // 100% before 75%
    assertThat(between(table, "<thead>", "</thead>")).contains("aria-sort=\"descending\"");

    Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    run(chromium, "--screenshot=" + shot, "--window-size=1280,2200", "--hide-scrollbars", url);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image).as("screenshot " + shot).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    // Not a blank page: many colours, and the base run's bar colour (#2b6cb0) among them.
    Set<Integer> colours = new HashSet<>();
    boolean barColour = false;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        barColour |= rgb == 0x2b6cb0;
      }
    }
    assertThat(colours.size()).isGreaterThan(50);
    assertThat(barColour).as("a strict bar of the base run is drawn").isTrue();
  }

  /** IFEval's 25 instruction ids: the longest a per-instruction table has to show. */
  private static final List<String> IFEVAL_IDS = List.of("change_case:capital_word_frequency",
      "change_case:english_capital", "change_case:english_lowercase", "combination:repeat_prompt",
      "combination:two_responses", "detectable_content:number_placeholders", "detectable_content:postscript",
      "detectable_format:constrained_response", "detectable_format:json_format", "detectable_format:multiple_sections",
      "detectable_format:number_bullet_lists", "detectable_format:number_highlighted_sections", "detectable_format:title",
      "keywords:existence", "keywords:forbidden_words", "keywords:frequency", "keywords:letter_frequency",
      "language:response_language", "length_constraints:nth_paragraph_first_word", "length_constraints:number_paragraphs",
      "length_constraints:number_sentences", "length_constraints:number_words", "punctuation:no_comma",
      "startend:end_checker", "startend:quotation");

  @Test
  void thePerInstructionTableOfFourRunsFitsA1280PixelScreen() throws Exception {
    String chromium = chromium();
    Assumptions.assumeTrue(chromium != null, "headless Chromium not found: install Debian's 'chromium' to run this test");
    List<RunResults> runs = new ArrayList<>();
    for (String name : List.of("baseline-model", "tuned-model-a", "tuned-model-b", "tuned-model-c")) {
      Path run = Files.createDirectories(dir.resolve(name));
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < IFEVAL_IDS.size(); i++) {
        lines.append("{\"follow_all_instructions\": ").append(i % 3 != 0).append(", \"follow_instruction_list\": [")
            .append(i % 3 != 0).append("], \"instruction_id_list\": [\"").append(IFEVAL_IDS.get(i))
            .append("\"], \"prompt\": \"prompt ").append(i).append("\", \"response\": \"r\"}\n");
      }
      Files.writeString(run.resolve("eval_results_strict.jsonl"), lines);
      Files.writeString(run.resolve("eval_results_loose.jsonl"), lines);
      Files.writeString(run.resolve("summary.json"), "{\"benchmark\": \"ifeval\"}");
      runs.add(RunResults.load(run, name));
    }
    Path html = dir.resolve("wide.html");
    // Measured in the page: the table's width against its box, and the page's against the window.
    Files.writeString(html, HtmlReport.render(Report.build(runs, Map.of(), Map.of(), 1, 200, 1)).replace("</body>",
        "<script>window.addEventListener('load', () => { const t = document.getElementById('instruction-table');"
            + " document.body.setAttribute('data-widths', t.scrollWidth + ' ' + t.parentElement.clientWidth + ' '"
            + " + document.documentElement.scrollWidth); });</script></body>"));

    String dom = run(chromium, "--window-size=1280,2000", "--virtual-time-budget=2000", "--dump-dom", html.toUri().toString());

    Matcher m = Pattern.compile("data-widths=\"(\\d+) (\\d+) (\\d+)\"").matcher(dom);
    assertThat(m.find()).as("the page measured itself").isTrue();
    assertThat(Integer.parseInt(m.group(1))).as("table width within its box").isLessThanOrEqualTo(Integer.parseInt(m.group(2)));
    assertThat(Integer.parseInt(m.group(3))).as("page width").isLessThanOrEqualTo(1280);
  }

  /** Runs headless Chromium on {@code url}; its standard output. */
  private String run(String chromium, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=" + dir.resolve("chromium-profile")));
    cmd.addAll(List.of(args));
    File out = dir.resolve("chromium.out").toFile();
    File err = dir.resolve("chromium.err").toFile();
    Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished within 2 minutes").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).as(Files.readString(err.toPath(), StandardCharsets.UTF_8)).isZero();
    return Files.readString(out.toPath(), StandardCharsets.UTF_8);
  }

  private static String between(String s, String from, String to) {
    int i = s.indexOf(from);
    assertThat(i).as("'" + from + "' in the page").isNotNegative();
    int j = s.indexOf(to, i);
    return s.substring(i, j < 0 ? s.length() : j);
  }

  private static List<String> all(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
