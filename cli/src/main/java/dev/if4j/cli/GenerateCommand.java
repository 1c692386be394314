package dev.if4j.cli;

import dev.if4j.constraints.Evaluator;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates responses to a benchmark's prompts from an OpenAI-compatible endpoint (vLLM, SGLang,"
          + " Ollama, llama.cpp, OpenAI) into a JSONL file that 'if4j eval --responses' reads.",
      "The output is append-only and keyed by (prompt key, sample): a rerun of the same command skips"
          + " what is done, and a killed run loses only the requests in flight. Responses that fail"
          + " for good go to OUTPUT.errors.jsonl; the settings to OUTPUT.run.json."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every response generated, or failures within the error budget (a warning names them)",
      "2:usage error",
      "3:bad input (a prompts or pool file)",
      "5:stopped: the error budget was spent (rerun to go on)"
    })
final class GenerateCommand implements Callable<Integer> {
  /** Where the IFBench test prompts sit in the resource cache. */
  static final String IFBENCH_INPUT_DATA = "datasets/ifbench/IFBench_test.jsonl";

  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--benchmark", paramLabel = "ifeval|ifbench|multiif|FILE", defaultValue = "ifeval",
      description = "The prompts: a benchmark's (from the resource cache, or --input-data) or a JSONL file of"
          + " rows with key and prompt (or messages) (default: ${DEFAULT-VALUE}). multiif: each Multi-IF"
          + " conversation is one job, its turns answered in order with the model's own earlier answers in"
          + " the history (docs/multilingual.md).")
  String benchmark;

  @Option(names = "--input-data", paramLabel = "FILE", description = "The benchmark's prompts file, instead of the cached copy.")
  String inputData;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Responses (JSONL), created or resumed.")
  String output;

  @Option(names = "--registry", paramLabel = "NAME",
      description = "Checkers for --fewshot-verified and --multi-turn (default: ifbench for ifbench, else ifeval).")
  String registry;

  @Mixin GenerationOptions generation;

  @Mixin Options.Resources resources;

  GenerateCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (!generation.model.given()) throw new ParameterException(spec.commandLine(), "--endpoint URL is required");
    ResourceStore store = resources.store(env);
    Path prompts = prompts(store);
    Path out = FileArgs.writableFile(spec, env, output, "--output");
    String name = registry != null ? registry
        : benchmark.equals("ifbench") || benchmark.equals("multiif") ? benchmark : "ifeval";
    RowJudge judge;
    try {
      judge = new RowJudge(new Evaluator(env.registry(name), new TextTools(store)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--registry: " + e.getMessage());
    }
    return generation.generate(env, spec, benchmark, prompts, out, judge);
  }

  private Path prompts(ResourceStore store) {
    if (inputData != null) return FileArgs.existingFile(spec, env, inputData, "--input-data");
    String cached = switch (benchmark) {
      case "ifeval" -> Upstream.IFEVAL_INPUT_DATA;
      case "ifbench" -> IFBENCH_INPUT_DATA;
      case "multiif" -> Upstream.MULTIIF_INPUT_DATA;
      default -> null;
    };
    if (cached == null) return FileArgs.existingFile(spec, env, benchmark, "--benchmark");
    try {
      return store.require(cached);
    } catch (ResourceMissingException e) {
      throw new ResourceMissingException(e.relativePath(), "no copy of the " + benchmark + " prompts at "
          + store.root().resolve(cached) + (store.isOffline() ? " (offline mode)" : "")
          + ". Pass --input-data FILE, or fetch them with 'if4j resources pull'."
          + (e.getCause() == null ? "" : " (" + e.getMessage() + ")"), e);
    }
  }
}
