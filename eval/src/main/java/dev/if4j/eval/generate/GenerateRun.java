package dev.if4j.eval.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.if4j.constraints.Version;
import dev.if4j.eval.benchmark.Benchmark;
import dev.if4j.eval.benchmark.MultiIfTurns;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ChatMessage;
import dev.if4j.llm.ErrorBudget;
import dev.if4j.llm.Generator;
import dev.if4j.llm.ReasoningFilter;
import dev.if4j.llm.RecordKey;
import dev.if4j.llm.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code if4j generate}: prompts in, responses out, through an OpenAI-compatible endpoint.
 *
 * <p>Builds each prompt's conversation ({@link PromptBuilder}), one job per prompt and sample, and
 * runs them with a {@link Generator} into a resumable JSONL file. Beside it, {@code
 * NAME.run.json} records the settings that shape the responses; a resumed run must use the same
 * ones (a file that mixes two models' responses would be silently wrong).
 */
public final class GenerateRun {
  /**
   * What shapes the responses.
   *
   * @param benchmark the benchmark's name, or the prompts file as given
   * @param prompts the prompts file
   * @param samples responses per prompt
   * @param limit only the first {@code limit} prompts, or null for all
   * @param pool the few-shot pool, or null when {@code shots} is 0
   * @param verifyPool keep only demonstrations that follow their own instructions
   * @param multiTurn constraint isolation over two turns
   * @param singleTurnFallback with {@code multiTurn}, send a prompt whose constraint cannot be
   *     separated from its task as one turn (else such a prompt stops the run before it starts)
   * @param reasoning removes reasoning before scoring, or null
   */
  public record Settings(String endpoint, String model, String benchmark, Path prompts, int samples, Integer limit,
      Sampling sampling, String systemPrompt, int shots, Path pool, long fewShotSeed, boolean verifyPool,
      boolean multiTurn, boolean singleTurnFallback, ReasoningFilter reasoning) {
    public Settings {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(benchmark, "benchmark");
      Objects.requireNonNull(prompts, "prompts");
      Objects.requireNonNull(sampling, "sampling");
      if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, got " + samples);
      if (limit != null && limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
      if (shots < 0) throw new IllegalArgumentException("the number of demonstrations must not be negative");
      if (shots > 0 && pool == null) throw new IllegalArgumentException("demonstrations need a pool");
    }

    /** The settings as {@code run.json} records them. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("if4j_version", Version.get());
      m.put("endpoint", endpoint);
      m.put("model", model);
      m.put("benchmark", benchmark);
      m.put("prompts", prompts.toString());
      m.put("limit", limit);
      m.put("samples", samples);
      m.put("sampling", sampling.toMap());
      m.put("system_prompt", systemPrompt);
      m.put("num_fewshot", shots);
      m.put("fewshot_pool", pool == null ? null : pool.toString());
      m.put("fewshot_seed", shots == 0 ? null : fewShotSeed);
      m.put("fewshot_verified", shots == 0 ? null : verifyPool);
      m.put("multi_turn", multiTurn);
      m.put("unsplittable_single_turn", multiTurn ? singleTurnFallback : null);
      m.put("strip_reasoning", reasoning == null ? null : Map.of("start", reasoning.startTag(), "end", reasoning.endTag()));
      return m;
    }
  }

  /** Settings a resumed run may change: they do not change any response. */
  private static final List<String> MAY_CHANGE = List.of("if4j_version", "endpoint", "prompts", "limit", "fewshot_pool");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Settings settings;
  private final RowJudge judge;
  private final Consumer<String> info;

  /**
   * @param judge the checkers of the benchmark's registry: they verify demonstrations and find
   *     the constraint text for isolation
   * @param info receives what the run is about to do
   */
  public GenerateRun(Settings settings, RowJudge judge, Consumer<String> info) {
    this.settings = Objects.requireNonNull(settings);
    this.judge = Objects.requireNonNull(judge);
    this.info = Objects.requireNonNull(info);
  }

  public Settings settings() {
    return settings;
  }

  /** {@code out.run.json} for {@code out.jsonl}. */
  public static Path runFile(Path output) {
    return Generator.companion(output, ".run.json");
  }

  /** The jobs: each prompt's conversation, once per sample, in prompt order. */
  public List<Generator.Job> plan() throws IOException {
    if (settings.benchmark().equals(Benchmark.MULTIIF.id())) return planConversations();
    List<PromptRow> rows = PromptRow.load(settings.prompts());
    if (settings.limit() != null && rows.size() > settings.limit()) rows = rows.subList(0, settings.limit());
    FewShotPool pool = null;
    if (settings.shots() > 0) {
      pool = FewShotPool.load(settings.pool(), settings.verifyPool() ? judge : null);
      info.accept("few-shot pool: " + pool.demos().size() + " demonstrations"
          + (settings.verifyPool() ? " (" + pool.rejected() + " left out: their responses do not follow their own instructions)" : ""));
    }
    PromptBuilder builder = new PromptBuilder(settings.systemPrompt(), pool, settings.shots(), settings.fewShotSeed(),
        settings.multiTurn() ? new ConstraintIsolation(judge.evaluator()) : null);
    PromptBuilder singleTurn = new PromptBuilder(settings.systemPrompt(), pool, settings.shots(), settings.fewShotSeed(), null);
    List<Generator.Job> jobs = new ArrayList<>(rows.size() * settings.samples());
    int failures = 0;
    int sentSingle = 0;
    InputProblemException first = null;
    boolean isolation = false;
    // Every row that fails, so that one run lists them all rather than one per attempt.
    List<String> failedRows = new ArrayList<>();
    for (PromptRow row : rows) {
      List<dev.if4j.llm.ChatMessage> messages;
      try {
        try {
          messages = builder.build(row);
        } catch (ConstraintIsolation.NotSplittable e) {
          if (!settings.singleTurnFallback()) throw e;
          messages = singleTurn.build(row);
          sentSingle++;
        }
      } catch (IllegalArgumentException e) {
        failures++;
        failedRows.add("line " + row.line() + " (key " + row.key() + ")");
        if (first == null) {
          isolation = e instanceof ConstraintIsolation.NotSplittable;
          first = InputProblemException.atLine(settings.prompts().toString(), row.line(), isolation ? "prompt" : null,
              (isolation ? "cannot isolate the constraint: " : "") + e.getMessage());
        }
        continue;
      }
      for (int s = 0; s < settings.samples(); s++) jobs.add(new Generator.Job(new RecordKey(row.key(), s), row.prompt(), messages));
    }
    if (first != null) {
      String more = failures == 1 ? "" : "; " + failures + " rows in all: " + String.join(", ",
          failedRows.subList(0, Math.min(failedRows.size(), 50))) + (failedRows.size() > 50 ? ", ..." : "");
      // problem(), not reason(): the exception names the field itself.
      throw InputProblemException.atLine(first.source(), first.line(), first.field(), first.problem() + more
          + (isolation ? ". Give such rows a \"messages\" conversation [task, answer, constraint],"
              + " or send them as one turn with --unsplittable single-turn" : ""));
    }
    if (sentSingle > 0) {
      info.accept(sentSingle + " prompts sent as one turn: their constraint cannot be separated from the task");
    }
    info.accept(rows.size() + " prompts x " + settings.samples() + (settings.samples() == 1 ? " sample" : " samples")
        + " = " + jobs.size() + " responses to have");
    return jobs;
  }

  /**
   * Multi-IF's jobs: one per conversation (and sample), its user turns with the model's own answers
   * between them (placeholders the generator fills in turn), as Multi-IF's own runs put each turn's
   * answer into the next turn's history. The record's {@code messages} then hold turns 1..N-1's
   * answers, its {@code response} the last turn's.
   */
  private List<Generator.Job> planConversations() throws IOException {
    if (settings.shots() > 0 || settings.multiTurn()) {
      throw new IllegalArgumentException("Multi-IF conversations are sent as they are: no demonstrations, no --multi-turn");
    }
    Map<String, MultiIfTurns.Turn> last = new LinkedHashMap<>();
    for (MultiIfTurns.Turn t : MultiIfTurns.read(settings.prompts())) {
      MultiIfTurns.Turn before = last.get(t.conversation());
      if (before == null || t.turn() > before.turn()) last.put(t.conversation(), t);
    }
    List<MultiIfTurns.Turn> conversations = new ArrayList<>(last.values());
    if (settings.limit() != null && conversations.size() > settings.limit()) {
      conversations = conversations.subList(0, settings.limit());
    }
    List<Generator.Job> jobs = new ArrayList<>();
    for (MultiIfTurns.Turn t : conversations) {
      List<ChatMessage> messages = new ArrayList<>();
      if (settings.systemPrompt() != null) messages.add(ChatMessage.system(settings.systemPrompt()));
      List<String> users = t.userMessages();
      for (int i = 0; i < users.size(); i++) {
        if (i > 0) messages.add(ChatMessage.ownAnswer());
        messages.add(ChatMessage.user(users.get(i)));
      }
      String prompt = users.get(users.size() - 1);
      for (int s = 0; s < settings.samples(); s++) jobs.add(new Generator.Job(new RecordKey(t.conversation(), s), prompt, messages));
    }
    info.accept(conversations.size() + " Multi-IF conversations x " + settings.samples()
        + (settings.samples() == 1 ? " sample" : " samples") + " = " + jobs.size() + " conversations to have");
    return jobs;
  }

  /**
   * Generates what {@code output} lacks.
   *
   * @throws IllegalArgumentException when {@code output} was begun with other settings
   */
  public Generator.Result run(List<Generator.Job> jobs, ChatClient client, int concurrency, ErrorBudget budget,
      Path output, Generator.ProgressFactory progress) throws IOException, InterruptedException {
    checkResumable(output);
    JSON.writeValue(runFile(output).toFile(), settings.toMap());
    Generator generator = new Generator(client, new Generator.Settings(settings.model(), settings.sampling(),
        concurrency, budget.maxFailures(jobs.size()), settings.reasoning()));
    return generator.run(jobs, output, progress);
  }

  private void checkResumable(Path output) throws IOException {
    Path runFile = runFile(output);
    if (!Files.isRegularFile(output) || Files.size(output) == 0 || !Files.isRegularFile(runFile)) return;
    JsonNode before;
    try {
      before = JSON.readTree(runFile.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(runFile + " is not readable JSON (" + e.getMessage()
          + "); delete it only if " + output + " was made with the settings given now");
    }
    // Through text, as the file was: a seed read back is an int node, written it was a long.
    JsonNode now = JSON.readTree(JSON.writeValueAsString(settings.toMap()));
    List<String> diffs = new ArrayList<>();
    now.fieldNames().forEachRemaining(f -> {
      if (MAY_CHANGE.contains(f)) return;
      JsonNode a = before.get(f);
      JsonNode b = now.get(f);
      if (a == null ? !b.isNull() : !a.equals(b)) diffs.add(f + " " + (a == null ? "unset" : a) + " (now " + b + ")");
    });
    if (!diffs.isEmpty()) {
      throw new IllegalArgumentException(output + " holds responses made with other settings: " + String.join(", ", diffs)
          + ". Resume with the same settings, or write to another file.");
    }
  }
}
