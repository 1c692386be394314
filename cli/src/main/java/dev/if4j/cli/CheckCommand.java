package dev.if4j.cli;

import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.constraints.Stamp;
import dev.if4j.eval.check.CheckPipeline;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.judging.Verification;
import dev.if4j.text.ToolsAhead;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.llm.judge.LlmJudge;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Judges rows {\"id\" (or \"key\"), \"prompt\", \"response\", \"instruction_id_list\", \"kwargs\"}"
          + " and writes {\"id\", \"strict\": [...], \"loose\": [...]} per row, in input order.",
      "Other ground-truth formats (verl, open-instruct, RLVR-IFeval, VerInstruct) are read too, detected"
          + " per line; see --format.",
      "A bad line stops the run (exit 3) with its file, line and field, unless --skip-bad-lines."
    })
final class CheckCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Rows (JSONL, or verl Parquet as 'data ifeval-to-verl' writes it); - for standard input.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Verdicts (JSONL); - for standard output.")
  String output;

  @Option(names = "--explain", description = "Add \"reasons\": per instruction, why (strict) and the loose variant that passed.")
  boolean explain;

  @Option(names = "--skip-bad-lines", description = "Write bad lines with their reason to the rejects file and go on.")
  boolean skipBadLines;

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Rejects file for --skip-bad-lines (default: OUTPUT without .jsonl + .rejects.jsonl; rejects.jsonl with --output -).")
  Path rejects;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "Ground-truth format: auto (detected per line by its fields), ifeval (instruction_id_list + kwargs),"
          + " verl (reward_model.ground_truth), open-instruct (ground_truth: Python-literal list),"
          + " rlvr-ifeval (ground_truth: JSON with func_name), verinstruct (checkers + functions)."
          + " Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary on standard error.")
  boolean quiet;

  @Option(names = "--stamp", paramLabel = "FILE",
      description = "Also write the run's version stamp (JSON: if4j version, registry, fixes, and the digest of"
          + " every language resource read) to FILE, to keep next to the verdicts. The summary on standard"
          + " error always ends with it.")
  String stamp;

  @Mixin Options.Judging judging;

  @Mixin Options.Resources resources;

  @Mixin VerifOptions verif;

  CheckCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    groundTruthFormat();
    verif.checkRuleOptions(spec);
    LlmJudge llm = verif.judge(env, spec);
    JudgePolicy policy = verif.policy(spec);
    // Made when a VerInstruct row first needs it: choosing the rule mode by itself probes the
    // sandbox (starts python3 and bubblewrap), which rows of other formats should not wait for.
    Supplier<Verification> rowVerif = () -> {
      VerinstructRules ruleMode = verif.ruleMode(spec);
      if (verif.registryFallback() != null) env.err().println("if4j check: " + verif.registryFallback());
      return new Verification(ruleMode, verif.ruleRunner(spec, ruleMode), llm, policy);
    };
    if (verif.rulesNamed()) { // no probe then, unless python is named: its errors come before any row
      Verification named = rowVerif.get();
      rowVerif = () -> named;
    }
    RowJudge judge = new RowJudge(judging.judge(env, spec, resources.store(env)).evaluator(), rowVerif);
    ToolsAhead ahead = ToolsAhead.start(judge.evaluator().tools(), judge.evaluator().registry().name());
    try {
      int code = run(judge);
      if (code == Main.OK) ahead.remember(); // a failed run may have stopped before using its tools
      return code;
    } finally {
      verif.close();
    }
  }

  private int run(RowJudge judge) throws Exception {
    GroundTruthFormat groundTruth = groundTruthFormat();
    boolean stdin = input.equals("-");
    boolean stdout = output.equals("-");
    Path inPath = stdin ? null : FileArgs.existingFile(spec, env, input, "--input");
    Path outPath = stdout ? null : FileArgs.writableFile(spec, env, output, "--output");
    Path stampPath = stamp == null ? null : FileArgs.writableFile(spec, env, stamp, "--stamp");
    Path rejectsPath = skipBadLines
        ? FileArgs.writableFile(spec, env, (rejects != null ? rejects : defaultRejects(output)).toString(), "--rejects")
        : null;

    CheckPipeline pipeline = new CheckPipeline(judge, CheckPipeline.Options.defaults()
        .withThreads(judging.threads).withExplain(explain).withSkipBadLines(skipBadLines)
        .withFormat(groundTruth));
    long start = System.nanoTime();
    CheckPipeline.Stats stats;
    try (JsonlLines lines = stdin ? new JsonlLines(JsonlLines.STDIN, env.in()) : InputFiles.open(inPath);
        OutputStream out = stdout ? new NonClosing(env.out()) : new BufferedOutputStream(Files.newOutputStream(outPath), 1 << 16);
        OutputStream rej = rejectsPath == null ? null : new BufferedOutputStream(Files.newOutputStream(rejectsPath))) {
      stats = pipeline.run(lines, out, rej);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!quiet) {
      env.err().printf(Locale.ROOT, "if4j check: %d rows, %d instructions (strict %d followed, loose %d) in %.2f s on %d threads -> %s%n",
          stats.rows(), stats.instructions(), stats.strictFollowed(), stats.looseFollowed(), seconds,
          judging.threads, stdout ? "standard output" : outPath);
    }
    Verification made = judge.verifIfMade();
    var llm = made == null ? null : made.judge();
    if (llm != null && !quiet) {
      env.err().printf(Locale.ROOT, "if4j check: LLM judge %s: %d requests, %d cache hits, %d failed%n",
          llm.config().model(), llm.requests(), llm.cacheHits(), llm.failures());
    }
    if (rejectsPath != null && (stats.rejected() > 0 || !quiet)) {
      env.err().printf(Locale.ROOT, "if4j check: %d bad lines set aside in %s%n", stats.rejected(), rejectsPath);
    }
    if (!quiet || stampPath != null) {
      // Made after judging: it lists the resources this run read.
      Stamp s = Stamp.of(judge.evaluator().registry(), judge.evaluator().tools().store());
      if (!quiet) env.err().println("if4j check: stamp: " + s.line());
      if (stampPath != null) {
        Json.writeIndented(stampPath, s.toMap());
      }
    }
    return Main.OK;
  }

  /** The format {@code --format} names; null for {@code auto}. */
  private GroundTruthFormat groundTruthFormat() {
    if (format.equalsIgnoreCase("auto")) return null;
    try {
      return GroundTruthFormat.byName(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
  }

  /** {@code out.jsonl} → {@code out.rejects.jsonl}; standard output → {@code rejects.jsonl}. */
  static Path defaultRejects(String output) {
    if (output.equals("-")) return Path.of("rejects.jsonl");
    String base = output.endsWith(".jsonl") ? output.substring(0, output.length() - ".jsonl".length()) : output;
    return Path.of(base + ".rejects.jsonl");
  }

  /** Standard output must stay open for whoever prints after us. */
  static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
