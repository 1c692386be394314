package dev.if4j.cli;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.Registries;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Option groups several commands share. */
final class Options {
  private Options() {}

  /** Where language data lives and whether it may be downloaded. */
  static final class Resources {
    @Option(names = "--resources", paramLabel = "DIR",
        description = "Language data directory (default: $IF4J_RESOURCES, else ~/.cache/if4j).")
    Path dir;

    @Option(names = "--offline", description = "Never download; a missing file is an error (exit 4).")
    boolean offline;

    ResourceStore store(CliEnv env) {
      return ResourceStore.locate(Optional.ofNullable(dir).map(env::resolve), offline, env.fetcher());
    }
  }

  /** The instruction registry and the thread count. */
  static final class Judging {
    @Option(names = "--registry", paramLabel = "NAME",
        description = "Instruction registry: ifeval, ifbench, ifevalg, multiif (Multi-IF's checkers and"
            + " rules), mifeval (M-IFEval: ids en:, es:, fr:, ja:), lmeval-es, lmeval-ca (lm-eval's"
            + " ifeval_es/_ca; docs/multilingual.md) or auto (every id of ifeval, ifbench, ifevalg and"
            + " mifeval but the es: ids, which M-IFEval and lm-eval judge differently; the classic ids"
            + " judge alike in each), or an upstream version of one, NAME@VERSION"
            + " (ifbench@8a66c06, ifbench@2025-07-paper; 'if4j registries' lists them)."
            + " Default: auto for check, the benchmark's for eval.")
    String registry;

    @Option(names = "--fixes", paramLabel = "IDS", split = ",",
        description = "Repairs of known defects of the reference checkers to enable on top of the registry"
            + " (comma-separated fix ids, or 'all' for its -fixed flavour; 'if4j fixes list' lists them)."
            + " Default: none (the faithful reference).")
    List<String> fixes;

    @Option(names = "--threads", paramLabel = "N",
        description = "Worker threads (default: all cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** A judge with the --registry given, else {@code auto}. */
    RowJudge judge(CliEnv env, CommandSpec spec, ResourceStore store) {
      return judge(env, spec, store, Registries.AUTO);
    }

    /** A judge with the --registry given, else {@code fallback}. */
    RowJudge judge(CliEnv env, CommandSpec spec, ResourceStore store, String fallback) {
      String name = registry != null ? registry : fallback;
      if (threads < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
      }
      Registry base;
      try {
        base = env.registry(name);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--registry: " + e.getMessage());
      }
      return new RowJudge(new Evaluator(withFixes(spec, base), new TextTools(store)));
    }

    /** {@code base} with the {@code --fixes} given. */
    private Registry withFixes(CommandSpec spec, Registry base) {
      if (fixes == null || fixes.isEmpty()) return base;
      boolean benchmark = spec.name().equals("eval");
      if (!benchmark && fixes.contains(Fixes.DATA)) {
        throw new ParameterException(spec.commandLine(), "--fixes: '" + Fixes.DATA + "' corrects rows of the"
            + " IFEval benchmark; it applies to 'if4j eval --benchmark ifeval' only");
      }
      try {
        return fixes.equals(List.of("all")) ? Fixes.fixed(base) : Fixes.enable(base, fixes);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--fixes: " + e.getMessage());
      }
    }
  }
}
