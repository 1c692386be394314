package dev.if4j.llm;

import dev.if4j.text.io.Json;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs generation jobs against a {@link ChatClient}: bounded concurrency, resumable output, an error
 * budget.
 *
 * <p>Output ({@link ResumableJsonl}): one line per job, written when the job ends, so a killed run
 * loses at most the jobs in flight. A job already in the file is skipped; at the end the file is put
 * in job order. The lines hold no timing or attempt counts, so a deterministic endpoint gives the
 * same bytes however the run was interrupted:
 *
 * <pre>{"key", "sample", "prompt", "messages": [{"role", "content"}...], "response",
 *  "raw_response" (with a reasoning filter, when it removed something), "reasoning" (the server's
 *  separate reasoning text, when sent), "reasoning_unfinished": true (when so),
 *  "finish_reason", "usage": {"prompt_tokens", "completion_tokens"}, "model"}</pre>
 *
 * {@code messages} is the conversation of the last request, own answers filled in: what the model
 * saw. Jobs that fail for good (non-retryable, or out of attempts) go to the errors file ({@link
 * #errorsFile}) with the reason; a later run retries them. When more jobs fail than the budget
 * allows, no new job is started, the ones in flight end, and {@link Result#budgetSpent()} says so.
 */
public final class Generator {
  /**
   * One response to generate.
   *
   * @param key which prompt, which sample
   * @param prompt the benchmark prompt this answers (written to the output, for matching)
   * @param messages the conversation; own-answer placeholders ({@link ChatMessage#ownAnswer()})
   *     are filled by the model first; the last message is the user's
   */
  public record Job(RecordKey key, String prompt, List<ChatMessage> messages) {
    public Job {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(prompt, "prompt");
      messages = List.copyOf(messages);
      if (messages.isEmpty() || !messages.get(messages.size() - 1).role().equals(ChatMessage.USER)) {
        throw new IllegalArgumentException("job " + key + ": the conversation must end with a user message");
      }
      if (messages.get(0).isOwnAnswer()) {
        throw new IllegalArgumentException("job " + key + ": an own answer needs a message before it");
      }
    }
  }

  /**
   * @param model the model name sent with each request
   * @param concurrency jobs in flight at most
   * @param maxFailures the error budget: jobs that may fail before the run stops starting new ones
   * @param reasoning removes reasoning from answers, or null to keep them whole
   */
  public record Settings(String model, Sampling sampling, int concurrency, int maxFailures, ReasoningFilter reasoning) {
    public Settings {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(sampling, "sampling");
      if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
      if (maxFailures < 0) throw new IllegalArgumentException("the error budget must not be negative");
    }
  }

  /**
   * What a run did.
   *
   * @param jobs jobs asked for
   * @param skipped already in the output when the run began
   * @param completed written by this run
   * @param failed failed for good in this run (in the errors file)
   * @param notStarted left undone because the error budget was spent
   * @param requests chat requests sent (own answers count), retries not counted
   * @param retries attempts repeated after a retryable failure
   * @param repairedBytes bytes of a torn last line cut off the output on opening
   */
  public record Result(int jobs, int skipped, int completed, int failed, int notStarted, boolean budgetSpent,
      long requests, long retries, long repairedBytes, Path output, Path errors) {}

  private final ChatClient client;
  private final Settings settings;

  public Generator(ChatClient client, Settings settings) {
    this.client = Objects.requireNonNull(client);
    this.settings = Objects.requireNonNull(settings);
  }

  /** {@code out.errors.jsonl} for {@code out.jsonl}; {@code out.errors.jsonl} for {@code out}. */
  public static Path errorsFile(Path output) {
    return companion(output, ".errors.jsonl");
  }

  /** A file beside {@code output}: its name without {@code .jsonl}, then {@code suffix}. */
  public static Path companion(Path output, String suffix) {
    String name = output.getFileName().toString();
    String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
    return output.resolveSibling(base + suffix);
  }

  /** Makes the progress meter of a run: {@code total} jobs, {@code before} of them already done. */
  @FunctionalInterface
  public interface ProgressFactory {
    ProgressFactory SILENT = ProgressMeter::silent;

    ProgressMeter create(long total, long before);
  }

  /** Runs the jobs not yet in {@code output}. */
  public Result run(List<Job> jobs, Path output, ProgressFactory progressFactory)
      throws IOException, InterruptedException {
    Map<RecordKey, Integer> order = new HashMap<>();
    for (Job j : jobs) {
      if (order.putIfAbsent(j.key(), order.size()) != null) {
        throw new IllegalArgumentException("two jobs for " + j.key() + " (duplicate prompt keys?)");
      }
    }
    Path errorsPath = errorsFile(output);
    Map<RecordKey, byte[]> errors = new HashMap<>();
    AtomicLong requests = new AtomicLong();
    AtomicLong retries = new AtomicLong();
    AtomicLong completed = new AtomicLong();
    AtomicBoolean budgetSpent = new AtomicBoolean();
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    int skipped;
    int started = 0;
    int todoCount;
    long repaired;
    try (ResumableJsonl out = ResumableJsonl.open(output)) {
      repaired = out.repairedBytes();
      Set<RecordKey> done = out.done();
      List<Job> todo = new ArrayList<>();
      for (Job j : jobs) if (!done.contains(j.key())) todo.add(j);
      skipped = jobs.size() - todo.size();
      todoCount = todo.size();
      // This run's failures replace the last run's: those jobs are tried again now.
      Files.deleteIfExists(errorsPath);

      Semaphore slots = new Semaphore(settings.concurrency());
      try (ProgressMeter progress = progressFactory.create(jobs.size(), skipped)) {
        ChatClient.Listener listener = (f, attempt, delay) -> {
          retries.incrementAndGet();
          progress.retried();
        };
        try {
          for (Job job : todo) {
            slots.acquire();
            if (budgetSpent.get() || fatal.get() != null) {
              slots.release();
              break;
            }
            started++;
            runJob(job, listener, requests).whenComplete((finished, error) -> {
              try {
                if (error == null) {
                  out.append(job.key(), recordLine(job, finished));
                  completed.incrementAndGet();
                  progress.completed();
                } else {
                  byte[] line = errorLine(job, error);
                  int failures;
                  synchronized (errors) {
                    errors.put(job.key(), line);
                    failures = errors.size();
                    appendTo(errorsPath, line);
                  }
                  progress.failed();
                  if (failures > settings.maxFailures()) budgetSpent.set(true);
                }
              } catch (Throwable t) {
                fatal.compareAndSet(null, t);
              } finally {
                slots.release();
              }
            });
          }
        } finally {
          // Every job started ends (written or recorded) before the run returns, even when
          // interrupted: what is in flight is not lost needlessly.
          slots.acquireUninterruptibly(settings.concurrency());
        }
      }
      Throwable t = fatal.get();
      if (t != null) {
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IOException(t);
      }
      if (!errors.isEmpty()) {
        // The errors file in job order too.
        List<RecordKey> keys = new ArrayList<>(errors.keySet());
        keys.sort(Comparator.comparing(order::get));
        Path tmp = errorsPath.resolveSibling(errorsPath.getFileName() + ".sorting");
        try (OutputStream o = Files.newOutputStream(tmp)) {
          for (RecordKey k : keys) o.write(errors.get(k));
        }
        Files.move(tmp, errorsPath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      out.finish(Comparator.comparing((RecordKey k) -> order.getOrDefault(k, Integer.MAX_VALUE)));
    }
    return new Result(jobs.size(), skipped, (int) completed.get(), errors.size(), todoCount - started,
        budgetSpent.get(), requests.get(), retries.get(), repaired, output, errors.isEmpty() ? null : errorsPath);
  }

  private static void appendTo(Path file, byte[] line) throws IOException {
    Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** A job's conversation with its own answers filled in, and the last completion. */
  private record Finished(List<ChatMessage> messages, Completion completion, ReasoningFilter.Split split) {}

  private CompletableFuture<Finished> runJob(Job job, ChatClient.Listener listener, AtomicLong requests) {
    return fill(job, new ArrayList<>(job.messages()), 0, listener, requests);
  }

  /** Asks for the own answers from {@code from} on, then for the final response. */
  private CompletableFuture<Finished> fill(Job job, List<ChatMessage> messages, int from,
      ChatClient.Listener listener, AtomicLong requests) {
    for (int i = from; i < messages.size(); i++) {
      if (!messages.get(i).isOwnAnswer()) continue;
      int at = i;
      return call(job, messages.subList(0, at), listener, requests).thenCompose(c -> {
        messages.set(at, ChatMessage.assistant(split(c).answer()));
        return fill(job, messages, at + 1, listener, requests);
      });
    }
    return call(job, messages, listener, requests).thenApply(c -> new Finished(List.copyOf(messages), c, split(c)));
  }

  private CompletableFuture<Completion> call(Job job, List<ChatMessage> messages, ChatClient.Listener listener,
      AtomicLong requests) {
    requests.incrementAndGet();
    ChatRequest request = new ChatRequest(settings.model(), messages, settings.sampling(),
        settings.sampling().seedFor(job.key().sample()));
    return client.complete(request, listener);
  }

  private ReasoningFilter.Split split(Completion c) {
    return settings.reasoning() == null ? new ReasoningFilter.Split(c.content(), false, false)
        : settings.reasoning().split(c.content());
  }

  private byte[] recordLine(Job job, Finished f) {
    Completion c = f.completion();
    return line(g -> {
      g.writeStringField("key", job.key().key());
      g.writeNumberField("sample", job.key().sample());
      g.writeStringField("prompt", job.prompt());
      g.writeArrayFieldStart("messages");
      for (ChatMessage m : f.messages()) {
        g.writeStartObject();
        g.writeStringField("role", m.role());
        g.writeStringField("content", m.content());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("response", f.split().answer());
      if (f.split().stripped()) g.writeStringField("raw_response", c.content());
      if (c.reasoning() != null) g.writeStringField("reasoning", c.reasoning());
      if (f.split().unfinished()) g.writeBooleanField("reasoning_unfinished", true);
      if (c.finishReason() == null) {
        g.writeNullField("finish_reason");
      } else {
        g.writeStringField("finish_reason", c.finishReason());
      }
      g.writeObjectFieldStart("usage");
      g.writeNumberField("prompt_tokens", c.promptTokens());
      g.writeNumberField("completion_tokens", c.completionTokens());
      g.writeEndObject();
      g.writeStringField("model", settings.model());
    });
  }

  private static byte[] errorLine(Job job, Throwable error) {
    Throwable e = error;
    while (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) e = e.getCause();
    Throwable cause = e;
    return line(g -> {
      g.writeStringField("key", job.key().key());
      g.writeNumberField("sample", job.key().sample());
      g.writeStringField("prompt", job.prompt());
      if (cause instanceof ChatException ce) {
        g.writeStringField("error", ce.failure().kind().label());
        if (ce.failure().status() != 0) g.writeNumberField("status", ce.failure().status());
        g.writeStringField("message", ce.failure().message());
        g.writeNumberField("attempts", ce.attempts());
      } else {
        g.writeStringField("error", "internal");
        g.writeStringField("message", String.valueOf(cause));
      }
    });
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] line(Fields fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (JsonGenerator g = Json.FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }
}
