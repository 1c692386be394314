package dev.if4j.cli;

import dev.if4j.eval.report.Explanations;
import dev.if4j.eval.report.HtmlReport;
import dev.if4j.eval.report.MarkdownReport;
import dev.if4j.eval.report.Report;
import dev.if4j.eval.report.RunResults;
import dev.if4j.text.TextTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    List<RunResults> runs;
    try {
      runs = RunResults.loadAll(runDirs, env::resolve, names);
    } catch (RunResults.NotARunDirectory e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Explanations explanations = Explanations.of(runs, override, env::resolve, env::registry,
        new TextTools(resources.store(env)));
    Report report = Report.build(runs, explanations.explainers(), explanations.notes(), examples, resamples, seed);
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
}
