package dev.if4j.cli;

import dev.if4j.eval.benchmark.Benchmark;
import dev.if4j.eval.benchmark.BenchmarkVersion;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.LmEvalResults;
import dev.if4j.eval.benchmark.MultiIfBenchmark;
import dev.if4j.eval.benchmark.OutputsFormat;
import dev.if4j.eval.benchmark.ResponseProfile;
import dev.if4j.eval.benchmark.SampledEval;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.ToolsAhead;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a responses file ({\"prompt\", \"response\"}, optional \"key\") on a benchmark, as the"
          + " reference's evaluation_main does: eval_results_strict.jsonl, eval_results_loose.jsonl and"
          + " summary.json in --output-dir, and a table on standard output.",
      "Responses are matched by key, else by prompt text (also after strip()); a prompt without a"
          + " response is reported and scored not followed. A response may also be the final assistant"
          + " turn of a \"messages\" conversation (IFBench's multi-turn setting).",
      "Benchmarks: ifeval (registry ifeval), ifbench (registry ifbench; headline: prompt-level loose"
          + " accuracy, as the IFBench paper reports), ifevalg (registry ifevalg; needs --input-data),"
          + " multiif (registry multiif; conversations scored turn by turn, per turn and language, as"
          + " Multi-IF's metrics_gen does; see docs/multilingual.md),"
          + " mifeval (registry mifeval; one language per run: --language es|fr|ja|en, or --input-data),"
          + " lmeval-es (registry lmeval-es: lm-eval's ifeval_es; needs --input-data), or lmeval-ca"
          + " (registry lmeval-ca: lm-eval's ifeval_ca; needs --input-data).",
      "Other frameworks' outputs are read as they are: lm-evaluation-harness --log_samples files"
          + " (samples_ifeval_<date>.jsonl) are detected, their prompts taken from each row's doc, and"
          + " lm-eval's own verdicts compared with ours (summary.json: framework); lighteval's details"
          + " (details_ifeval_<date>.parquet), evalscope's reviews and OpenCompass's predictions"
          + " (predictions/<model>/IFEval.json, with the results beside them) likewise. results.json has the"
          + " four figures under lm-eval's names, with lm-eval's standard errors. See docs/frameworks.md."
    })
final class EvalCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--benchmark", paramLabel = "NAME", defaultValue = IfEvalBenchmark.NAME,
      description = "Benchmark: ifeval, ifbench, ifevalg, multiif, mifeval, lmeval-es or lmeval-ca (default: ${DEFAULT-VALUE}), or one as an upstream"
          + " version ran it, NAME@VERSION (ifbench@2025-07-paper: that version's checkers and the prompt"
          + " file it ran; 'if4j registries' lists them). It sets the registry unless --registry names another.")
  String benchmark;

  @Option(names = "--responses", paramLabel = "FILE",
      description = "Responses (JSONL). Or --endpoint: generate them first, into OUTPUT-DIR/responses.jsonl.")
  String responses;

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "The responses file's layout: if4j (prompt, response), lm-eval (--log_samples rows),"
          + " lighteval (--save-details Parquet), evalscope (reviews/<model>/ifeval_default.jsonl),"
          + " opencompass (predictions/<model>/IFEval.json) or olmes (olmo-eval's"
          + " predictions/<model>/<spec>-predictions.jsonl, prompts from requests/ beside it). Default: detected"
          + " from its first row.")
  String from;

  @Option(names = "--profile", paramLabel = "NAME", defaultValue = "reference",
      description = "Preprocess each response as this framework does before judging: reference (as given;"
          + " default), lm-eval, lm-eval-think, lighteval, evalscope, opencompass, ifbench, open-instruct, olmes."
          + " See docs/frameworks.md.")
  String profile;

  @Option(names = "--input-data", paramLabel = "FILE",
      description = "The benchmark's prompts (JSONL: key, prompt, instruction_id_list, kwargs)."
          + " Default: the benchmark's own, downloaded once into the resource cache (ifeval: google/IFEval"
          + " from the Hugging Face hub; ifbench: data/IFBench_test.jsonl of github.com/allenai/IFBench).")
  String inputData;

  @Option(names = "--language", paramLabel = "LANG",
      description = "M-IFEval's language: es, fr, ja or en. Picks its prompt file (data/<LANG>_input_data.jsonl"
          + " of lightblue-tech/M-IFEval at 0bc3143, downloaded once into the resource cache); not needed"
          + " with --input-data.")
  String language;

  @Option(names = "--output-dir", required = true, paramLabel = "DIR", description = "Where results go (created if needed).")
  Path outputDir;

  @Mixin Options.Judging judging;

  @Mixin Options.Resources resources;

  @Mixin GenerationOptions generation;

  EvalCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    BenchmarkVersion version;
    try {
      version = BenchmarkVersion.parse(benchmark);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--benchmark: " + e.getMessage());
    }
    Benchmark bench = version.benchmark();
    if (language != null) {
      try {
        bench.defaultInputData(language);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--language: " + e.getMessage());
      }
    }
    ResourceStore store = resources.store(env);
    RowJudge judge = judging.judge(env, spec, store, version.registry());
    String registry = judge.evaluator().registry().name();
    ToolsAhead ahead = ToolsAhead.start(judge.evaluator().tools(), registry);
    int code = evaluate(version, bench, store, judge, registry);
    if (code == Main.OK) ahead.remember(); // a failed run may have stopped before using its tools
    return code;
  }

  private int evaluate(BenchmarkVersion version, Benchmark bench, ResourceStore store, RowJudge judge,
      String registry) throws Exception {
    if (!bench.ownsRegistry(registry)) {
      env.err().println("if4j eval: warning: scoring " + bench.title() + " with registry " + registry
          + " (its own is " + bench.registry() + ")");
    }
    if ((responses == null) == (!generation.model.given())) {
      throw new ParameterException(spec.commandLine(), "give --responses FILE, or --endpoint URL to generate them");
    }
    if (bench.isMultiTurn()) return multiTurn(version, store, judge);
    Path answers = responses == null ? null : FileArgs.existingFile(spec, env, responses, "--responses");
    OutputsFormat format = outputsFormat(answers);
    if (answers == null && format != OutputsFormat.IF4J) {
      throw new ParameterException(spec.commandLine(), "--from " + format.id() + ": reads a --responses file;"
          + " responses generated with --endpoint are if4j's own");
    }
    // A framework's samples carry the prompts they were scored on: those, unless others are named.
    Path data = inputData != null
        ? FileArgs.existingFile(spec, env, inputData, "--input-data")
        : format.carriesPrompts(answers) ? null : defaultInputData(spec, version, language, store);
    Path dir = env.resolve(outputDir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--output-dir: " + outputDir + " is not a directory");
    }
    if (generation.samples < 1) throw new ParameterException(spec.commandLine(), "--samples must be at least 1");
    if (answers == null) {
      Files.createDirectories(dir);
      if (generation.limit != null) data = GenerationOptions.firstRows(data, generation.limit, dir);
      answers = dir.resolve(GenerationOptions.RESPONSES);
      int code = generation.generate(env, spec, benchmark, data, answers, judge);
      if (code != Main.OK) return code;
    }
    IfEvalBenchmark scorer = new IfEvalBenchmark(bench, judge, judging.threads,
        msg -> env.err().println("if4j eval: warning: " + msg));
    if (format != OutputsFormat.IF4J && generation.samples > 1) {
      throw new ParameterException(spec.commandLine(), "--samples: give one " + format.id() + " samples file per run");
    }
    ResponseProfile rules;
    try {
      rules = ResponseProfile.byId(profile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--profile: " + e.getMessage());
    }
    scorer = scorer.from(format).openingWith(InputFiles::open).withProfile(rules);
    if (generation.samples > 1) return printSampled(new SampledEval(scorer).run(data, answers, generation.samples, dir), dir);
    return printScored(version, scorer.run(data, answers, dir), dir);
  }

  private int printSampled(SampledEval.Result sampled, Path dir) {
    env.out().print(sampled.table());
    env.out().println();
    env.out().println("wrote " + SampledEval.SUMMARY + " to " + dir + ", and each sample's evaluation to "
        + dir.resolve(SampledEval.sampleDir(0)) + " ... " + SampledEval.sampleDir(generation.samples - 1));
    env.out().flush();
    return Main.OK;
  }

  /** The scores, after a warning where the version's own evaluator would have given none. */
  private int printScored(BenchmarkVersion version, IfEvalBenchmark.Result result, Path dir) {
    String aborts = version.evaluatorAborts();
    int noResponse = result.withoutResponse();
    if (aborts != null && noResponse > 0) {
      env.err().println("if4j eval: warning: " + noResponse + " prompt(s) have no response; " + aborts
          + ", so it gives no score for this run; if4j scores them not followed (as IFBench's evaluator"
          + " does since 7840769)");
    }
    env.out().print(result.table());
    env.out().println();
    env.out().println("wrote " + IfEvalBenchmark.STRICT_RESULTS + ", " + IfEvalBenchmark.LOOSE_RESULTS
        + ", " + IfEvalBenchmark.SUMMARY + " and " + LmEvalResults.FILE + " to " + dir);
    env.out().flush();
    return Main.OK;
  }

  /**
   * Multi-IF: conversations scored turn by turn, per turn and language ({@link MultiIfBenchmark});
   * generated first, one job per conversation, when an endpoint is given.
   */
  private Integer multiTurn(BenchmarkVersion version, ResourceStore store, RowJudge judge) throws Exception {
    if (from != null) throw new ParameterException(spec.commandLine(), "--from: Multi-IF reads if4j's responses only");
    if (generation.samples != 1) throw new ParameterException(spec.commandLine(), "--samples: Multi-IF is scored on one sample");
    if (!profile.equals("reference")) throw new ParameterException(spec.commandLine(), "--profile: Multi-IF has its own rules");
    Path answers = responses == null ? null : FileArgs.existingFile(spec, env, responses, "--responses");
    Path data = inputData != null ? FileArgs.existingFile(spec, env, inputData, "--input-data")
        : answers != null && MultiIfBenchmark.carriesInstructions(answers) ? null
        : defaultInputData(spec, version, store);
    Path dir = env.resolve(outputDir);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--output-dir: " + outputDir + " is not a directory");
    }
    MultiIfBenchmark scorer = new MultiIfBenchmark(judge, judging.threads,
        msg -> env.err().println("if4j eval: warning: " + msg));
    if (answers == null) {
      Files.createDirectories(dir);
      answers = dir.resolve(GenerationOptions.RESPONSES);
      int code = generation.generate(env, spec, benchmark, data, answers, judge);
      if (code != Main.OK) return code;
      if (generation.limit != null) scorer = scorer.firstConversations(generation.limit);
    }
    MultiIfBenchmark.Result result = scorer.run(data, answers, dir);
    env.out().print(result.table());
    env.out().println();
    env.out().println("wrote " + MultiIfBenchmark.RESULTS + ", " + MultiIfBenchmark.SUMMARY + ", "
        + MultiIfBenchmark.MARKDOWN + " and " + MultiIfBenchmark.HTML + " to " + dir);
    env.out().flush();
    return Main.OK;
  }

  /** The responses' layout: --from, else detected from the file (generated responses are if4j's). */
  private OutputsFormat outputsFormat(Path answers) throws IOException {
    if (from != null) {
      try {
        return OutputsFormat.byId(from);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--from: " + e.getMessage());
      }
    }
    return answers == null ? OutputsFormat.IF4J : OutputsFormat.detect(answers, InputFiles::open);
  }

  /** The benchmark's prompts from the cache, downloaded from their upstream home on first use. */
  static Path defaultInputData(CommandSpec spec, BenchmarkVersion version, ResourceStore store) {
    return defaultInputData(spec, version, null, store);
  }

  /** The same for a benchmark with one prompt set per language (M-IFEval's {@code --language}). */
  static Path defaultInputData(CommandSpec spec, BenchmarkVersion version, String language, ResourceStore store) {
    String file;
    try {
      file = version.inputData(language);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--language: " + e.getMessage());
    }
    if (file == null) {
      throw new ParameterException(spec.commandLine(), "--input-data: " + version.benchmark().title()
          + " has no published prompt set; pass the prompts (JSONL with instruction_id_list and kwargs)"
          + " with --input-data FILE");
    }
    return version.requireInputData(store, file);
  }
}
