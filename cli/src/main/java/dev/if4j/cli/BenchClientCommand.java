package dev.if4j.cli;

import dev.if4j.llm.loopback.ClientBenchmark;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-client",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the generation client's own overhead in requests/second: a whole generation (requests,"
          + " retries machinery, responses parsed, records appended to a resumable file) against a server"
          + " on 127.0.0.1 in the same process that answers at once. Nothing leaves the machine."
    })
final class BenchClientCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "20000", description = "Measured requests (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000", description = "Requests before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "32", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Measured rounds; the best is reported too (default: ${DEFAULT-VALUE}).")
  int rounds;

  BenchClientCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (requests < 1 || warmup < 0 || concurrency < 1 || rounds < 1) {
      throw new ParameterException(spec.commandLine(), "--requests, --concurrency and --rounds must be positive, --warmup not negative");
    }
    env.out().printf(Locale.ROOT, "client overhead: %d requests per round, %d in flight, loopback server answering at once,"
        + " %d cores%n", requests, concurrency, Runtime.getRuntime().availableProcessors());
    double best = 0;
    for (int i = 1; i <= rounds; i++) {
      ClientBenchmark.Result r = ClientBenchmark.run(requests, i == 1 ? warmup : 0, concurrency, Math.max(4, concurrency));
      best = Math.max(best, r.requestsPerSecond());
      env.out().printf(Locale.ROOT, "round %d: %.0f requests/s (%.2f s)%n", i, r.requestsPerSecond(), r.seconds());
    }
    env.out().printf(Locale.ROOT, "best: %.0f requests/s%n", best);
    return Main.OK;
  }
}
