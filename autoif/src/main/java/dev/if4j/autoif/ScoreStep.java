package dev.if4j.autoif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.autoif.Prompts.Kind;
import dev.if4j.llm.RecordKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 7, quality scoring: asks the model to score each verified response ({@code scoreSamples}
 * judgements, {@code query_rft_score.jsonl} with {@code prompt} and {@code gen}) and keeps those
 * whose mean parsed score is above {@code minScore} ({@code query_score_filter.jsonl}, with {@code
 * scores} and their mean {@code score}).
 */
public final class ScoreStep implements AutoifSteps.Step {
  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    AutoifConfig config = steps.config();
    List<Jsonl.Row> rows = Jsonl.read(steps.file(Workdir.VERIFIED));
    List<String> ps = new ArrayList<>();
    List<Llm.Ask> asks = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      String p = steps.prompts().render(Kind.SCORE, "instruction", row.text("instruction"), "query",
          row.text("query"), "response", row.text("response"));
      ps.add(p);
      for (int s = 0; s < config.scoreSamples(); s++) asks.add(new Llm.Ask(p, s));
    }
    Map<RecordKey, String> answers = steps.llm().answer("score", asks, steps.file(Workdir.SCORE_GEN));
    List<ObjectNode> scored = new ArrayList<>();
    List<ObjectNode> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode row = rows.get(i).node().deepCopy();
      row.put("prompt", ps.get(i));
      ArrayNode gen = row.putArray("gen");
      List<Integer> values = new ArrayList<>();
      for (int s = 0; s < config.scoreSamples(); s++) {
        String a = answers.get(new Llm.Ask(ps.get(i), s).key());
        if (a == null) continue;
        gen.add(a);
        Integer sc = Parsing.score(a);
        if (sc != null) values.add(sc);
      }
      scored.add(row);
      double mean = Filters.meanScore(values);
      if (Filters.goodScore(mean, config.minScore())) kept.add(withScores(row, values, mean));
    }
    Jsonl.write(steps.file(Workdir.SCORED), scored);
    Jsonl.write(steps.file(Workdir.SCORE_FILTER), kept);
    return steps.report("score", Workdir.SCORE_FILTER, kept.size() + " of " + rows.size() + " responses score above "
        + fmt(config.minScore()));
  }

  private static ObjectNode withScores(ObjectNode row, List<Integer> values, double mean) {
    ObjectNode k = row.deepCopy();
    ArrayNode arr = k.putArray("scores");
    values.forEach(arr::add);
    k.put("score", mean);
    return k;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }
}
