package dev.if4j.cli;

import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.judge.JudgeCache;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.llm.judge.JudgePrompt;
import dev.if4j.llm.judge.LlmJudge;
import dev.if4j.reward.Combination;
import dev.if4j.reward.RewardConfig;
import dev.if4j.sandbox.PythonSandbox;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * VerIF's hybrid verification, as options: the LLM judge, how VerInstruct {@code [rule]} checkers
 * are judged, and how a reward combines the parts. Shared by serve and check.
 */
final class VerifOptions implements AutoCloseable {
  @Option(names = "--judge-endpoint", paramLabel = "URL",
      description = "OpenAI-compatible server of the LLM judge for [llm] checkers and soft_constraints"
          + " (http://host:8000, .../v1 or .../v1/chat/completions). Without it, rows that need a judge are errors.")
  String judgeEndpoint;

  @Option(names = "--judge-model", paramLabel = "NAME", description = "The judge model (required with --judge-endpoint).")
  String judgeModel;

  @Option(names = "--judge-api-key-env", paramLabel = "VAR",
      description = "Environment variable holding the judge's API key (sent as a bearer token).")
  String judgeApiKeyEnv;

  @Option(names = "--judge-prompt", paramLabel = "FILE",
      description = "Prompt template (UTF-8) with {instruction}, {response}, {constraints} (one per line) and"
          + " {constraints_repr} (Python list repr, as VerIF inserts its checkers). Default: if4j's own wording of VerIF's protocol.")
  Path judgePrompt;

  @Option(names = "--judge-cache", paramLabel = "FILE",
      description = "Append-only JSONL cache of verdicts by content hash, read back at start (default: in memory only).")
  Path judgeCache;

  @Option(names = "--judge-policy", paramLabel = "POLICY", defaultValue = "fail",
      description = "A judge call that fails after its retries: fail (the sample gets the fallback score and"
          + " the reason; check: the row is a bad line), exclude (the rule part alone), zero (verdict 0, as"
          + " VerIF's client). Default: ${DEFAULT-VALUE}.")
  String judgePolicy;

  @Option(names = "--judge-concurrency", paramLabel = "N", defaultValue = "64",
      description = "Judge requests in flight at most. Default: ${DEFAULT-VALUE}.")
  int judgeConcurrency;

  @Option(names = "--judge-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Per-attempt timeout of a judge request, the whole response included. Default: ${DEFAULT-VALUE}.")
  double judgeTimeoutSeconds;

  @Option(names = "--judge-retries", paramLabel = "N", defaultValue = "3",
      description = "Retries of a judge request after a 429, 5xx, timeout or connection error. Default: ${DEFAULT-VALUE}.")
  int judgeRetries;

  @Option(names = "--hybrid", paramLabel = "COMBINATION", defaultValue = "verif",
      description = "How a hybrid sample's reward combines rule score and judge verdict: verif (rule mean x"
          + " verdict, the judge always asked) or weighted (W x rule + (1 - W) x verdict). Default: ${DEFAULT-VALUE}.")
  String hybrid;

  @Option(names = "--soft-weight", paramLabel = "W", defaultValue = "0.5",
      description = "W of --hybrid weighted: the weight of the rule part, in [0, 1]. Default: ${DEFAULT-VALUE}.")
  double softWeight;

  @Option(names = "--verinstruct-rules", paramLabel = "MODE",
      description = "VerInstruct [rule] checkers: python (run check_following in the sandbox, as VerIF) or"
          + " registry (judge the registry instruction the checker states). Default (check): python where the"
          + " full sandbox (python3 3.8+, bubblewrap) works here, else registry. serve: registry unless --run-rule-code.")
  String rules;

  @Option(names = "--allow-weak-sandbox",
      description = "Run [rule] code even where a sandbox layer (bubblewrap namespaces, seccomp) cannot be set up here;"
          + " the missing layers are printed. Off by default: without them, rule code does not run.")
  boolean allowWeakSandbox;

  @Option(names = "--rule-timeout-ms", paramLabel = "MS", defaultValue = "1000",
      description = "Wall-time limit of one [rule] function in the sandbox. Default: ${DEFAULT-VALUE}.")
  int ruleTimeoutMs;

  @Option(names = "--rule-workers", paramLabel = "N",
      description = "Sandbox worker processes for [rule] functions (default: all cores).")
  Integer ruleWorkers;

  @Option(names = "--python", paramLabel = "EXE",
      description = "CPython 3.8+ for [rule] functions (default: $IF4J_PYTHON or python3 on the PATH).")
  String python;

  private final List<AutoCloseable> opened = new ArrayList<>();
  private String registryFallback;

  /**
   * The rule mode of {@code check}: the one named, else python where the sandbox can run here (the
   * full one, or any with --allow-weak-sandbox), else registry. Named python where the sandbox cannot
   * run is a usage error naming what is missing.
   */
  VerinstructRules ruleMode(CommandSpec spec) {
    if (rules != null) {
      VerinstructRules mode = parseRules(spec);
      if (mode == VerinstructRules.PYTHON) requireSandbox(spec, "--verinstruct-rules python");
      return mode;
    }
    List<String> blockers = sandboxBlockers();
    if (blockers.isEmpty()) return VerinstructRules.PYTHON;
    registryFallback = "VerInstruct [rule] checkers are judged through the registry (--verinstruct-rules registry):"
        + " the Python sandbox cannot run here: " + String.join("; ", blockers);
    return VerinstructRules.REGISTRY;
  }

  /** Why {@link #ruleMode} chose registry by itself (the sandbox cannot run here), or null. */
  String registryFallback() {
    return registryFallback;
  }

  /**
   * The rule mode of {@code serve}, where rows come from clients: their Python code runs only when
   * the operator says so ({@code runRuleCode}); otherwise [rule] checkers are judged by the registry
   * instruction they state, and naming python is a usage error.
   */
  VerinstructRules serveRuleMode(CommandSpec spec, boolean runRuleCode) {
    VerinstructRules mode = rules == null ? (runRuleCode ? VerinstructRules.PYTHON : VerinstructRules.REGISTRY) : parseRules(spec);
    if (mode == VerinstructRules.PYTHON) {
      if (!runRuleCode) {
        throw new ParameterException(spec.commandLine(), "--verinstruct-rules python runs the Python code of clients'"
            + " rows: add --run-rule-code to choose that explicitly (see docs/security.md)");
      }
      requireSandbox(spec, "--run-rule-code");
    } else if (runRuleCode) {
      throw new ParameterException(spec.commandLine(), "--run-rule-code contradicts --verinstruct-rules " + mode.wireName());
    }
    return mode;
  }

  private VerinstructRules parseRules(CommandSpec spec) {
    try {
      return VerinstructRules.parse(rules);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--verinstruct-rules: " + e.getMessage());
    }
  }

  private void requireSandbox(CommandSpec spec, String what) {
    List<String> blockers = sandboxBlockers();
    if (!blockers.isEmpty()) {
      throw new ParameterException(spec.commandLine(), what + ": the Python sandbox cannot run here: "
          + String.join("; ", blockers) + (PythonSandbox.findPython(python).isPresent()
              ? " (or accept a weaker sandbox with --allow-weak-sandbox)" : "")
          + "; or use --verinstruct-rules registry");
    }
  }

  /** What keeps [rule] code from running here: none with the full sandbox, or python3 alone with --allow-weak-sandbox. */
  private List<String> sandboxBlockers() {
    if (allowWeakSandbox) {
      return PythonSandbox.findPython(python).isPresent() ? List.of() : List.of("python3 (CPython 3.8 or later) not found");
    }
    return PythonSandbox.missingLayersHere(python);
  }

  /** Whether --verinstruct-rules was given (else {@link #ruleMode} probes the sandbox). */
  boolean rulesNamed() {
    return rules != null;
  }

  /** The sandbox's numeric options are usage errors before any row is read, whichever mode runs. */
  void checkRuleOptions(CommandSpec spec) {
    if (ruleTimeoutMs < 1) throw new ParameterException(spec.commandLine(), "--rule-timeout-ms must be at least 1");
    if (ruleWorkers != null && ruleWorkers < 1) {
      throw new ParameterException(spec.commandLine(), "--rule-workers must be at least 1");
    }
  }

  /** The sandboxed rule runner for {@code mode}, or null. */
  RuleRunner ruleRunner(CommandSpec spec, VerinstructRules mode) {
    if (mode != VerinstructRules.PYTHON) return null;
    checkRuleOptions(spec);
    PythonSandbox.Options o = PythonSandbox.Options.defaults().withTimeoutMs(ruleTimeoutMs).withPython(python)
        .withWeakSandboxAllowed(allowWeakSandbox);
    if (ruleWorkers != null) o = o.withWorkers(ruleWorkers);
    SandboxRuleRunner r = new SandboxRuleRunner(o);
    opened.add(r);
    return r;
  }

  JudgePolicy policy(CommandSpec spec) {
    try {
      return JudgePolicy.parse(judgePolicy);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--judge-policy: " + e.getMessage());
    }
  }

  RewardConfig.HybridOptions hybridOptions(CommandSpec spec) {
    try {
      return new RewardConfig.HybridOptions(Combination.parse(hybrid), softWeight, policy(spec));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), (e.getMessage().contains("soft weight") ? "--soft-weight: " : "--hybrid: ")
          + e.getMessage());
    }
  }

  /** The judge the options describe, or null without --judge-endpoint. */
  LlmJudge judge(CliEnv env, CommandSpec spec) throws IOException {
    if (judgeEndpoint == null) {
      if (judgeModel != null) throw new ParameterException(spec.commandLine(), "--judge-model needs --judge-endpoint");
      return null;
    }
    if (judgeModel == null || judgeModel.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--judge-endpoint needs --judge-model");
    }
    if (judgeConcurrency < 1) throw new ParameterException(spec.commandLine(), "--judge-concurrency must be at least 1");
    if (judgeRetries < 0) throw new ParameterException(spec.commandLine(), "--judge-retries must not be negative");
    if (!(judgeTimeoutSeconds > 0)) throw new ParameterException(spec.commandLine(), "--judge-timeout must be positive");
    URI uri = EndpointOptions.uri(spec, "--judge-endpoint", judgeEndpoint);
    String apiKey = EndpointOptions.apiKey(spec, "--judge-api-key-env", judgeApiKeyEnv);
    JudgePrompt prompt = JudgePrompt.defaults();
    if (judgePrompt != null) {
      Path p = FileArgs.existingFile(spec, env, judgePrompt.toString(), "--judge-prompt");
      try {
        prompt = JudgePrompt.read(p);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--judge-prompt: " + e.getMessage());
      }
    }
    JudgeCache cache;
    if (judgeCache != null) {
      Path p = FileArgs.writableFile(spec, env, judgeCache.toString(), "--judge-cache");
      try {
        cache = JudgeCache.open(p);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "--judge-cache: " + e.getMessage());
      }
      opened.add(cache);
    } else {
      cache = JudgeCache.inMemory();
    }
    ChatClient client = new ChatClient(new ChatClient.Config(uri, apiKey,
        Duration.ofMillis((long) (judgeTimeoutSeconds * 1000)), Duration.ofSeconds(10),
        new RetryPolicy(judgeRetries + 1, Duration.ofSeconds(1), Duration.ofSeconds(30))));
    LlmJudge judge = new LlmJudge(client, new LlmJudge.Config(judgeModel, LlmJudge.VERIF_SAMPLING, prompt, judgeConcurrency), cache);
    opened.add(0, judge);
    return judge;
  }

  /** A short description for start-up lines. */
  static String describe(LlmJudge judge, VerinstructRules mode) {
    String rulesPart = "VerInstruct rules: " + mode.wireName();
    if (judge == null) return rulesPart + ", no LLM judge";
    JudgeCache c = judge.cache();
    return rulesPart + ", LLM judge " + judge.config().model() + " at " + "concurrency " + judge.config().concurrency()
        + (c.file() == null ? "" : ", cache " + c.file() + " (" + c.loaded() + " verdicts"
            + (c.cutTornLine() ? ", a torn last line cut" : "") + ")");
  }

  @Override
  public void close() {
    for (AutoCloseable c : opened) {
      try {
        c.close();
      } catch (Exception ignored) {
        // Closing on the way out: nothing useful to do with a failure here.
      }
    }
    opened.clear();
  }
}
