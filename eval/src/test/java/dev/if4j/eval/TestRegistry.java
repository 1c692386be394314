package dev.if4j.eval;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.NoComma;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A small registry for tests of the plumbing: the real {@code punctuation:no_comma} plus made-up
 * instructions whose verdicts are easy to predict.
 */
public final class TestRegistry {
  private TestRegistry() {}

  /** {@code test:contains}: the text contains {@code word}; without it, a "reference-random" fill "x". */
  public static final ConstraintType CONTAINS = ConstraintType.define("test:contains")
      .string("word", "the word to find")
      .factory(ctx -> {
        String word = ctx.args().string("word");
        if (word == null) {
          ctx.markReferenceRandom();
          word = "x";
        }
        String w = word;
        return constraint("test:contains", v -> v.text().contains(w)
            ? Verdict.followed(() -> "found " + w)
            : Verdict.notFollowed(() -> "no " + w));
      });

  /** {@code test:spin}: burns {@code spin} iterations, then: the text has an even length. */
  public static final ConstraintType SPIN = ConstraintType.define("test:spin")
      .integer("spin", "busy iterations")
      .factory(ctx -> {
        long spin = ctx.args().integer("spin") == null ? 0 : ctx.args().integer("spin");
        return constraint("test:spin", v -> {
          long acc = 0;
          for (long i = 0; i < spin; i++) acc += i ^ v.text().length();
          boolean even = v.text().length() % 2 == 0;
          return Verdict.of(even || acc == -1);
        });
      });

  /** {@code test:starts_with_prompt}: takes the row's prompt; the text starts with it. */
  public static final ConstraintType STARTS_WITH_PROMPT = ConstraintType.define("test:starts_with_prompt")
      .string("prompt", "the row's prompt")
      .factory(ctx -> {
        String prompt = ctx.args().string("prompt");
        return constraint("test:starts_with_prompt", v -> Verdict.of(v.text().startsWith(prompt)));
      });

  /** {@code test:needs_data}: reads a language resource file when checking. */
  public static final ConstraintType NEEDS_DATA = ConstraintType.define("test:needs_data")
      .factory(ctx -> constraint("test:needs_data", v -> {
        v.tools().store().require("nltk/corpora/stopwords/english");
        return Verdict.of(true);
      }));

  public static final Registry REGISTRY =
      Registry.of("test", java.util.List.of(NoComma.TYPE, CONTAINS, SPIN, STARTS_WITH_PROMPT, NEEDS_DATA));

  /** A judge over {@link #REGISTRY} whose language data directory is {@code resources} (offline). */
  public static RowJudge judge(Path resources) {
    return new RowJudge(new Evaluator(REGISTRY, new TextTools(ResourceStore.offline(resources))));
  }

  static Constraint constraint(String id, Function<TextView, Verdict> check) {
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
