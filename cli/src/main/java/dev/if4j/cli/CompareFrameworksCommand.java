package dev.if4j.cli;

import dev.if4j.eval.benchmark.Benchmark;
import dev.if4j.eval.benchmark.BenchmarkVersion;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.OutputsFormat;
import dev.if4j.eval.benchmark.ResponseProfile;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.eval.report.FrameworkComparison;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "compare-frameworks",
    mixinStandardHelpOptions = true,
    description = {
      "Scores one outputs file under several frameworks' response rules (reasoning-trace removal and"
          + " the like, each cited in docs/frameworks.md), prints the four figures side by side, and writes"
          + " frameworks.md and frameworks.html to --output-dir: the figures, and for every prompt whose"
          + " verdict differs between frameworks, what each did to its response.",
      "Profiles: reference (the response as given), lm-eval, lm-eval-think (lm-eval with"
          + " think_end_token=</think>), lighteval (<think>…</think> removed), evalscope (remove_until"
          + " </think>), opencompass (extract_non_reasoning_content), ifbench (as given), open-instruct (its"
          + " reward's remove_thinking_section)."
    })
final class CompareFrameworksCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--responses", required = true, paramLabel = "FILE",
      description = "The outputs (any layout eval reads: if4j, lm-eval samples, lighteval details, evalscope reviews,"
          + " OpenCompass predictions, olmo-eval predictions).")
  String responses;

  @Option(names = "--input-data", paramLabel = "FILE",
      description = "The prompts. Default: those the outputs carry (lm-eval, lighteval, evalscope,"
          + " OpenCompass, olmo-eval with its requests file), else the benchmark's own, as eval takes them.")
  String inputData;

  @Option(names = "--benchmark", paramLabel = "NAME", defaultValue = IfEvalBenchmark.NAME,
      description = "ifeval, ifbench or ifevalg (default: ${DEFAULT-VALUE}).")
  String benchmark;

  @Option(names = "--profiles", paramLabel = "NAMES", split = ",",
      description = "The frameworks to compare (default: all of them).")
  List<String> profiles;

  @Option(names = "--output-dir", required = true, paramLabel = "DIR", description = "Where the report goes.")
  Path outputDir;

  @Mixin Options.Judging judging;

  @Mixin Options.Resources resources;

  CompareFrameworksCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    BenchmarkVersion version;
    List<ResponseProfile> chosen = new ArrayList<>();
    try {
      version = BenchmarkVersion.parse(benchmark);
      for (String p : profiles == null ? ResponseProfile.ids() : profiles) chosen.add(ResponseProfile.byId(p));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path answers = FileArgs.existingFile(spec, env, responses, "--responses");
    OutputsFormat format = OutputsFormat.detect(answers, InputFiles::open);
    ResourceStore store = resources.store(env);
    // As eval: the prompts named, else those the outputs carry, else the benchmark's own.
    Path data = inputData != null ? FileArgs.existingFile(spec, env, inputData, "--input-data")
        : format.carriesPrompts(answers) ? null : EvalCommand.defaultInputData(spec, version, store);
    Benchmark bench = version.benchmark();
    RowJudge judge = judging.judge(env, spec, store, version.registry());
    // The file is read once per profile: each warning is printed once.
    Set<String> warned = new HashSet<>();
    IfEvalBenchmark scorer = new IfEvalBenchmark(bench, judge, judging.threads, msg -> {
      if (warned.add(msg)) env.err().println("if4j compare-frameworks: warning: " + msg);
    }).from(format).openingWith(InputFiles::open);
    FrameworkComparison.Result result = FrameworkComparison.run(scorer, data, answers, chosen);
    Path dir = env.resolve(outputDir);
    FrameworkComparison.write(result, dir);
    env.out().print(FrameworkComparison.markdown(result));
    env.out().println();
    env.out().println("wrote " + FrameworkComparison.MARKDOWN + " and " + FrameworkComparison.HTML + " to " + dir);
    env.out().flush();
    return Main.OK;
  }
}
