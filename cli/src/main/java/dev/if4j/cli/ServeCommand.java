package dev.if4j.cli;

import dev.if4j.judging.Verification;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.judge.LlmJudge;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.server.RewardServer;
import dev.if4j.reward.server.ServerConfig;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by SIGTERM or SIGINT after a clean drain",
      "1:stopped, with requests still in flight after --drain-seconds; or an internal error",
      "2:usage error (bad option, port in use)",
      "4:missing language resource (see 'if4j resources pull')"
    },
    description = {
      "Serves rewards over HTTP for RL trainers: POST /v1/score ({\"samples\": [...]}), POST /get_reward"
          + " (OpenRLHF's --remote_rm_url), GET /healthz, GET /metrics (Prometheus).",
      "Prints the URL it listens on as the first line of standard output. SIGTERM (or Ctrl-C) refuses new"
          + " requests with 503, finishes those in flight, then exits with 0 (1 when requests were cut off"
          + " after --drain-seconds).",
      "Connections are bounded before any request is read (--max-connections, --header-timeout,"
          + " --idle-timeout, --min-body-rate) and samples before any is judged (--max-instructions,"
          + " --max-argument-chars); see docs/security.md."
    })
final class ServeCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
      description = "Port (0: any free port; the first output line says which). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Require 'Authorization: Bearer <token>' (the file's content, trimmed) on every request but /healthz.")
  String tokenFile;

  @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "67108864",
      description = "Larger request bodies get 413 (default: ${DEFAULT-VALUE}, 64 MiB).")
  long maxRequestBytes;

  @Option(names = "--max-inflight-bytes", paramLabel = "N", defaultValue = "536870912",
      description = "Request bodies held at once; past it, 429 (default: ${DEFAULT-VALUE}, 512 MiB).")
  long maxInflightBytes;

  /**
   * Deprecated and ignored: a count of requests is not what costs memory, and a per-sample client
   * (OpenRLHF) exhausted it. Still accepted so that scripts that pass it keep working.
   */
  @Option(names = "--max-inflight-requests", paramLabel = "N", hidden = true)
  Integer maxInflightRequests;

  @Option(names = "--max-queued-samples", paramLabel = "N", defaultValue = "65536",
      description = "Samples admitted and not yet answered; past it, 429 (default: ${DEFAULT-VALUE}).")
  int maxQueuedSamples;

  @Option(names = "--drain-seconds", paramLabel = "S", defaultValue = "30",
      description = "On SIGTERM, how long to wait for requests in flight (default: ${DEFAULT-VALUE}).")
  int drainSeconds;

  @Option(names = "--max-connections", paramLabel = "N",
      description = "Open connections; past it, idle ones are closed first, then the oldest still sending a"
          + " header (default: 16384 where the open-file limit, ulimit -n, allows it; see docs/security.md).")
  Integer maxConnections;

  @Option(names = "--header-timeout", paramLabel = "S", defaultValue = "10",
      description = "Seconds from a request's first byte (a new connection's opening) to the end of its"
          + " header; slower connections are closed (default: ${DEFAULT-VALUE}).")
  double headerTimeout;

  @Option(names = "--idle-timeout", paramLabel = "S", defaultValue = "30",
      description = "Seconds a kept-alive connection may wait for its next request, or a body for its next"
          + " byte (default: ${DEFAULT-VALUE}).")
  double idleTimeout;

  @Option(names = "--min-body-rate", paramLabel = "BYTES_PER_S", defaultValue = "65536",
      description = "A request body must arrive at this average rate, after --header-timeout of grace;"
          + " slower, 408 and the connection is closed (default: ${DEFAULT-VALUE}).")
  long minBodyRate;

  @Option(names = "--max-instructions", paramLabel = "N", defaultValue = "64",
      description = "Instructions (or VerInstruct checkers) of one sample; more is 400 (default: ${DEFAULT-VALUE}).")
  int maxInstructions;

  @Option(names = "--max-argument-chars", paramLabel = "N", defaultValue = "65536",
      description = "Characters of one instruction argument (a keyword, a phrase, a checker's text); longer"
          + " is 400 (default: ${DEFAULT-VALUE}).")
  int maxArgumentChars;

  @Mixin Options.Judging judging;

  @Mixin RewardOptions reward;

  @Mixin Options.Resources resources;

  @Mixin VerifOptions verif;

  @Option(names = "--run-rule-code",
      description = "Run the Python code of VerInstruct [rule] checkers in clients' rows, in the sandbox"
          + " (needs the full sandbox, or --allow-weak-sandbox). Off by default: those rules are judged by"
          + " the registry instruction they state (--verinstruct-rules registry).")
  boolean runRuleCode;

  ServeCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (maxInflightRequests != null) {
      env.err().println("if4j serve: --max-inflight-requests is deprecated and ignored: requests are no longer"
          + " counted; admission is bounded by --max-inflight-bytes and --max-queued-samples (what costs memory)"
          + " and --max-connections");
    }
    ServerConfig config = serverConfig();
    // Before any resource is loaded: running clients' code is a choice the command line must state.
    VerinstructRules ruleMode = verif.serveRuleMode(spec, runRuleCode);
    RewardFunction plain = RewardOptions.function(env, spec, judging, resources.store(env),
        reward.config(spec).withHybrid(verif.hybridOptions(spec)));
    LlmJudge judge = verif.judge(env, spec);
    RewardFunction function = new RewardFunction(plain.evaluator(), plain.defaults(),
        new Verification(ruleMode, verif.ruleRunner(spec, ruleMode), judge, plain.defaults().hybrid().judgePolicy()));
    RewardServer server;
    try {
      server = RewardServer.start(function, config);
    } catch (BindException e) {
      throw new ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + " (is another server running there? --port 0 picks a free port)");
    }
    Thread hook = new Thread(() -> {
      boolean clean = server.drain(config.drainTimeout());
      verif.close();
      env.err().println("if4j serve: stopped" + (clean ? "" : " (requests still in flight after "
          + drainSeconds + " s were cut off)"));
      env.err().flush();
      // A signal's exit status would be 128 + its number (143 for SIGTERM): a clean drain is a
      // clean exit, so say 0; 1 when requests were cut off. The README's exit-code table says so.
      Runtime.getRuntime().halt(clean ? Main.OK : Main.INTERNAL);
    }, "if4j-serve-drain");
    Runtime.getRuntime().addShutdownHook(hook);
    env.out().println(server.uri());
    env.out().flush();
    env.err().println("if4j serve: listening on " + server.uri() + " (registry " + function.evaluator().registry().name() + ", "
        + config.threads() + " workers, mode " + function.defaults().mode().wireName() + ", "
        + function.defaults().judging().wireName() + (config.token() != null ? ", bearer token required" : "")
        + "; " + VerifOptions.describe(judge, ruleMode)
        + (judge == null ? "" : ", hybrid " + function.defaults().hybrid().combination().wireName()
            + ", judge policy " + function.defaults().hybrid().judgePolicy().wireName())
        + "); POST " + server.uri() + "/v1/score or /get_reward");
    RewardServer.acceptQueueShortfall(config).ifPresent(s -> env.err().println("if4j serve: note: the kernel holds at most "
        + s.cap() + " connections waiting to be accepted (net.core.somaxconn); a burst of more new connections at once"
        + " (a per-sample client) waits 1 s or more for SYN retransmissions. To take " + s.wanted()
        + " at once: sysctl -w net.core.somaxconn=" + s.wanted()));
    env.err().flush();
    server.awaitStop();
    return Main.OK;
  }

  private Duration seconds(double s, String option) {
    if (!(s > 0) || !Double.isFinite(s)) throw new ParameterException(spec.commandLine(), option + " must be a positive number of seconds, got " + s);
    return Duration.ofNanos((long) (s * 1e9));
  }

  private ServerConfig serverConfig() throws IOException {
    if (judging.threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + judging.threads);
    String token = null;
    if (tokenFile != null) {
      Path p = FileArgs.existingFile(spec, env, tokenFile, "--token-file");
      token = Files.readString(p, StandardCharsets.UTF_8).strip();
      if (token.isEmpty()) throw new ParameterException(spec.commandLine(), "--token-file: " + tokenFile + " is empty");
    }
    try {
      return new ServerConfig(host, port, token, judging.threads, maxRequestBytes,
          maxInflightBytes, maxQueuedSamples, Duration.ofSeconds(drainSeconds),
          new ServerConfig.ConnectionLimits(
              maxConnections != null ? maxConnections : ServerConfig.ConnectionLimits.defaults().maxConnections(),
              seconds(headerTimeout, "--header-timeout"), seconds(idleTimeout, "--idle-timeout"), minBodyRate),
          new ServerConfig.SampleLimits(maxInstructions, maxArgumentChars));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
