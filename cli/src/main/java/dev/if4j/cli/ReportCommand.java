package dev.if4j.cli;

import dev.if4j.constraints.Evaluator;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.SampledEval;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.report.HtmlReport;
import dev.if4j.eval.report.MarkdownReport;
import dev.if4j.eval.report.Report;
import dev.if4j.eval.report.RunResults;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Turns one or more 'if4j eval' output directories into a report: a self-contained HTML page"
          + " (charts, a sortable table, failures with the checkers' reasons; nothing loaded from the network)"
          + " and/or markdown.",
      "With two or more runs, each is compared with the first: per-instruction differences, a paired"
          + " bootstrap 95%% interval of the difference in prompt-level accuracy and McNemar's exact test."
    })
final class ReportCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RUN_DIR", arity = "1..*", description = "Output directories of 'if4j eval'; the first is the baseline.")
  List<Path> runDirs;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the HTML report here.")
  String html;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Write the markdown report here.")
  String markdown;

  @Option(names = "--names", paramLabel = "A,B,...", split = ",", description = "Names of the runs (default: their directory names).")
  List<String> names;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3", description = "Failures shown per instruction and run (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "10000", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "0", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--input-data", paramLabel = "FILE",
      description = "The benchmark's prompts, for the failures' reasons (default: the file each run's summary.json names).")
  String inputData;

  @Mixin Options.Resources resources;

  ReportCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (html == null && markdown == null) throw new ParameterException(spec.commandLine(), "give --html FILE and/or --markdown FILE");
    if (names != null && names.size() != runDirs.size()) {
      throw new ParameterException(spec.commandLine(), "--names: " + names.size() + " names for " + runDirs.size() + " runs");
    }
    if (examples < 0 || resamples < 1) throw new ParameterException(spec.commandLine(), "--examples must not be negative, --bootstrap positive");
    Path htmlFile = html == null ? null : FileArgs.writableFile(spec, env, html, "--html");
    Path mdFile = markdown == null ? null : FileArgs.writableFile(spec, env, markdown, "--markdown");
    Path override = inputData == null ? null : FileArgs.existingFile(spec, env, inputData, "--input-data");
    List<RunResults> runs = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < runDirs.size(); i++) {
      Path dir = env.resolve(runDirs.get(i));
      if (!Files.isDirectory(dir)) throw new ParameterException(spec.commandLine(), runDirs.get(i) + " is not a directory");
      // An eval --samples directory has its samples' files one level down, in sample-0/...
      Path files = Files.isDirectory(dir.resolve(SampledEval.sampleDir(0))) ? dir.resolve(SampledEval.sampleDir(0)) : dir;
      for (String f : List.of(IfEvalBenchmark.SUMMARY, IfEvalBenchmark.STRICT_RESULTS, IfEvalBenchmark.LOOSE_RESULTS)) {
        if (!Files.isRegularFile(files.resolve(f))) {
          throw new ParameterException(spec.commandLine(), runDirs.get(i) + " is not a run directory of 'if4j eval' (it has no " + f + ")");
        }
      }
      String label = names != null ? names.get(i) : label(dir);
      if (!labels.add(label)) label = label + " (" + (i + 1) + ")";
      labels.add(label);
      runs.add(RunResults.load(dir, label));
    }
    ResourceStore store = resources.store(env);
    TextTools tools = new TextTools(store);
    Map<String, Report.Explainer> explainers = new HashMap<>();
    Map<String, String> notes = new HashMap<>();
    for (RunResults run : runs) {
      String registry = run.summaryField("registry");
      if (override == null && run.summary().get("framework") instanceof Map<?, ?> framework) {
        // The prompts were read from the framework's own file, which is no prompts file.
        notes.put(run.label(), "reasons not available: the prompts and their arguments are in the " + framework.get("name")
            + " file " + run.summaryField("responses") + "; pass the benchmark's prompts with --input-data FILE");
        continue;
      }
      Path data = override != null ? override : locate(run);
      if (data == null) {
        notes.put(run.label(), "reasons not available: the benchmark's prompts (" + run.summaryField("input_data")
            + ") were not found; pass --input-data FILE");
        continue;
      }
      try {
        explainers.put(run.label(), Report.explainer(data, new Evaluator(env.registry(registry == null ? "ifeval" : registry), tools)));
      } catch (IllegalArgumentException | InputProblemException e) {
        notes.put(run.label(), "reasons not available: " + e.getMessage());
      }
    }
    Report report = Report.build(runs, explainers, notes, examples, resamples, seed);
    if (report.upstreamVersions().size() > 1) {
      env.err().println("if4j report: warning: the runs were scored with different upstream versions of"
          + " the checkers (" + String.join("; ", report.upstreamVersions()) + "); rescore them with one"
          + " --registry NAME@VERSION to compare models");
    }
    if (htmlFile != null) {
      HtmlReport.write(report, htmlFile);
      env.out().println("wrote " + htmlFile + " (" + Files.size(htmlFile) / 1024 + " KiB)");
    }
    if (mdFile != null) {
      MarkdownReport.write(report, mdFile);
      env.out().println("wrote " + mdFile);
    }
    for (Report.Comparison c : report.comparisons()) {
      env.out().println(c.other().label() + " vs " + c.base().label() + ": prompt-level strict " + Report.describe(c.strict())
          + ", loose " + Report.describe(c.loose()));
    }
    env.out().flush();
    return Main.OK;
  }

  /** The directory's name (two runs of the same name get their position added). */
  private static String label(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    String name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
    return name;
  }

  /** The input data a run's summary names: as written (from the working directory), else from the run directory. */
  private Path locate(RunResults run) {
    String named = run.summaryField("input_data");
    if (named == null) return null;
    Path p = Path.of(named);
    if (p.isAbsolute()) return Files.isRegularFile(p) ? p : null;
    for (Path candidate : List.of(env.resolve(p), run.dir().resolve(p), run.dir().resolve(p.getFileName()))) {
      if (Files.isRegularFile(candidate)) return candidate;
    }
    return null;
  }
}
