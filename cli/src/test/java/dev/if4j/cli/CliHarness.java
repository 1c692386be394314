package dev.if4j.cli;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.NoComma;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceFetcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with captured streams, a test registry and no network. */
final class CliHarness {
  /** Downloads are refused: no test touches the network. */
  static final ResourceFetcher NO_NETWORK = (file, root) -> {
    throw new java.io.IOException("no network in tests");
  };

  static final ConstraintType NEEDS_DATA = ConstraintType.define("test:needs_data")
      .factory(ctx -> constraint("test:needs_data", v -> {
        v.tools().store().require("nltk/corpora/stopwords/english");
        return Verdict.of(true);
      }));

  static final ConstraintType BROKEN = ConstraintType.define("test:broken")
      .factory(ctx -> {
        throw new IllegalStateException("a bug in a checker");
      });

  static final Registry TEST_REGISTRY = Registry.of("test", List.of(NoComma.TYPE, NEEDS_DATA, BROKEN));

  final Path workDir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  byte[] stdin = new byte[0];
  ResourceFetcher fetcher = NO_NETWORK;

  CliHarness(Path workDir) {
    this.workDir = workDir;
  }

  int run(String... args) {
    out.reset();
    err.reset();
    CliEnv env = new CliEnv(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), workDir, Map.of("test", TEST_REGISTRY), fetcher);
    return Main.run(env, args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Constraint constraint(String id, java.util.function.Function<TextView, Verdict> check) {
    return new Constraint() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String describe() {
        return id;
      }

      @Override
      public Map<String, Object> args() {
        return Map.of();
      }

      @Override
      public Verdict check(TextView response) {
        return check.apply(response);
      }
    };
  }
}
