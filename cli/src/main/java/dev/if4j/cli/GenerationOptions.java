package dev.if4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.eval.generate.GenerateRun;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ErrorBudget;
import dev.if4j.llm.Generator;
import dev.if4j.llm.ProgressMeter;
import dev.if4j.llm.ReasoningFilter;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.Sampling;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of generation from an endpoint, shared by {@code generate} and {@code eval --endpoint}. */
final class GenerationOptions {
  /** Where {@code eval --endpoint} writes the responses, inside its output directory. */
  static final String RESPONSES = "responses.jsonl";

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "OpenAI-compatible server: its root (http://127.0.0.1:8000), its /v1, or the full"
          + " /v1/chat/completions URL.")
  String endpoint;

  @Option(names = "--model", paramLabel = "NAME", description = "Model name sent with each request.")
  String model;

  @Option(names = "--api-key-env", paramLabel = "VAR",
      description = "Environment variable holding the API key (sent as a bearer token; never written anywhere).")
  String apiKeyEnv;

  @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature (default: the server's).")
  Double temperature;

  @Option(names = "--top-p", paramLabel = "P", description = "Nucleus sampling top_p (default: the server's).")
  Double topP;

  @Option(names = "--max-tokens", paramLabel = "N", description = "Tokens to generate at most (default: the server's).")
  Integer maxTokens;

  @Option(names = "--seed", paramLabel = "N",
      description = "Sampling seed; sample i of a prompt is sent seed + i (default: none).")
  Long seed;

  @Option(names = "--stop", paramLabel = "TEXT", description = "A stop sequence (repeat for several).")
  List<String> stop = new ArrayList<>();

  @Option(names = "--extra-body", paramLabel = "JSON",
      description = "A JSON object of further request fields, passed through (e.g. vLLM's"
          + " '{\"top_k\": 20, \"chat_template_kwargs\": {\"enable_thinking\": false}}').")
  String extraBody;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1",
      description = "Responses per prompt (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "32",
      description = "Requests in flight at most (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "Per-request timeout, the whole response included (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "5",
      description = "Retries of a request after a 429, 5xx, timeout, connection error or malformed body,"
          + " with exponential backoff and jitter (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--error-budget", paramLabel = "N|P%", defaultValue = "5%",
      description = "Prompts that may fail for good before the run stops starting new ones (default: ${DEFAULT-VALUE}).")
  String errorBudget;

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

  @Option(names = "--strip-reasoning",
      description = "Score the text after the last reasoning end tag; the raw output is kept as raw_response.")
  boolean stripReasoning;

  @Option(names = "--reasoning-tags", paramLabel = "START,END", defaultValue = "<think>,</think>",
      description = "The reasoning tags for --strip-reasoning (default: ${DEFAULT-VALUE}).")
  String reasoningTags;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N prompts (a quick look).")
  Integer limit;

  /**
   * Generates the responses to {@code prompts} into {@code output}; the exit code ({@link
   * Main#OK}, or {@link Main#GENERATION_FAILED} when the error budget was spent).
   */
  int generate(CliEnv env, CommandSpec spec, String benchmark, Path prompts, Path output, RowJudge judge)
      throws IOException, InterruptedException {
    GenerateRun.Settings settings = settings(env, spec, benchmark, prompts);
    ErrorBudget budget = errorBudget(spec);
    if (concurrency < 1) throw new ParameterException(spec.commandLine(), "--concurrency must be at least 1");
    if (retries < 0) throw new ParameterException(spec.commandLine(), "--retries must not be negative");
    if (!(timeoutSeconds > 0)) throw new ParameterException(spec.commandLine(), "--timeout must be positive");
    URI uri;
    try {
      uri = ChatClient.chatCompletionsUri(endpoint);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--endpoint: " + e.getMessage());
    }
    String apiKey = null;
    if (apiKeyEnv != null) {
      apiKey = System.getenv(apiKeyEnv);
      if (apiKey == null || apiKey.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--api-key-env: the environment variable " + apiKeyEnv + " is not set");
      }
    }
    GenerateRun run = new GenerateRun(settings, judge, msg -> env.err().println("if4j generate: " + msg));
    List<Generator.Job> jobs = run.plan();
    ChatClient.Config config = new ChatClient.Config(uri, apiKey, Duration.ofMillis((long) (timeoutSeconds * 1000)),
        Duration.ofSeconds(10), new RetryPolicy(retries + 1, Duration.ofSeconds(1), Duration.ofSeconds(60)));
    boolean terminal = env.err() == System.err && ProgressMeter.onTerminal();
    Generator.Result r;
    try (ChatClient client = new ChatClient(config)) {
      r = run.run(jobs, client, concurrency, budget, output,
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
    if (model == null || model.isBlank()) throw new ParameterException(spec.commandLine(), "--model is required with --endpoint");
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
    Map<String, Object> extra = Map.of();
    if (extraBody != null) {
      try {
        Object parsed = new ObjectMapper().readValue(extraBody, Object.class);
        if (!(parsed instanceof Map<?, ?> m)) throw new IOException("not a JSON object");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) m;
        extra = fields;
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "--extra-body: expected a JSON object, got " + extraBody);
      }
    }
    Sampling sampling;
    try {
      sampling = new Sampling(temperature, topP, maxTokens, seed, stop, extra);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--extra-body: " + e.getMessage());
    }
    ReasoningFilter reasoning = null;
    if (stripReasoning) {
      int comma = reasoningTags.indexOf(',');
      if (comma < 0 || comma == reasoningTags.length() - 1) {
        throw new ParameterException(spec.commandLine(), "--reasoning-tags: expected START,END, e.g. <think>,</think>");
      }
      reasoning = new ReasoningFilter(reasoningTags.substring(0, comma), reasoningTags.substring(comma + 1));
    }
    if (!unsplittable.equals("error") && !unsplittable.equals("single-turn")) {
      throw new ParameterException(spec.commandLine(), "--unsplittable: expected error or single-turn, got " + unsplittable);
    }
    return new GenerateRun.Settings(endpoint, model, benchmark, prompts, samples, limit, sampling, system, shots,
        poolFile, fewShotSeed, verifiedPool, multiTurn, unsplittable.equals("single-turn"), reasoning);
  }

  private ErrorBudget errorBudget(CommandSpec spec) {
    try {
      return ErrorBudget.parse(errorBudget);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--error-budget: " + e.getMessage());
    }
  }
}
