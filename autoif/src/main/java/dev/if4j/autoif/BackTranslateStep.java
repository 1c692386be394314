package dev.if4j.autoif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.autoif.Prompts.Kind;
import dev.if4j.llm.RecordKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 4, back-translation and NLI: back-translates the first {@code backTranslateFunctions}
 * functions of each instruction into instructions ({@code back_trans.jsonl}, with {@code
 * back_instruction}; an instruction whose answer is not a JSON list of strings is dropped, as in
 * AutoIF), then asks the model, as an NLI judge, how the original instruction (premise) relates to
 * each back-translation (hypothesis), and drops instructions with a "contradiction" ({@code
 * back_trans_filter.jsonl}, with {@code nli_scores}).
 */
public final class BackTranslateStep implements AutoifSteps.Step {
  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    List<ObjectNode> back = backTranslate(steps);
    List<Llm.Ask> nliAsks = new ArrayList<>();
    for (ObjectNode row : back) {
      for (String h : hypotheses(steps, row)) nliAsks.add(new Llm.Ask(nliPrompt(steps, row, h), 0));
    }
    Map<RecordKey, String> judged = steps.llm().answer("nli", nliAsks, steps.file(Workdir.NLI_GEN));
    List<ObjectNode> kept = new ArrayList<>();
    int contradicted = 0;
    int unlabelled = 0;
    for (ObjectNode row : back) {
      ObjectNode out = row.deepCopy();
      ArrayNode labels = out.putArray("nli_scores");
      boolean contradiction = false;
      for (String h : hypotheses(steps, row)) {
        String ans = judged.get(new Llm.Ask(nliPrompt(steps, row, h), 0).key());
        String label = ans == null ? null : Parsing.nliLabel(ans);
        if (label == null) {
          unlabelled++;
          labels.addNull();
        } else {
          labels.add(label);
        }
        if ("contradiction".equals(label)) contradiction = true;
      }
      if (contradiction) contradicted++;
      else kept.add(out);
    }
    Jsonl.write(steps.file(Workdir.BACK_FILTER), kept);
    return steps.report("back-translate", Workdir.BACK_FILTER, kept.size() + " of " + back.size()
        + " instructions kept, " + contradicted + " contradicted by a back-translation" + (unlabelled > 0 ? ", "
        + unlabelled + " judgements without a label (not counted as contradiction)" : ""));
  }

  /** The first half: the cross-validated rows with their {@code back_instruction}, written to {@code back_trans.jsonl}. */
  private static List<ObjectNode> backTranslate(AutoifSteps steps) throws IOException, InterruptedException {
    List<Jsonl.Row> rows = Jsonl.read(steps.file(Workdir.CROSS));
    int first = steps.config().backTranslateFunctions();
    List<Llm.Ask> asks = new ArrayList<>();
    List<String> backPrompts = new ArrayList<>();
    for (Jsonl.Row row : rows) {
      row.text("instruction");
      List<String> funcs = row.functions("eval_func");
      String p = steps.prompts().render(Kind.BACKTRANSLATE, "functions",
          functionsBlock(funcs.subList(0, Math.min(funcs.size(), first))));
      backPrompts.add(p);
      asks.add(new Llm.Ask(p, 0));
    }
    Map<RecordKey, String> answers = steps.llm().answer("back-translate", asks, steps.file(Workdir.BACK_GEN));
    List<ObjectNode> back = new ArrayList<>();
    int unreadable = 0;
    for (int i = 0; i < rows.size(); i++) {
      String ans = answers.get(new Llm.Ask(backPrompts.get(i), 0).key());
      List<String> list = ans == null ? null : Parsing.backTranslation(ans);
      if (list == null) {
        unreadable++;
        continue;
      }
      ObjectNode row = rows.get(i).node().deepCopy();
      ArrayNode b = row.putArray("back_instruction");
      list.forEach(b::add);
      back.add(row);
    }
    Jsonl.write(steps.file(Workdir.BACK), back);
    steps.log("back-translate: " + back.size() + " of " + rows.size() + " instructions back-translated"
        + (unreadable > 0 ? ", " + unreadable + " answers not a JSON list of strings (dropped)" : "") + " -> "
        + steps.file(Workdir.BACK));
    return back;
  }

  private static String functionsBlock(List<String> funcs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < funcs.size(); i++) {
      if (i > 0) b.append("\n\n");
      b.append("Function ").append(i + 1).append(":\n```python\n").append(funcs.get(i)).append("\n```");
    }
    return b.toString();
  }

  private static List<String> hypotheses(AutoifSteps steps, ObjectNode row) {
    List<String> out = new ArrayList<>();
    JsonNode b = row.get("back_instruction");
    int first = steps.config().backTranslateFunctions();
    for (int i = 0; i < b.size() && i < first; i++) out.add(b.get(i).textValue());
    return out;
  }

  private static String nliPrompt(AutoifSteps steps, ObjectNode row, String hypothesis) {
    return steps.prompts().render(Kind.NLI, "premise", row.get("instruction").textValue(), "hypothesis", hypothesis);
  }
}
