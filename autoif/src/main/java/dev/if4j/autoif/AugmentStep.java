package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;

import dev.if4j.autoif.Prompts.Kind;
import dev.if4j.llm.RecordKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Step 1, instruction augmentation: asks the model for new instructions like the seeds; writes the
 * new ones, one per line, to {@code augment_instructions.txt}.
 */
public final class AugmentStep implements AutoifSteps.Step {
  private final Path seeds;

  /**
   * @param seeds copied into the directory as {@code seed_instruction.txt} when it lies elsewhere
   *     (null: the one there)
   */
  public AugmentStep(Path seeds) {
    this.seeds = seeds;
  }

  @Override
  public AutoifSteps.Report run(AutoifSteps steps) throws IOException, InterruptedException {
    Path inDir = steps.file(Workdir.SEEDS);
    if (seeds != null && !(Files.exists(inDir) && Files.isSameFile(seeds, inDir))) {
      Jsonl.readLines(seeds); // fails with a clear message when missing
      Files.copy(seeds, inDir, StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> seedList = Jsonl.readLines(inDir);
    if (seedList.isEmpty()) throw InputProblemException.atLine(inDir.toString(), 0, null, "no seed instructions (one per line)");
    String prompt = steps.prompts().render(Kind.AUGMENT, "seeds", String.join("\n", seedList));
    List<Llm.Ask> asks = new ArrayList<>();
    for (int s = 0; s < steps.config().augmentSamples(); s++) asks.add(new Llm.Ask(prompt, s));
    Map<RecordKey, String> answers = steps.llm().answer("augment", asks, steps.file(Workdir.AUGMENT_GEN));
    Set<String> seen = new LinkedHashSet<>(seedList);
    List<String> out = new ArrayList<>();
    for (Llm.Ask a : asks) {
      String ans = answers.get(a.key());
      if (ans == null) continue;
      for (String ins : Parsing.instructionLines(ans)) if (seen.add(ins)) out.add(ins);
    }
    Jsonl.writeLines(steps.file(Workdir.AUGMENTED), out);
    return steps.report("augment", Workdir.AUGMENTED, out.size() + " new instructions from " + seedList.size()
        + " seeds");
  }
}
