package dev.if4j.autoif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.autoif.Rows.DpoPairRow;
import dev.if4j.autoif.Rows.DpoRow;
import dev.if4j.autoif.Rows.SftRow;
import dev.if4j.text.PyRandom;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 8, export: SFT data in LLaMA-Factory's alpaca format ({@code IF_sft_data.json}: instruction,
 * input, output, history) from the scored responses, and DPO pairs ({@link Filters#dpoPairs}) from
 * every verified prompt: {@code dpo_pairs.jsonl} in AutoIF's shape (instruction, positive,
 * negative) and {@code IF_dpo_data.json} in LLaMA-Factory's (instruction, input, chosen, rejected),
 * with a {@code dataset_info.json} naming both.
 */
public final class ExportStep implements AutoifSteps.Step {
  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException {
    List<SftRow> sft = new ArrayList<>();
    for (Jsonl.Row row : Jsonl.read(steps.file(Workdir.SCORE_FILTER))) {
      sft.add(new SftRow(Filters.trainingPrompt(row.text("query"), row.text("instruction")), "",
          row.text("response"), List.of()));
    }
    Jsonl.writeDocument(steps.file(Workdir.SFT), array(sft));

    PyRandom rng = new PyRandom(steps.config().seed());
    List<DpoPairRow> pairs = new ArrayList<>();
    List<DpoRow> dpo = new ArrayList<>();
    List<Jsonl.Row> evalRows = Jsonl.read(steps.file(Workdir.EVAL_SCORES));
    for (Jsonl.Row row : evalRows) {
      String prompt = row.text("query");
      for (Filters.Pair p : Filters.dpoPairs(scoredResponses(row), steps.config().dpoChosenAccuracy(), rng)) {
        pairs.add(new DpoPairRow(prompt, p.chosen(), p.rejected()));
        dpo.add(new DpoRow(prompt, "", p.chosen(), p.rejected()));
      }
    }
    Jsonl.write(steps.file(Workdir.DPO_PAIRS), Rows.nodes(pairs));
    Jsonl.writeDocument(steps.file(Workdir.DPO), array(dpo));
    Jsonl.writeDocument(steps.file(Workdir.DATASET_INFO), datasetInfo());
    return steps.report("export", Workdir.SFT, sft.size() + " SFT rows; " + pairs.size() + " DPO pairs ("
        + Workdir.DPO + ", " + Workdir.DPO_PAIRS + ") from " + evalRows.size() + " prompts");
  }

  private static ArrayNode array(List<? extends Record> rows) {
    ArrayNode out = Jsonl.JSON.createArrayNode();
    out.addAll(Rows.nodes(rows));
    return out;
  }

  /** The row's {@code response}: [[response text, accuracy]]. */
  private static List<Filters.Scored> scoredResponses(Jsonl.Row row) {
    List<Filters.Scored> responses = new ArrayList<>();
    ArrayNode list = row.array("response");
    for (int i = 0; i < list.size(); i++) {
      JsonNode r = list.get(i);
      if (!r.isArray() || r.size() < 2 || !r.get(0).isTextual() || !r.get(1).isNumber()) {
        throw row.bad("response", "item " + i + " must be [response text, accuracy]");
      }
      responses.add(new Filters.Scored(r.get(0).textValue(), r.get(1).doubleValue()));
    }
    return responses;
  }

  /** LLaMA-Factory's {@code dataset_info.json} naming the two files and their columns. */
  private static ObjectNode datasetInfo() {
    ObjectNode info = Jsonl.JSON.createObjectNode();
    ObjectNode s = info.putObject("autoif_sft");
    s.put("file_name", Workdir.SFT);
    s.putObject("columns").put("prompt", "instruction").put("query", "input").put("response", "output")
        .put("history", "history");
    ObjectNode d = info.putObject("autoif_dpo");
    d.put("file_name", Workdir.DPO);
    d.put("ranking", true);
    d.putObject("columns").put("prompt", "instruction").put("query", "input").put("chosen", "chosen")
        .put("rejected", "rejected");
    return info;
  }
}
