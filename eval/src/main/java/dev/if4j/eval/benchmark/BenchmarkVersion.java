package dev.if4j.eval.benchmark;

import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.text.resources.ResourceMissingException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A benchmark as one upstream version ran it ({@code eval --benchmark ifbench@8a66c06}): that
 * version's checkers, the prompt file it was run on, and what its evaluator did with a prompt that
 * has no response (the "rules of the time").
 *
 * @param benchmark the benchmark
 * @param version the upstream version, or empty for the plain name (the pinned checkers, today's
 *     prompts)
 */
public record BenchmarkVersion(Benchmark benchmark, Optional<UpstreamVersion> version) {
  /** {@code ifbench}, {@code ifbench@8a66c06}, {@code ifbench@2025-07-paper}... */
  public static BenchmarkVersion parse(String id) {
    if (!Versions.isVersioned(id)) return new BenchmarkVersion(Benchmark.byId(id), Optional.empty());
    Benchmark b = Benchmark.byId(id.substring(0, id.indexOf(Versions.SEPARATOR)));
    UpstreamVersion v = Versions.find(b.registry() + id.substring(id.indexOf(Versions.SEPARATOR)));
    return new BenchmarkVersion(b, Optional.of(v));
  }

  /** The registry that judges it unless {@code --registry} says otherwise: the version's. */
  public String registry() {
    return version.filter(v -> !v.pinned()).map(UpstreamVersion::name).orElse(benchmark.registry());
  }

  /**
   * Cache path of the prompts it was run on: IFBench's versions before April 2026 (cb932e35) ran
   * the 294 prompts of July 2025; the others today's file.
   */
  public String defaultInputData() {
    return ranJuly2025Prompts() ? Upstream.IFBENCH_2025_INPUT_DATA : benchmark.defaultInputData();
  }

  /**
   * Cache path of its prompts in {@code language} (null: the default set; M-IFEval has one set per
   * language), or null when it publishes none.
   *
   * @throws IllegalArgumentException for a language it has no prompt set in
   */
  public String inputData(String language) {
    return language == null && benchmark != Benchmark.MIFEVAL ? defaultInputData() : benchmark.defaultInputData(language);
  }

  /**
   * Its prompts {@code file} ({@link #inputData}) from {@code store}, downloaded from their upstream
   * home on first use; without a copy, the message says where it looked and how to get one.
   */
  public Path requireInputData(ResourceStore store, String file) {
    try {
      return store.require(file);
    } catch (ResourceMissingException e) {
      throw new ResourceMissingException(e.relativePath(), "no copy of the " + benchmark.title() + " prompts at "
          + store.root().resolve(file) + (store.isOffline() ? " (offline mode)" : "")
          + ". Pass --input-data FILE, or fetch " + defaultInputDescription()
          + " with 'if4j resources pull'." + (e.getCause() == null ? "" : " (" + e.getMessage() + ")"), e);
    }
  }

  /** What {@link #defaultInputData()} is, for messages. */
  public String defaultInputDescription() {
    return ranJuly2025Prompts()
        ? "the July 2025 IFBench test set (294 prompts, data/IFBench_test.jsonl at allenai/IFBench 8a66c06)"
        : benchmark.defaultInputDescription();
  }

  /**
   * What this version's evaluator did with a prompt that has no response, or a null one, when it
   * differs from if4j's rule (both score not followed, as IFBench's evaluator does since 7840769);
   * null when it does not differ.
   */
  public String evaluatorAborts() {
    if (version.isEmpty() || !benchmark.registry().equals(IfBench.NAME) || version.get().pinned()) return null;
    return switch (version.get().commit()) {
      case "8e6a9be" -> "the evaluator of " + version.get().name() + " aborts with KeyError on a prompt"
          + " without a response (a null response it scores not followed)";
      default -> "the evaluator of " + version.get().name() + " aborts with KeyError on a prompt without"
          + " a response, and with AttributeError on a null response";
    };
  }

  /** The name as {@code --benchmark} took it, canonical: {@code ifbench@8a66c06}. */
  public String id() {
    return version.map(v -> benchmark.id() + Versions.SEPARATOR + v.commit()).orElse(benchmark.id());
  }

  private boolean ranJuly2025Prompts() {
    return benchmark.registry().equals(IfBench.NAME) && version.isPresent() && !version.get().pinned();
  }
}
