package dev.if4j.llm.judge;

import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ChatException;
import dev.if4j.llm.ChatMessage;
import dev.if4j.llm.ChatRequest;
import dev.if4j.llm.Sampling;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * VerIF's LLM judge: one user message (the rendered {@link JudgePrompt}) sent at temperature 0 with
 * at most 4,096 new tokens; the verdict is the integer of the first {@code [[n]]} in the reply, 0
 * when there is none ({@link VerdictParser}).
 *
 * <p>Around each call: a {@link JudgeCache} keyed by the SHA-256 of the model, the sampling options
 * and the rendered prompt (identical calls in flight share one request); a bound on the requests in
 * flight (more wait in a queue, no thread is held); and the {@link ChatClient}'s own timeouts and
 * retries. A call that fails for good completes with a failed {@link JudgeOutcome}; what that means
 * for a reward is the caller's {@link JudgePolicy}.
 *
 * <p>Thread-safe and asynchronous.
 */
public final class LlmJudge implements AutoCloseable {
  /** VerIF's sampling: temperature 0 and {@code max_tokens=4096}. */
  public static final Sampling VERIF_SAMPLING = new Sampling(0.0, null, 4096, null, List.of(), Map.of());

  public static final int DEFAULT_CONCURRENCY = 64;

  /**
   * @param model the judge model name sent in each request
   * @param sampling the request's sampling options ({@link #VERIF_SAMPLING} for VerIF's)
   * @param prompt the prompt template
   * @param concurrency requests in flight at most
   */
  public record Config(String model, Sampling sampling, JudgePrompt prompt, int concurrency) {
    public Config {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(sampling, "sampling");
      Objects.requireNonNull(prompt, "prompt");
      if (model.isBlank()) throw new IllegalArgumentException("the judge model name is empty");
      if (concurrency < 1) throw new IllegalArgumentException("judge concurrency must be at least 1, got " + concurrency);
    }

    public static Config verif(String model) {
      return new Config(model, VERIF_SAMPLING, JudgePrompt.defaults(), DEFAULT_CONCURRENCY);
    }

    public Config withPrompt(JudgePrompt p) {
      return new Config(model, sampling, p, concurrency);
    }

    public Config withConcurrency(int n) {
      return new Config(model, sampling, prompt, n);
    }
  }

  private final ChatClient client;
  private final Config config;
  private final JudgeCache cache;
  private final String keyPrefix;
  private final ConcurrentHashMap<String, CompletableFuture<JudgeOutcome>> inFlight = new ConcurrentHashMap<>();
  private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
  private int active;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final LongAdder requests = new LongAdder();

  /** A judge over {@code client} (closed with it) and {@code cache} (not closed with it). */
  public LlmJudge(ChatClient client, Config config, JudgeCache cache) {
    this.client = Objects.requireNonNull(client);
    this.config = Objects.requireNonNull(config);
    this.cache = Objects.requireNonNull(cache);
    // What the key covers besides the prompt: the model and every sampling field, in a fixed order.
    this.keyPrefix = config.model() + "\u0000" + new TreeMap<>(nullSafe(config.sampling().toMap())) + "\u0000";
  }

  private static Map<String, Object> nullSafe(Map<String, Object> m) {
    Map<String, Object> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, String.valueOf(v)));
    return out;
  }

  public Config config() {
    return config;
  }

  public JudgeCache cache() {
    return cache;
  }

  /** Verdicts answered from the cache (or by joining an identical call in flight). */
  public long cacheHits() {
    return hits.sum();
  }

  /** Calls that were not in the cache. */
  public long cacheMisses() {
    return misses.sum();
  }

  /** Calls that failed for good (after retries). */
  public long failures() {
    return failures.sum();
  }

  /** HTTP requests sent (first attempts; retries are the client's). */
  public long requests() {
    return requests.sum();
  }

  /** The SHA-256 (hex) a call with this rendered prompt is cached under. */
  public String key(String renderedPrompt) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(keyPrefix.getBytes(StandardCharsets.UTF_8));
      d.update(renderedPrompt.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Judges whether {@code response} follows {@code constraints} of {@code instruction}. Never
   * completes exceptionally: a failure is a failed outcome.
   */
  public CompletableFuture<JudgeOutcome> judge(String instruction, String response, List<String> constraints) {
    String prompt = config.prompt().render(instruction, response, constraints);
    String key = key(prompt);
    Long known = cache.get(key);
    if (known != null) {
      hits.increment();
      return CompletableFuture.completedFuture(JudgeOutcome.of(known, true, key));
    }
    CompletableFuture<JudgeOutcome> mine = new CompletableFuture<>();
    CompletableFuture<JudgeOutcome> other = inFlight.putIfAbsent(key, mine);
    if (other != null) {
      hits.increment();
      return other.thenApply(o -> o.failed() ? o : JudgeOutcome.of(o.verdict(), true, key));
    }
    // Looked up again: a call may have finished between the first look and the claim.
    known = cache.get(key);
    if (known != null) {
      inFlight.remove(key, mine);
      hits.increment();
      mine.complete(JudgeOutcome.of(known, true, key));
      return mine;
    }
    misses.increment();
    ChatRequest request = new ChatRequest(config.model(), List.of(ChatMessage.user(prompt)), config.sampling(), null);
    submit(() -> {
      requests.increment();
      CompletableFuture<JudgeOutcome> call;
      try {
        call = client.complete(request, ChatClient.Listener.NONE).handle((completion, error) -> {
          if (error != null) {
            failures.increment();
            return JudgeOutcome.failed(describe(error), key);
          }
          long verdict = VerdictParser.verdict(completion.content());
          cache.put(key, verdict);
          return JudgeOutcome.of(verdict, false, key);
        });
      } catch (RuntimeException e) {
        failures.increment();
        call = CompletableFuture.completedFuture(JudgeOutcome.failed("judge call failed: " + e, key));
      }
      return call.whenComplete((o, e) -> {
        inFlight.remove(key, mine);
        if (e != null) {
          failures.increment();
          mine.complete(JudgeOutcome.failed("judge call failed: " + e, key));
        } else {
          mine.complete(o);
        }
      });
    });
    return mine;
  }

  private static String describe(Throwable error) {
    Throwable e = error;
    while (e instanceof CompletionException && e.getCause() != null) e = e.getCause();
    if (e instanceof ChatException ce) return "judge call failed: " + ce.getMessage();
    return "judge call failed: " + e;
  }

  /** Starts {@code task} when fewer than the bound are in flight, else queues it. */
  private void submit(java.util.function.Supplier<CompletableFuture<?>> task) {
    Runnable run = () -> {
      CompletableFuture<?> f;
      try {
        f = task.get();
      } catch (RuntimeException e) {
        f = CompletableFuture.completedFuture(null);
      }
      f.whenComplete((x, e) -> release());
    };
    boolean now;
    synchronized (waiting) {
      now = active < config.concurrency();
      if (now) active++;
      else waiting.add(run);
    }
    if (now) run.run();
  }

  private void release() {
    Runnable next;
    synchronized (waiting) {
      next = waiting.poll();
      if (next == null) active--;
    }
    if (next != null) next.run();
  }

  /** Requests waiting for a slot. */
  public int queued() {
    synchronized (waiting) {
      return waiting.size();
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
