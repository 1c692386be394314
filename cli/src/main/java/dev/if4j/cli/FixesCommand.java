package dev.if4j.cli;

import dev.if4j.eval.benchmark.Benchmark;
import dev.if4j.eval.benchmark.BenchmarkVersion;
import dev.if4j.eval.benchmark.FixCatalogue;
import dev.if4j.eval.benchmark.FixesReport;
import dev.if4j.text.TextTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "fixes",
    mixinStandardHelpOptions = true,
    description = {
      "Repairs of known defects of the reference checkers: each a named fix that --fixes ID (check,"
          + " eval) enables on top of a faithful registry; --registry NAME-fixed enables all that apply.",
      "The faithful registries stay the default: they reproduce published numbers."
    },
    subcommands = {FixesCommand.ListFixes.class, FixesCommand.Report.class})
final class FixesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists every fix: what the reference does, what the fix does, why, where the defect is"
          + " known from, and an example whose verdict it changes.")
  static final class ListFixes implements Callable<Integer> {
    private final CliEnv env;

    @Option(names = "--markdown", description = "Print the catalogue as the Markdown table of docs/fixes.md.")
    boolean markdown;

    ListFixes(CliEnv env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      env.out().print(markdown ? FixCatalogue.markdown() : FixCatalogue.text());
      env.out().flush();
      return Main.OK;
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = {
        "Measures each fix on published responses: every prompt judged with the faithful registry, with"
            + " each fix alone, and with the fixed flavour. Prints (or writes) the Markdown tables of"
            + " docs/fixes.md: verdicts and prompt-level results that change, accuracy deltas, and each"
            + " changed verdict.",
        "Defaults, where they are (a checkout beside ../shared): the GPT-4 IFEval responses and the IFBench"
            + " sample responses under ../shared/datasets, and the fuzz goldens under ../shared/parity (real"
            + " responses with mutations and random instructions, in check's format). Elsewhere, what is given"
            + " is measured; a benchmark's prompts default to its published set (the resource cache), as for eval."
      })
  static final class Report implements Callable<Integer> {
    static final Path SHARED = Path.of("..", "shared", "datasets");
    static final Path PARITY = Path.of("..", "shared", "parity");

    private final CliEnv env;

    @Spec CommandSpec spec;

    @Option(names = "--ifeval-data", paramLabel = "FILE", description = "IFEval prompts (default: ../shared/datasets/ifeval/input_data.jsonl).")
    String ifevalData;

    @Option(names = "--ifeval-responses", paramLabel = "FILE",
        description = "IFEval responses (default: ../shared/datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl).")
    String ifevalResponses;

    @Option(names = "--ifbench-data", paramLabel = "FILE", description = "IFBench prompts (default: ../shared/datasets/ifbench/IFBench_test.jsonl).")
    String ifbenchData;

    @Option(names = "--ifbench-responses", paramLabel = "FILE",
        description = "IFBench responses (default: ../shared/datasets/ifbench/sample_output.jsonl).")
    String ifbenchResponses;

    @Option(names = "--rows", paramLabel = "REGISTRY=FILE",
        description = "Also measure on rows in check's format, judged with REGISTRY (ifeval, ifbench or ifevalg);"
            + " repeatable. Default: the fuzz goldens ../shared/parity/REGISTRY/fuzz.golden.jsonl of the three.")
    List<String> rows;

    @Option(names = "--no-rows", description = "Measure on the benchmarks' responses only.")
    boolean noRows;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report here (default: standard output).")
    String output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin Options.Resources resources;

    Report(CliEnv env) {
      this.env = env;
    }

    @Override
    public Integer call() throws Exception {
      List<FixesReport.Input> inputs = new ArrayList<>();
      addBenchmark(inputs, Benchmark.IFEVAL, ifevalData, "ifeval/input_data.jsonl", "--ifeval-data", ifevalResponses,
          "ifeval/input_response_data_gpt4_20231107_145030.jsonl", "--ifeval-responses", "IFEval, GPT-4 responses (541 prompts)");
      addBenchmark(inputs, Benchmark.IFBENCH, ifbenchData, "ifbench/IFBench_test.jsonl", "--ifbench-data",
          ifbenchResponses, "ifbench/sample_output.jsonl", "--ifbench-responses", "IFBench, sample responses (300 prompts)");
      if (!noRows) {
        // The fuzz goldens are measured where they are; elsewhere only --rows.
        List<String> pairs = rows != null ? rows : Stream.of("ifeval", "ifbench", "ifevalg")
            .map(r -> r + "=" + PARITY.resolve(r).resolve("fuzz.golden.jsonl"))
            .filter(pair -> Files.isRegularFile(env.resolve(Path.of(pair.substring(pair.indexOf('=') + 1)))))
            .toList();
        for (String pair : pairs) {
          int eq = pair.indexOf('=');
          if (eq < 0) throw new ParameterException(spec.commandLine(), "--rows: expected REGISTRY=FILE, got " + pair);
          Benchmark b;
          try {
            b = Benchmark.byId(pair.substring(0, eq));
          } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--rows: " + e.getMessage());
          }
          Path file = file(rows != null ? pair.substring(eq + 1) : null, Path.of(pair.substring(eq + 1)), "--rows");
          inputs.add(FixesReport.Input.rows(b, file, b.title() + " rows, " + file.getFileName()));
        }
      }
      if (inputs.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "nothing to measure: no ../shared beside " + env.workDir()
            + "; pass --ifeval-responses FILE, --ifbench-responses FILE or --rows REGISTRY=FILE");
      }
      Path out = output == null ? null : FileArgs.writableFile(spec, env, output, "--output");
      FixesReport report = new FixesReport(new TextTools(resources.store(env)), Math.max(1, threads),
          msg -> env.err().println("if4j fixes report: " + msg));
      List<List<FixesReport.Delta>> results = new ArrayList<>();
      for (FixesReport.Input in : inputs) results.add(report.measure(in));
      String md = FixesReport.markdown(inputs, results);
      if (out == null) {
        env.out().print(md);
        env.out().flush();
      } else {
        Files.writeString(out, md);
        env.err().println("if4j fixes report: wrote " + out);
      }
      return Main.OK;
    }

    /**
     * A benchmark's responses, when given or found at their default; skipped otherwise. Its prompts:
     * given, else at their default, else the benchmark's published set from the resource cache.
     */
    private void addBenchmark(List<FixesReport.Input> inputs, Benchmark bench, String data, String defaultData,
        String dataOption, String responses, String defaultResponses, String responsesOption, String defaultLabel) {
      Path answers = responses != null ? FileArgs.existingFile(spec, env, responses, responsesOption)
          : existing(SHARED.resolve(defaultResponses));
      if (answers == null) {
        env.err().println("if4j fixes report: no " + responsesOption + " and no " + SHARED.resolve(defaultResponses)
            + "; " + bench.title() + " is not measured");
        return;
      }
      Path prompts = data != null ? FileArgs.existingFile(spec, env, data, dataOption) : existing(SHARED.resolve(defaultData));
      if (prompts == null) prompts = EvalCommand.defaultInputData(spec, BenchmarkVersion.parse(bench.id()), resources.store(env));
      inputs.add(FixesReport.Input.benchmark(bench, prompts, answers, responses == null ? defaultLabel
          : bench.title() + ", " + answers.getFileName()));
    }

    private Path existing(Path fallback) {
      Path p = env.resolve(fallback).normalize();
      return Files.isRegularFile(p) ? p : null;
    }

    private Path file(String given, Path fallback, String option) {
      if (given != null) return FileArgs.existingFile(spec, env, given, option);
      Path p = env.resolve(fallback).normalize();
      if (!Files.isRegularFile(p)) {
        throw new ParameterException(spec.commandLine(), "no " + option + " given and the default " + fallback
            + " is not there (from " + env.workDir() + "); pass " + option + " FILE");
      }
      return p;
    }
  }

}
