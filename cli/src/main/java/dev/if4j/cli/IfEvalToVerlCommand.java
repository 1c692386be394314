package dev.if4j.cli;

import dev.if4j.constraints.Registry;
import dev.if4j.data.verl.IfEvalToVerl;
import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "ifeval-to-verl",
    mixinStandardHelpOptions = true,
    description = {
      "Splits IFEval-style prompts (key, prompt, instruction_id_list, kwargs) into verl's train and test"
          + " files: data_source, prompt (chat), ability, reward_model {style, ground_truth {instruction_id_list,"
          + " kwargs}}, extra_info {key, split, index, instruction_id_list, kwargs, prompt}.",
      "Every row is checked against the registry before anything is written. The same seed gives the same files."
    })
final class IfEvalToVerlCommand implements Callable<Integer> {
  /** What --add-instruction-prompt appends unless --instruction-prompt says otherwise. */
  static final String DEFAULT_INSTRUCTION_PROMPT =
      "Read the request carefully and follow every instruction in it exactly.";

  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--output-dir", required = true, paramLabel = "DIR", description = "Where train.* and test.* go (created if needed).")
  Path outputDir;

  @Option(names = "--input-data", paramLabel = "FILE",
      description = "Prompts (JSONL). Default: google/IFEval from the resource cache (see 'if4j resources pull').")
  String inputData;

  @Option(names = "--test-fraction", paramLabel = "F", defaultValue = "0.2", description = "Share of rows in test (default: ${DEFAULT-VALUE}).")
  double testFraction;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the split (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--add-instruction-prompt",
      description = "Append an instruction to each user message (after a blank line); the ground truth and extra_info.prompt keep the prompt as it was.")
  boolean addInstructionPrompt;

  @Option(names = "--instruction-prompt", paramLabel = "TEXT",
      description = "The text --add-instruction-prompt appends (default: \"" + DEFAULT_INSTRUCTION_PROMPT + "\").")
  String instructionPrompt;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet or jsonl (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--registry", paramLabel = "NAME", defaultValue = "ifeval",
      description = "Registry the rows are checked against, and whose arguments make the kwargs columns (default: ${DEFAULT-VALUE}).")
  String registry;

  @Mixin Options.Resources resources;

  IfEvalToVerlCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    IfEvalToVerl.Format f = switch (format.toLowerCase(Locale.ROOT)) {
      case "parquet" -> IfEvalToVerl.Format.PARQUET;
      case "jsonl" -> IfEvalToVerl.Format.JSONL;
      default -> throw new ParameterException(spec.commandLine(), "--format: expected parquet or jsonl, got '" + format + "'");
    };
    if (!(testFraction >= 0 && testFraction <= 1)) {
      throw new ParameterException(spec.commandLine(), "--test-fraction must lie in [0, 1], got " + testFraction);
    }
    Registry reg;
    try {
      reg = env.registry(registry);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--registry: " + e.getMessage());
    }
    Path dir = env.resolve(outputDir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--output-dir: " + outputDir + " is not a directory");
    }
    Path input = inputData != null ? FileArgs.existingFile(spec, env, inputData, "--input-data") : defaultInput(resources.store(env));
    String extra = addInstructionPrompt ? (instructionPrompt != null ? instructionPrompt : DEFAULT_INSTRUCTION_PROMPT) : null;
    IfEvalToVerl.Result r = new IfEvalToVerl(reg, testFraction, seed, f, extra).run(input, dir);
    env.out().printf(Locale.ROOT, "wrote %d train rows to %s and %d test rows to %s%n", r.trainRows(), r.train(), r.testRows(), r.test());
    env.out().flush();
    return Main.OK;
  }

  private static Path defaultInput(ResourceStore store) {
    try {
      return store.require(Upstream.IFEVAL_INPUT_DATA);
    } catch (ResourceMissingException e) {
      throw new ResourceMissingException(e.relativePath(), "no copy of the IFEval prompts at "
          + store.root().resolve(Upstream.IFEVAL_INPUT_DATA) + (store.isOffline() ? " (offline mode)" : "")
          + ". Pass --input-data FILE, or fetch google/IFEval with 'if4j resources pull'.", e);
    }
  }
}
