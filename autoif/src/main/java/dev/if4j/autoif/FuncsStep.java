package dev.if4j.autoif;

import dev.if4j.autoif.Prompts.Kind;
import dev.if4j.autoif.Rows.FuncsRow;
import dev.if4j.autoif.Rows.ParsedAnswer;
import dev.if4j.llm.RecordKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 2, verification functions and test cases: {@code funcSamples} function-writing answers per
 * instruction, in AutoIF's {@code eval_func_rft.jsonl} shape ({@code prompt}, {@code instruction},
 * {@code gpt-answer}: the raw answers) plus {@code parsed}: each answer read as {@code {"func",
 * "cases"}}, or {@code {"error"}}.
 */
public final class FuncsStep implements AutoifSteps.Step {
  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    List<String> instructions = instructions(steps);
    int samples = steps.config().funcSamples();
    List<Llm.Ask> asks = new ArrayList<>();
    for (String ins : instructions) {
      String prompt = prompt(steps, ins);
      for (int s = 0; s < samples; s++) asks.add(new Llm.Ask(prompt, s));
    }
    Map<RecordKey, String> answers = steps.llm().answer("funcs", asks, steps.file(Workdir.FUNCS_GEN));
    List<FuncsRow> rows = new ArrayList<>();
    int parsed = 0;
    int total = 0;
    for (String ins : instructions) {
      String prompt = prompt(steps, ins);
      List<String> raw = new ArrayList<>();
      List<ParsedAnswer> read = new ArrayList<>();
      for (int s = 0; s < samples; s++) {
        String ans = answers.get(new Llm.Ask(prompt, s).key());
        if (ans == null) continue;
        raw.add(ans);
        total++;
        Parsing.FuncAnswer fa = Parsing.funcAnswer(ans);
        if (fa.ok()) parsed++;
        read.add(ParsedAnswer.of(fa));
      }
      rows.add(new FuncsRow(prompt, ins, raw, read));
    }
    Jsonl.write(steps.file(Workdir.FUNCS), Rows.nodes(rows));
    return steps.report("funcs", Workdir.FUNCS, instructions.size() + " instructions, " + total + " answers, "
        + parsed + " readable as {func, cases}");
  }

  private static String prompt(AutoifSteps steps, String instruction) {
    return steps.prompts().render(Kind.FUNCS, "instruction", instruction);
  }

  /** The seed and augmented instructions, without repeats. */
  private static List<String> instructions(AutoifSteps steps) throws IOException {
    Set<String> all = new LinkedHashSet<>(Jsonl.readLines(steps.file(Workdir.SEEDS)));
    Path aug = steps.file(Workdir.AUGMENTED);
    if (Files.exists(aug)) {
      all.addAll(Jsonl.readLines(aug));
    } else {
      steps.log("funcs: no " + Workdir.AUGMENTED + ": writing functions for the seed instructions only");
    }
    return new ArrayList<>(all);
  }
}
