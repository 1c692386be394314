package dev.if4j.cli;

import dev.if4j.data.io.JsonValues;
import dev.if4j.data.rollouts.GroupAnalysis;
import dev.if4j.data.rollouts.GroupReport;
import dev.if4j.data.rollouts.PassRateRange;
import dev.if4j.data.rollouts.Scorer;
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
    name = "groups",
    mixinStandardHelpOptions = true,
    description = {
      "What a GRPO run will see on these rollouts, before spending GPU hours: per group the rewards and"
          + " verl's advantages (s - mean) / (std + 1e-6) (unbiased std; a group of one has mean 0 and std 1;"
          + " --no-std for Dr. GRPO), the share of zero-variance groups (no learning signal), the pass rate"
          + " of every instruction and the unbiased pass@k.",
      "--keep LO:HI with --filtered FILE writes the prompts (rows without their responses) whose pass rate"
          + " (share of responses following every instruction) lies in [LO, HI]."
    })
final class GroupsCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Mixin RolloutOptions rollout;

  @Option(names = "--no-std", description = "Dr. GRPO: advantages s - mean, not divided by the std.")
  boolean noStd;

  @Option(names = "--reward", paramLabel = "KIND", defaultValue = "fraction",
      description = "fraction (of instructions followed, open-instruct's IFEval reward) or all (1 when every one is; default: ${DEFAULT-VALUE}).")
  String reward;

  @Option(names = "--pass-at", paramLabel = "K", split = ",", defaultValue = "1,4,8",
      description = "k values of pass@k (default: ${DEFAULT-VALUE}).")
  int[] ks;

  @Option(names = "--output", paramLabel = "FILE", description = "Per-group figures (JSONL).")
  String output;

  @Option(names = "--summary-json", paramLabel = "FILE", description = "The summary as JSON.")
  String summaryJson;

  @Option(names = "--keep", paramLabel = "LO:HI", description = "Pass-rate interval of the difficulty filter, bounds included.")
  String keep;

  @Option(names = "--filtered", paramLabel = "FILE", description = "Where the difficulty filter writes the prompts it keeps.")
  String filtered;

  @Mixin Options.Resources resources;

  GroupsCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Path in = FileArgs.existingFile(spec, env, rollout.rollouts, "--rollouts");
    boolean all = switch (reward) {
      case "fraction" -> false;
      case "all" -> true;
      default -> throw new ParameterException(spec.commandLine(), "--reward: expected fraction or all, got '" + reward + "'");
    };
    for (int k : ks) {
      if (k < 1) throw new ParameterException(spec.commandLine(), "--pass-at: k must be at least 1, got " + k);
    }
    if ((keep == null) != (filtered == null)) {
      throw new ParameterException(spec.commandLine(), "--keep and --filtered go together");
    }
    PassRateRange range = keep == null ? null : range(keep);
    Path outPath = output == null ? null : FileArgs.writableFile(spec, env, output, "--output");
    Path filteredPath = filtered == null ? null : FileArgs.writableFile(spec, env, filtered, "--filtered");
    Path summaryPath = summaryJson == null ? null : FileArgs.writableFile(spec, env, summaryJson, "--summary-json");
    Scorer scorer = rollout.scorer(env, spec, resources);
    GroupReport report = new GroupReport(!noStd, all, ks);
    long kept = GroupAnalysis.run(in, scorer, report, outPath, range, filteredPath);
    env.out().print(report.summary());
    if (filteredPath != null) {
      env.out().printf(Locale.ROOT, "difficulty filter: %d of %d prompts have a pass rate in [%s, %s] -> %s%n",
          kept, report.groups(), range.lo(), range.hi(), filteredPath);
    }
    if (summaryPath != null) {
      Map<String, Object> summary = new LinkedHashMap<>(report.toMap());
      summary.put("stamp", scorer.stamp().toMap());
      Files.writeString(summaryPath, JsonValues.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
    }
    env.out().flush();
    return Main.OK;
  }

  private PassRateRange range(String text) {
    try {
      return PassRateRange.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--keep: " + e.getMessage());
    }
  }
}
