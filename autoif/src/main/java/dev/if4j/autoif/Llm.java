package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ChatMessage;
import dev.if4j.llm.ErrorBudget;
import dev.if4j.llm.Generator;
import dev.if4j.llm.ReasoningFilter;
import dev.if4j.llm.RecordKey;
import dev.if4j.llm.Sampling;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The LLM steps' access to the model: each step's requests go through the llm module's {@link
 * Generator} into a resumable {@code NAME.gen.jsonl} file (one record per prompt and sample, written
 * when it arrives), so a killed step loses at most the requests in flight and a rerun asks only for
 * what is missing.
 *
 * <p>A record's key is a hash of its prompt text: a record belongs to exactly the prompt it answers,
 * so a changed template or input simply leaves old records unused rather than answering the wrong
 * prompt.
 */
public final class Llm {
  /**
   * @param model sent with each request
   * @param concurrency requests in flight at most
   * @param budget requests that may fail for good before a step stops starting new ones
   * @param keepGoing when some requests failed for good, go on with the answers there are (else the
   *     step stops, and a rerun retries the failed ones)
   * @param reasoning strips reasoning before the answer is parsed, or null
   */
  public record Settings(String model, Sampling sampling, int concurrency, ErrorBudget budget, boolean keepGoing,
      ReasoningFilter reasoning) {
    public Settings {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(budget, "budget");
      if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1");
    }
  }

  /** A step stopped because requests failed; what was generated is kept for the next run. */
  public static final class StepFailedException extends IOException {
    public StepFailedException(String message) {
      super(message);
    }
  }

  /** One request of a step: the user prompt and which sample of it. */
  public record Ask(String prompt, int sample) {
    public RecordKey key() {
      return new RecordKey(hash(prompt), sample);
    }
  }

  private final ChatClient client;
  private final Settings settings;
  private final Generator.ProgressFactory progress;
  private final Consumer<String> log;

  public Llm(ChatClient client, Settings settings, Generator.ProgressFactory progress, Consumer<String> log) {
    this.client = Objects.requireNonNull(client);
    this.settings = Objects.requireNonNull(settings);
    this.progress = progress == null ? Generator.ProgressFactory.SILENT : progress;
    this.log = log == null ? s -> {} : log;
  }

  /**
   * Answers every ask, resuming from {@code genFile}; the answers by key. Throws {@link
   * StepFailedException} when some failed for good and the settings do not say to keep going.
   */
  public Map<RecordKey, String> answer(String step, List<Ask> asks, Path genFile)
      throws IOException, InterruptedException {
    Map<RecordKey, Generator.Job> jobs = new LinkedHashMap<>();
    for (Ask a : asks) {
      jobs.computeIfAbsent(a.key(), k -> new Generator.Job(k, a.prompt(), List.of(ChatMessage.user(a.prompt()))));
    }
    List<Generator.Job> list = new ArrayList<>(jobs.values());
    Generator gen = new Generator(client, new Generator.Settings(settings.model(), settings.sampling(),
        settings.concurrency(), settings.budget().maxFailures(list.size()), settings.reasoning()));
    Generator.Result r = gen.run(list, genFile, progress);
    if (r.repairedBytes() > 0) {
      log.accept(step + ": cut off a torn last line (" + r.repairedBytes() + " bytes) of " + genFile + " left by a killed run");
    }
    log.accept(step + ": " + (r.skipped() + r.completed()) + " of " + r.jobs() + " answers in " + genFile + " ("
        + r.completed() + " new, " + r.skipped() + " from an earlier run), " + r.failed() + " failed, "
        + r.retries() + " retries");
    Map<RecordKey, String> answers = readAnswers(genFile, jobs.keySet());
    int missing = list.size() - answers.size();
    if (missing > 0) {
      String msg = step + ": " + missing + " of " + list.size() + " requests have no answer"
          + (r.errors() != null ? " (reasons in " + r.errors() + ")" : "")
          + (r.budgetSpent() ? "; the error budget was spent and the step stopped early" : "");
      if (!settings.keepGoing() || r.budgetSpent()) {
        throw new StepFailedException(msg + ". What was generated is kept in " + genFile
            + ": run the step again to ask only for the missing answers (or pass --keep-going to go on without them).");
      }
      log.accept(msg + "; going on without them (--keep-going)");
    }
    return answers;
  }

  /** The responses in a Generator output file whose keys are in {@code wanted}. */
  static Map<RecordKey, String> readAnswers(Path genFile, java.util.Set<RecordKey> wanted) throws IOException {
    Map<RecordKey, String> out = new HashMap<>();
    if (!Files.exists(genFile)) return out;
    try (JsonlLines lines = JsonlLines.open(genFile)) {
      for (SourceLine line = lines.next(); line != null; line = lines.next()) {
        long n = line.number();
        JsonNode node;
        try {
          node = Jsonl.JSON.readTree(line.requireUtf8(lines.name()).text());
        } catch (IOException e) {
          throw InputProblemException.atLine(lines.name(), n, null, "not JSON" + line.tornHint());
        }
        JsonNode resp = node.get("response");
        if (!node.path("key").isTextual() || !node.path("sample").isInt() || resp == null || !resp.isTextual()) {
          throw InputProblemException.atLine(lines.name(), n, null, "not a generation record (key, sample, response)");
        }
        RecordKey k = new RecordKey(node.get("key").textValue(), node.get("sample").intValue());
        if (wanted.contains(k)) out.put(k, resp.textValue());
      }
    }
    return out;
  }

  /** 16 hex digits of the SHA-256 of {@code text}: the key of a prompt's records. */
  public static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
