package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.autoif.Prompts.Kind;
import dev.if4j.llm.RecordKey;
import dev.if4j.text.PyRandom;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Step 5, queries and responses: draws {@code queriesPerInstruction} queries of the pool ({@link
 * QueryPool}) for each kept instruction (Python's {@code random.sample} seeded with {@code seed},
 * instruction by instruction, as AutoIF), writes the prompts ({@code query_sampled.jsonl}: the
 * instruction's row plus {@code query} and {@code prompt}), then asks for {@code responseSamples}
 * responses each ({@code query_rft.jsonl}, with {@code gpt-answer}).
 */
public final class RespondStep implements AutoifSteps.Step {
  private final Path queries;

  public RespondStep(Path queries) {
    this.queries = Objects.requireNonNull(queries);
  }

  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(steps.file(Workdir.BACK_FILTER));
    List<ObjectNode> sampled = sample(steps, rows, pool(steps));
    Jsonl.write(steps.file(Workdir.QUERY_SAMPLED), sampled);
    int samples = steps.config().responseSamples();
    List<Llm.Ask> asks = new ArrayList<>();
    for (ObjectNode item : sampled) {
      for (int s = 0; s < samples; s++) asks.add(new Llm.Ask(item.get("prompt").textValue(), s));
    }
    Map<RecordKey, String> answers = steps.llm().answer("respond", asks, steps.file(Workdir.RESPONSES_GEN));
    List<ObjectNode> out = new ArrayList<>();
    long n = 0;
    for (ObjectNode item : sampled) {
      ObjectNode row = item.deepCopy();
      ArrayNode gpt = row.putArray("gpt-answer");
      for (int s = 0; s < samples; s++) {
        String a = answers.get(new Llm.Ask(item.get("prompt").textValue(), s).key());
        if (a != null) {
          gpt.add(a);
          n++;
        }
      }
      out.add(row);
    }
    Jsonl.write(steps.file(Workdir.RESPONSES), out);
    return steps.report("respond", Workdir.RESPONSES, sampled.size() + " queries for " + rows.size()
        + " instructions, " + n + " responses");
  }

  private List<String> pool(AutoifSteps steps) throws IOException {
    AutoifConfig config = steps.config();
    List<String> pool = QueryPool.read(queries, config);
    if (pool.isEmpty()) {
      throw InputProblemException.atLine(queries.toString(), 0, null, "no query of more than " + config.minQueryChars()
          + " and fewer than " + config.maxQueryChars() + " characters");
    }
    if (pool.size() < config.queriesPerInstruction()) {
      steps.log("respond: only " + pool.size() + " queries of a usable length; each instruction gets all of them");
    }
    return pool;
  }

  /** Each instruction's row once per query drawn for it, with {@code query} and the {@code prompt} to answer. */
  private static List<ObjectNode> sample(AutoifSteps steps, List<Jsonl.Row> rows, List<String> pool) {
    PyRandom rng = new PyRandom(steps.config().seed());
    int perInstruction = Math.min(steps.config().queriesPerInstruction(), pool.size());
    List<ObjectNode> sampled = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      String ins = row.text("instruction");
      row.functions("eval_func");
      for (String q : rng.sample(pool, perInstruction)) {
        ObjectNode item = row.node().deepCopy();
        item.put("query", q);
        item.put("prompt", steps.prompts().render(Kind.RESPOND, "instruction", ins, "query", q));
        sampled.add(item);
      }
    }
    return sampled;
  }
}
