package dev.if4j.autoif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.autoif.Rows.EvalScoresRow;
import dev.if4j.autoif.Rows.ScoredResponse;
import dev.if4j.autoif.Rows.VerifiedRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 6, verification: runs each instruction's functions on its responses. A response's accuracy
 * is {@link Filters#accuracy}; those above 0 go to {@code query_wo_score.jsonl} ({@code
 * instruction}, {@code query}, {@code response}; repeats removed, as AutoIF), and every response
 * with its accuracy to {@code eval_score_results.jsonl} (AutoIF's DPO input: {@code query}, the
 * training prompt, and {@code response}: [[text, accuracy]]).
 */
public final class VerifyResponsesStep implements AutoifSteps.Step {
  /** Rows verified at a time, so that every sandbox worker has calls to run. */
  private static final int BATCH = 64;

  /** What AutoIF deduplicates verified responses by (the row without its accuracy). */
  private record Identity(String instruction, String query, String response) {}

  /** One row's functions and responses, read (and checked) before anything runs. */
  private record Work(ObjectNode node, List<String> funcs, List<String> answers) {}

  private final List<VerifiedRow> verified = new ArrayList<>();
  private final Set<Identity> seen = new HashSet<>();
  private final List<EvalScoresRow> scores = new ArrayList<>();
  private long responses;

  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(steps.file(Workdir.RESPONSES));
    Verifier v = steps.verifier();
    verified.clear();
    seen.clear();
    scores.clear();
    responses = 0;
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<Work> chunk = new ArrayList<>();
      for (Jsonl.Row row : rows.subList(from, Math.min(rows.size(), from + BATCH))) chunk.add(work(row));
      List<Verifier.Call> calls = new ArrayList<>();
      for (Work w : chunk) {
        for (String a : w.answers()) for (String f : w.funcs()) calls.add(new Verifier.Call(f, a));
      }
      List<Boolean> res = v.run(calls);
      int at = 0;
      for (Work w : chunk) at = record(w, res, at);
    }
    Jsonl.write(steps.file(Workdir.VERIFIED), Rows.nodes(verified));
    Jsonl.write(steps.file(Workdir.EVAL_SCORES), Rows.nodes(scores));
    return steps.report("verify-responses", Workdir.VERIFIED, verified.size() + " of " + responses
        + " responses pass at least one function (unique); all with their accuracy in " + Workdir.EVAL_SCORES);
  }

  private static Work work(Jsonl.Row row) {
    row.text("instruction");
    row.text("query");
    return new Work(row.node(), row.functions("eval_func"), row.texts("gpt-answer"));
  }

  /** Scores the row's responses from {@code res} (its calls start at {@code at}); where the next row's start. */
  private int record(Work w, List<Boolean> res, int at) {
    String ins = w.node().get("instruction").textValue();
    String query = w.node().get("query").textValue();
    int nf = w.funcs().size();
    List<ScoredResponse> scored = new ArrayList<>();
    for (String a : w.answers()) {
      double acc = Filters.accuracy(res.subList(at, at + nf));
      at += nf;
      responses++;
      scored.add(new ScoredResponse(a, acc));
      if (Filters.verified(acc) && seen.add(new Identity(ins, query, a))) {
        verified.add(new VerifiedRow(ins, query, a, acc));
      }
    }
    scores.add(new EvalScoresRow(Filters.trainingPrompt(query, ins), ins, w.node().path("prompt").asText(""), scored));
    return at;
  }
}
