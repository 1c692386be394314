package dev.if4j.cli;

import dev.if4j.data.io.JsonValues;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.data.rollouts.PreferenceExport;
import dev.if4j.data.rollouts.Rollout;
import dev.if4j.data.rollouts.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every response of every rollout (the fraction of instructions followed) and writes, in --output:"
          + " DPO pairs (chosen >= --chosen-min, rejected <= --rejected-max, up to k x k per prompt) as TRL"
          + " (dpo_trl.jsonl) and LLaMA-Factory (dpo_llamafactory.json) data; responses that follow every"
          + " instruction as SFT data, alpaca (sft_alpaca.json) and ShareGPT (sft_sharegpt.json); and every score (scores.jsonl)."
    })
final class PairsCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Mixin RolloutOptions rollout;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the files go (created if needed).")
  Path output;

  @Option(names = "--chosen-min", paramLabel = "X", defaultValue = "0.5", description = "Lowest score of a chosen response (default: ${DEFAULT-VALUE}).")
  double chosenMin;

  @Option(names = "--rejected-max", paramLabel = "X", defaultValue = "0", description = "Highest score of a rejected response (default: ${DEFAULT-VALUE}).")
  double rejectedMax;

  @Option(names = "--k", paramLabel = "K", defaultValue = "1",
      description = "Chosen and rejected responses sampled per prompt; up to K x K pairs (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--sft-per-prompt", paramLabel = "N", defaultValue = "0",
      description = "Fully-following responses kept per prompt, 0 for all distinct ones (default: ${DEFAULT-VALUE}).")
  int sftPerPrompt;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the sampling (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin Options.Resources resources;

  /** Next to the data: what it was scored with, the settings and the counts. */
  static final String RUN_FILE = "run.json";

  PairsCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Path in = FileArgs.existingFile(spec, env, rollout.rollouts, "--rollouts");
    Path dir = env.resolve(output);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--output: " + output + " is not a directory");
    }
    PreferenceExport.Settings settings;
    try {
      settings = new PreferenceExport.Settings(chosenMin, rejectedMax, k, sftPerPrompt, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Scorer scorer = rollout.scorer(env, spec, resources);
    PreferenceExport.Counts c;
    try (PreferenceExport ex = new PreferenceExport(dir, settings); JsonlReader r = new JsonlReader(in)) {
      long i = 0;
      for (JsonlReader.Line line = r.next(); line != null; line = r.next()) {
        Rollout ro = Rollout.read(line);
        ex.add(i++, ro, scorer.score(ro));
      }
      c = ex.counts();
    }
    writeRunFile(dir.resolve(RUN_FILE), settings, c, scorer);
    env.out().printf(Locale.ROOT, "%d prompts, %d responses: %d DPO pairs from %d prompts, %d SFT examples -> %s%n",
        c.prompts(), c.responses(), c.pairs(), c.promptsWithPairs(), c.sft(), dir);
    env.out().flush();
    return Main.OK;
  }

  private static void writeRunFile(Path file, PreferenceExport.Settings s, PreferenceExport.Counts c, Scorer scorer)
      throws IOException {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("stamp", scorer.stamp().toMap());
    // Ordered maps: Map.of would shuffle the keys from run to run.
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("chosen_min", s.chosenMin());
    settings.put("rejected_max", s.rejectedMax());
    settings.put("k", s.k());
    settings.put("sft_per_prompt", s.sftPerPrompt());
    settings.put("seed", s.seed());
    run.put("settings", settings);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("prompts", c.prompts());
    counts.put("responses", c.responses());
    counts.put("pairs", c.pairs());
    counts.put("prompts_with_pairs", c.promptsWithPairs());
    counts.put("sft", c.sft());
    run.put("counts", counts);
    Files.writeString(file, JsonValues.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(run) + "\n");
  }
}
