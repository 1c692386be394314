package dev.if4j.llm.loopback;

import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ChatMessage;
import dev.if4j.llm.Generator;
import dev.if4j.llm.RecordKey;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's own overhead: a whole generation (requests, responses parsed, records appended to
 * a resumable file, final ordering) against a {@link LoopbackServer} that answers at once, so the
 * time measured is if4j's, not a model's.
 */
public final class ClientBenchmark {
  private ClientBenchmark() {}

  /**
   * @param requests total over all rounds
   * @param seconds wall time of the measured round
   */
  public record Result(int requests, int concurrency, double seconds, double requestsPerSecond) {}

  /** Runs {@code warmupRequests} unmeasured, then {@code requests} measured. */
  public static Result run(int requests, int warmupRequests, int concurrency, int serverThreads)
      throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("if4j-client-bench");
    try (LoopbackServer server = LoopbackServer.startForBenchmark(LoopbackServer.instant(), serverThreads);
        ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()),
            null, Duration.ofSeconds(30), Duration.ofSeconds(5), RetryPolicy.defaults()))) {
      Generator generator = new Generator(client, new Generator.Settings("bench", Sampling.defaults(), concurrency,
          0, null));
      if (warmupRequests > 0) {
        generator.run(jobs(warmupRequests), tmp.resolve("warmup.jsonl"), Generator.ProgressFactory.SILENT);
      }
      List<Generator.Job> jobs = jobs(requests);
      long t0 = System.nanoTime();
      Generator.Result r = generator.run(jobs, tmp.resolve("measured.jsonl"), Generator.ProgressFactory.SILENT);
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (r.completed() != requests) {
        throw new IllegalStateException("only " + r.completed() + " of " + requests + " requests completed");
      }
      return new Result(requests, concurrency, seconds, requests / seconds);
    } finally {
      try (var files = Files.list(tmp)) {
        for (Path p : files.toList()) Files.deleteIfExists(p);
      }
      Files.deleteIfExists(tmp);
    }
  }

  private static List<Generator.Job> jobs(int n) {
    List<Generator.Job> jobs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String prompt = "Write a haiku about the number " + i + ". Do not use any commas.";
      jobs.add(new Generator.Job(new RecordKey(Integer.toString(i), 0), prompt, List.of(ChatMessage.user(prompt))));
    }
    return jobs;
  }
}
