package dev.if4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ErrorBudget;
import dev.if4j.llm.ReasoningFilter;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.Sampling;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of a model behind an OpenAI-compatible endpoint: where it is, how to sample it, how
 * hard to push it and how to read its answers. One mixin for every command that asks a model
 * ({@code generate}, {@code eval --endpoint}, the {@code autoif} steps), so that the same option
 * means the same thing, with the same checks and messages, everywhere.
 */
final class EndpointOptions {
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
      description = "Requests that may fail for good before the run stops starting new ones (default: ${DEFAULT-VALUE}).")
  String errorBudget;

  @Option(names = "--strip-reasoning",
      description = "Read the text after the last reasoning end tag as the answer; the raw output is kept beside it.")
  boolean stripReasoning;

  @Option(names = "--reasoning-tags", paramLabel = "START,END", defaultValue = "<think>,</think>",
      description = "The reasoning tags for --strip-reasoning (default: ${DEFAULT-VALUE}).")
  String reasoningTags;

  /** Whether an endpoint was given at all. */
  boolean given() {
    return endpoint != null;
  }

  /** Checks the model and the limits up front, before any request or file is touched. */
  void check(CommandSpec spec) {
    if (model == null || model.isBlank()) throw new ParameterException(spec.commandLine(), "--model is required with --endpoint");
    if (concurrency < 1) throw new ParameterException(spec.commandLine(), "--concurrency must be at least 1");
    if (retries < 0) throw new ParameterException(spec.commandLine(), "--retries must not be negative");
    if (!(timeoutSeconds > 0)) throw new ParameterException(spec.commandLine(), "--timeout must be positive");
  }

  /** The client's settings: the chat-completions URL, the key, the timeout and the retries. */
  ChatClient.Config clientConfig(CommandSpec spec) {
    if (endpoint == null) throw new ParameterException(spec.commandLine(), "this step asks a model: give --endpoint URL and --model NAME");
    return new ChatClient.Config(uri(spec, "--endpoint", endpoint), apiKey(spec, "--api-key-env", apiKeyEnv),
        Duration.ofMillis((long) (timeoutSeconds * 1000)), Duration.ofSeconds(10),
        new RetryPolicy(retries + 1, Duration.ofSeconds(1), Duration.ofSeconds(60)));
  }

  /** The sampling fields of every request, {@code --extra-body} included. */
  Sampling sampling(CommandSpec spec) {
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
    try {
      return new Sampling(temperature, topP, maxTokens, seed, stop, extra);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--extra-body: " + e.getMessage());
    }
  }

  /** How answers are read: after the reasoning end tag with {@code --strip-reasoning}, else null (as they are). */
  ReasoningFilter reasoning(CommandSpec spec) {
    if (!stripReasoning) return null;
    int comma = reasoningTags.indexOf(',');
    if (comma <= 0 || comma == reasoningTags.length() - 1) {
      throw new ParameterException(spec.commandLine(), "--reasoning-tags: expected START,END, e.g. <think>,</think>");
    }
    return new ReasoningFilter(reasoningTags.substring(0, comma), reasoningTags.substring(comma + 1));
  }

  ErrorBudget errorBudget(CommandSpec spec) {
    try {
      return ErrorBudget.parse(errorBudget);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--error-budget: " + e.getMessage());
    }
  }

  /** {@code url} as a chat-completions URL; a bad one is a usage error naming {@code option}. */
  static URI uri(CommandSpec spec, String option, String url) {
    try {
      return ChatClient.chatCompletionsUri(url);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** The API key held by the environment variable {@code variable} (null for none); unset is a usage error. */
  static String apiKey(CommandSpec spec, String option, String variable) {
    if (variable == null) return null;
    String key = System.getenv(variable);
    if (key == null || key.isBlank()) {
      throw new ParameterException(spec.commandLine(), option + ": the environment variable " + variable + " is not set");
    }
    return key;
  }
}
