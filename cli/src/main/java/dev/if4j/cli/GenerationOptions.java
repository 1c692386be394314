package dev.if4j.cli;

import dev.if4j.eval.check.RowJudge;
import dev.if4j.eval.generate.GenerateRun;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ErrorBudget;
import dev.if4j.llm.Generator;
import dev.if4j.llm.ProgressMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of generation from an endpoint, shared by {@code generate} and {@code eval --endpoint}. */
final class GenerationOptions {
  /** Where {@code eval --endpoint} writes the responses, inside its output directory. */
  static final String RESPONSES = "responses.jsonl";

  @Mixin EndpointOptions model;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1",
      description = "Responses per prompt (default: ${DEFAULT-VALUE}). eval scores each sample on its own"
          + " (DIR/sample-K/) and reports the spread and pass@k; with --responses, the file holds that many per"
          + " prompt, each line with its \"sample\" index, as generate writes them.")
  int samples;

  @Option(names = "--num-fewshot", paramLabel = "K", defaultValue = "0",
      description = "Demonstrations before each prompt, as user/assistant turns (default: ${DEFAULT-VALUE}).")
  int shots;

  @Option(names = "--fewshot-pool", paramLabel = "FILE",
      description = "Demonstrations to draw from (JSONL: prompt, response; optionally key and the row's"
          + " instructions). A prompt is never its own demonstration.")
  String pool;

  @Option(names = "--fewshot-seed", paramLabel = "N", defaultValue = "1234",
      description = "Seed of the per-prompt draw of demonstrations (default: ${DEFAULT-VALUE}).")
  long fewShotSeed;

  @Option(names = "--fewshot-verified",
      description = "Keep only demonstrations whose response follows its own instructions, by if4j's checkers.")
  boolean verifiedPool;

  @Option(names = "--system-prompt", paramLabel = "TEXT", description = "A system message before each conversation.")
  String systemPrompt;

  @Option(names = "--system-prompt-file", paramLabel = "FILE", description = "The system message, read from a file.")
  String systemPromptFile;

  @Option(names = "--multi-turn",
      description = "Constraint isolation (IFBench): turn 1 the task, then the model's own answer, turn 2 the constraint.")
  boolean multiTurn;

  @Option(names = "--unsplittable", paramLabel = "error|single-turn", defaultValue = "error",
      description = "With --multi-turn, a prompt whose constraint cannot be separated from its task: stop"
          + " before generating (error), or send it as one turn (single-turn) (default: ${DEFAULT-VALUE}).")
  String unsplittable;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N prompts (a quick look).")
  Integer limit;

  /**
   * Generates the responses to {@code prompts} into {@code output}; the exit code ({@link
   * Main#OK}, or {@link Main#GENERATION_FAILED} when the error budget was spent).
   */
  int generate(CliEnv env, CommandSpec spec, String benchmark, Path prompts, Path output, RowJudge judge)
      throws IOException, InterruptedException {
    model.check(spec);
    GenerateRun.Settings settings = settings(env, spec, benchmark, prompts);
    ErrorBudget budget = model.errorBudget(spec);
    ChatClient.Config config = model.clientConfig(spec);
    GenerateRun run = new GenerateRun(settings, judge, msg -> env.err().println("if4j generate: " + msg));
    List<Generator.Job> jobs = run.plan();
    boolean terminal = env.err() == System.err && ProgressMeter.onTerminal();
    Generator.Result r;
    try (ChatClient client = new ChatClient(config)) {
      r = run.run(jobs, client, model.concurrency, budget, output,
          (total, before) -> new ProgressMeter(env.err(), terminal, total, before, Duration.ofSeconds(10)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--output: " + e.getMessage());
    }
    report(env, r, budget);
    return r.budgetSpent() ? Main.GENERATION_FAILED : Main.OK;
  }

  /**
   * The first {@code n} rows of {@code data}, copied into {@code dir} ({@code eval --endpoint
   * --limit N} scores only the prompts it generated for).
   */
  static Path firstRows(Path data, int n, Path dir) throws IOException {
    Path out = dir.resolve("input_data.first-" + n + ".jsonl");
    List<String> kept = new ArrayList<>();
    try (var lines = Files.lines(data)) {
      lines.filter(l -> !l.isBlank()).limit(n).forEach(kept::add);
    }
    Files.write(out, kept);
    return out;
  }

  private static void report(CliEnv env, Generator.Result r, ErrorBudget budget) {
    var err = env.err();
    if (r.repairedBytes() > 0) {
      err.println("if4j generate: cut off a torn last line (" + r.repairedBytes() + " bytes) left by an interrupted run");
    }
    err.println(String.format(Locale.ROOT, "if4j generate: %d of %d responses in %s (%d new, %d already there);"
        + " %d failed; %d requests, %d retries", r.skipped() + r.completed(), r.jobs(), r.output(), r.completed(),
        r.skipped(), r.failed(), r.requests(), r.retries()));
    if (r.budgetSpent()) {
      err.println("if4j generate: stopped: " + r.failed() + " failures spent the error budget (" + budget + "); "
          + r.notStarted() + " responses not attempted. The reasons are in " + r.errors()
          + ". What was generated is kept: fix the endpoint, then run the same command again to go on.");
    } else if (r.failed() > 0) {
      err.println("if4j generate: warning: " + r.failed() + " responses failed for good (reasons in " + r.errors()
          + "); run the same command again to retry them.");
    }
  }

  private GenerateRun.Settings settings(CliEnv env, CommandSpec spec, String benchmark, Path prompts) throws IOException {
    if (samples < 1) throw new ParameterException(spec.commandLine(), "--samples must be at least 1");
    if (limit != null && limit < 1) throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
    if (shots < 0) throw new ParameterException(spec.commandLine(), "--num-fewshot must not be negative");
    if (shots > 0 && pool == null) {
      throw new ParameterException(spec.commandLine(), "--num-fewshot " + shots + " needs --fewshot-pool FILE (prompt/response pairs to draw from)");
    }
    Path poolFile = pool == null ? null : FileArgs.existingFile(spec, env, pool, "--fewshot-pool");
    if (systemPrompt != null && systemPromptFile != null) {
      throw new ParameterException(spec.commandLine(), "give --system-prompt or --system-prompt-file, not both");
    }
    String system = systemPrompt;
    if (systemPromptFile != null) system = Files.readString(FileArgs.existingFile(spec, env, systemPromptFile, "--system-prompt-file"));
    if (!unsplittable.equals("error") && !unsplittable.equals("single-turn")) {
      throw new ParameterException(spec.commandLine(), "--unsplittable: expected error or single-turn, got " + unsplittable);
    }
    return new GenerateRun.Settings(model.endpoint, model.model, benchmark, prompts, samples, limit, model.sampling(spec),
        system, shots, poolFile, fewShotSeed, verifiedPool, multiTurn, unsplittable.equals("single-turn"),
        model.reasoning(spec));
  }
}
