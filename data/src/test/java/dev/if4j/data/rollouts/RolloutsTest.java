package dev.if4j.data.rollouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.data.TestData;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutsTest {
  static final Evaluator EVALUATOR = new Evaluator(IfEval.registry(),
      new TextTools(ResourceStore.offline(TestData.shared().resolve("resources"))));

  @TempDir Path dir;

  /** Two instructions: no commas, and all lowercase. */
  static final String ROLLOUTS = String.join("\n",
      "{\"key\": 1, \"prompt\": \"Say hi.\", \"instruction_id_list\": [\"punctuation:no_comma\", \"change_case:english_lowercase\"],"
          + " \"kwargs\": [{}, {}], \"responses\": [\"hi there\", \"Hi, there\", \"hi, there\", \"Hi there\", \"hi there\"]}",
      "{\"prompt\": [{\"role\": \"user\", \"content\": \"Say bye.\"}], \"reward_model\": {\"style\": \"rule\", \"ground_truth\":"
          + " {\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}}, \"extra_info\": {\"index\": 7},"
          + " \"responses\": [{\"response\": \"bye\"}, \"bye now\"]}") + "\n";

  List<Rollout> read(Path file) throws Exception {
    List<Rollout> out = new ArrayList<>();
    try (JsonlReader r = new JsonlReader(file)) {
      for (JsonlReader.Line l = r.next(); l != null; l = r.next()) out.add(Rollout.read(l));
    }
    return out;
  }

  @Test
  void scoresAreTheFractionFollowedAndWhetherAllAre() throws Exception {
    Path in = dir.resolve("r.jsonl");
    Files.writeString(in, ROLLOUTS);
    List<Rollout> rs = read(in);
    assertThat(rs.get(1).task().keyText()).isEqualTo("7");
    assertThat(rs.get(1).task().prompt()).isEqualTo("Say bye.");
    List<Scorer.Score> s = new Scorer(EVALUATOR, false).score(rs.get(0));
    assertThat(s).extracting(Scorer.Score::fraction).containsExactly(1.0, 0.0, 0.5, 0.5, 1.0);
    assertThat(s).extracting(Scorer.Score::all).containsExactly(true, false, false, false, true);
  }

  @Test
  void aGroundTruthThatCannotBeBuiltIsRefusedOnItsLineEvenWithoutResponses() throws Exception {
    Path in = dir.resolve("bad.jsonl");
    Files.writeString(in, "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_comma\","
        + " \"no_such:instruction\"], \"kwargs\": [{}, {}], \"responses\": []}\n");
    Rollout r = read(in).get(0);
    assertThatThrownBy(() -> new Scorer(EVALUATOR, false).score(r))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith(in + ":1: unknown instruction id 'no_such:instruction' in registry ifeval");
  }

  @Test
  void groupsReportAdvantagesZeroVarianceInstructionPassRatesAndPassAtK() throws Exception {
    Path in = dir.resolve("r.jsonl");
    Files.writeString(in, ROLLOUTS);
    GroupReport report = new GroupReport(true, false, new int[] {1, 2, 4});
    Scorer scorer = new Scorer(EVALUATOR, false);
    List<GroupReport.Group> groups = new ArrayList<>();
    for (Rollout r : read(in)) groups.add(report.add(r, scorer.score(r)));
    GroupReport.Group g = groups.get(0);
    // rewards 1, 0, .5, .5, 1: mean .6, unbiased variance (.16+.36+.01+.01+.16)/4 = .175
    assertThat(g.mean()).isCloseTo(0.6, within(1e-12));
    assertThat(g.std()).isCloseTo(Math.sqrt(0.175), within(1e-12));
    assertThat(g.advantages()[1]).isCloseTo(-0.6 / (Math.sqrt(0.175) + 1e-6), within(1e-12));
    assertThat(g.passRate()).isCloseTo(0.4, within(1e-12));
    assertThat(groups.get(1).zeroVariance()).isTrue();
    assertThat(report.zeroVarianceFraction()).isEqualTo(0.5);
    // pass@1: mean of 2/5 and 2/2; pass@2: mean of (1 - C(3,2)/C(5,2) = 0.7) and 1; pass@4 only the first group
    assertThat(report.passAtK(1)).isCloseTo((0.4 + 1.0) / 2, within(1e-12));
    assertThat(report.passAtK(2)).isCloseTo((0.7 + 1.0) / 2, within(1e-12));
    assertThat(report.passAtK(4)).isCloseTo(1.0, within(1e-12));
    // no_comma: 3 of 5 in group one, 2 of 2 in group two; lowercase: 3 of 5
    assertThat(report.perInstruction().get("punctuation:no_comma")).containsExactly(5, 7);
    assertThat(report.perInstruction().get("change_case:english_lowercase")).containsExactly(3, 5);
  }

  @Test
  void pairsAndSftFilesReadBackWithTheirThresholds() throws Exception {
    Path in = dir.resolve("r.jsonl");
    Files.writeString(in, ROLLOUTS);
    Scorer scorer = new Scorer(EVALUATOR, false);
    Path out = dir.resolve("out");
    PreferenceExport.Counts counts;
    try (PreferenceExport ex = new PreferenceExport(out, new PreferenceExport.Settings(0.5, 0.0, 2, 0, 1))) {
      long i = 0;
      for (Rollout r : read(in)) ex.add(i++, r, scorer.score(r));
      counts = ex.counts();
    }
    // Group one: chosen (>= .5, distinct) "hi there", "hi, there", "Hi there"; rejected "Hi, there": 2 x 1 pairs.
    // Group two: every response follows: no rejected, no pair.
    assertThat(counts.pairs()).isEqualTo(2);
    assertThat(counts.promptsWithPairs()).isEqualTo(1);
    List<Object> trl = TestData.jsonl(out.resolve(PreferenceExport.DPO_TRL));
    assertThat(trl).hasSize(2);
    for (Object o : trl) {
      Map<?, ?> m = (Map<?, ?>) o;
      assertThat(List.copyOf(m.keySet())).isEqualTo(List.of("prompt", "chosen", "rejected"));
      assertThat(m.get("prompt")).isEqualTo("Say hi.");
      assertThat(m.get("rejected")).isEqualTo("Hi, there");
      assertThat(m.get("chosen")).isIn("hi there", "hi, there", "Hi there");
    }
    List<?> lf = (List<?>) dev.if4j.data.io.JsonValues.plain(dev.if4j.data.io.JsonValues.MAPPER.readTree(out.resolve(PreferenceExport.DPO_LLAMA_FACTORY).toFile()));
    assertThat(lf).hasSize(2);
    assertThat(List.copyOf(((Map<?, ?>) lf.get(0)).keySet())).isEqualTo(List.of("instruction", "input", "chosen", "rejected"));
    // SFT: responses that follow everything, identical texts once: "hi there"; "bye", "bye now".
    List<?> alpaca = (List<?>) dev.if4j.data.io.JsonValues.plain(dev.if4j.data.io.JsonValues.MAPPER.readTree(out.resolve(PreferenceExport.SFT_ALPACA).toFile()));
    assertThat(alpaca.stream().map(x -> ((Map<?, ?>) x).get("output")).toList()).isEqualTo(List.of("hi there", "bye", "bye now"));
    List<?> sharegpt = (List<?>) dev.if4j.data.io.JsonValues.plain(dev.if4j.data.io.JsonValues.MAPPER.readTree(out.resolve(PreferenceExport.SFT_SHAREGPT).toFile()));
    assertThat(sharegpt.get(0)).isEqualTo(Map.of("conversations", List.of(Map.of("from", "human", "value", "Say hi."),
        Map.of("from", "gpt", "value", "hi there"))));
    assertThat(TestData.jsonl(out.resolve(PreferenceExport.SCORES)).get(0))
        .isEqualTo(Map.of("key", "1", "scores", List.of(1.0, 0.0, 0.5, 0.5, 1.0), "follows_all", List.of(true, false, false, false, true)));
  }

  @Test
  void kLimitsPairsToKTimesKAndTheSameSeedPicksTheSame() throws Exception {
    Path in = dir.resolve("r.jsonl");
    Files.writeString(in, ROLLOUTS);
    Scorer scorer = new Scorer(EVALUATOR, false);
    byte[][] outs = new byte[2][];
    for (int run = 0; run < 2; run++) {
      Path out = dir.resolve("o" + run);
      try (PreferenceExport ex = new PreferenceExport(out, new PreferenceExport.Settings(0.5, 0.0, 1, 1, 99))) {
        long i = 0;
        for (Rollout r : read(in)) ex.add(i++, r, scorer.score(r));
        assertThat(ex.counts().pairs()).isEqualTo(1);
        assertThat(ex.counts().sft()).isEqualTo(2);
      }
      outs[run] = Files.readAllBytes(out.resolve(PreferenceExport.DPO_TRL));
    }
    assertThat(outs[0]).isEqualTo(outs[1]);
  }
}
