package dev.if4j.cli;

import dev.if4j.constraints.Evaluator;
import dev.if4j.data.rollouts.Scorer;
import dev.if4j.text.TextTools;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How pairs and groups score rollouts: the registry, and strict or loose verdicts. */
final class RolloutOptions {
  @Option(names = "--rollouts", required = true, paramLabel = "FILE",
      description = "Rollouts (JSONL): a prompt, a ground truth (instruction_id_list + kwargs, or verl's"
          + " reward_model.ground_truth) and 'responses' (strings or {\"response\": ...}).")
  String rollouts;

  @Option(names = "--registry", paramLabel = "NAME", defaultValue = "ifeval",
      description = "Instruction registry (default: ${DEFAULT-VALUE}; ifevalg for IFTrain ids).")
  String registry;

  @Option(names = "--loose", description = "Judge with IFEval's loose variants instead of strictly.")
  boolean loose;

  Scorer scorer(CliEnv env, CommandSpec spec, Options.Resources resources) {
    try {
      return new Scorer(new Evaluator(env.registry(registry), new TextTools(resources.store(env))), loose);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--registry: " + e.getMessage());
    }
  }
}
