package dev.if4j.reward;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/** Shared fixtures: the IFEval evaluator over the shared language data, and a registry with a slow checker. */
public final class RewardTesting {
  private RewardTesting() {}

  public static final TextTools TOOLS = new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../shared"), "resources")));

  public static final Evaluator IFEVAL = new Evaluator(IfEval.registry(), TOOLS);

  /**
   * IFEval plus {@code test:slow}, which follows after sleeping {@code millis} (an argument): a
   * stand-in for a checker that runs away on some input; and {@code test:contains_prompt}, which
   * takes the sample's prompt.
   */
  public static final Registry WITH_SLOW = IfEval.registry().flavour("ifeval+slow", List.of(
      ConstraintType.define("test:slow").integer("millis", "how long to take").factory(ctx -> {
        long millis = ctx.args().integer("millis") == null ? 0 : ctx.args().integer("millis");
        return new Constraint() {
          @Override
          public String id() {
            return "test:slow";
          }

          @Override
          public String describe() {
            return "take your time";
          }

          @Override
          public Map<String, Object> args() {
            return Map.of("millis", millis);
          }

          @Override
          public Verdict check(TextView response) {
            // Deliberately ignores interrupts, as a runaway checker would.
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) LockSupport.parkNanos(1_000_000);
            return Verdict.of(true);
          }
        };
      }),
      ConstraintType.define("test:interruptible").factory(ctx -> new Constraint() {
        @Override
        public String id() {
          return "test:interruptible";
        }

        @Override
        public String describe() {
          return "run until interrupted";
        }

        @Override
        public Map<String, Object> args() {
          return Map.of();
        }

        @Override
        public Verdict check(TextView response) {
          // Looks at its thread's interrupt as the Evaluator does between instructions, and stops
          // the way it does: with an unchecked exception.
          long end = System.nanoTime() + 10_000_000_000L;
          while (System.nanoTime() < end) {
            if (Thread.currentThread().isInterrupted()) {
              INTERRUPTED_CHECKS.incrementAndGet();
              throw new IllegalStateException("judging interrupted");
            }
            LockSupport.parkNanos(1_000_000);
          }
          return Verdict.of(true);
        }
      }),
      ConstraintType.define("test:contains_prompt").string("prompt", "the row's prompt").factory(ctx -> {
        String prompt = ctx.args().string("prompt");
        return new Constraint() {
          @Override
          public String id() {
            return "test:contains_prompt";
          }

          @Override
          public String describe() {
            return "repeat the prompt";
          }

          @Override
          public Map<String, Object> args() {
            return Map.of("prompt", prompt);
          }

          @Override
          public Verdict check(TextView response) {
            return Verdict.of(response.text().contains(prompt));
          }
        };
      })));

  public static final Evaluator SLOW = new Evaluator(WITH_SLOW, TOOLS);

  /** How many {@code test:interruptible} checks saw their interrupt and stopped. */
  public static final java.util.concurrent.atomic.AtomicInteger INTERRUPTED_CHECKS = new java.util.concurrent.atomic.AtomicInteger();

  /** A ground truth of alternating ids and argument maps: {@code gt("a", Map.of(), "b", Map.of("n", 1))}. */
  @SuppressWarnings("unchecked")
  public static RewardGroundTruth gt(Object... idsAndArgs) {
    List<String> ids = new ArrayList<>();
    List<Args> args = new ArrayList<>();
    for (int i = 0; i < idsAndArgs.length; i += 2) {
      String id = (String) idsAndArgs[i];
      ids.add(id);
      args.add(Args.of(id, (Map<String, ?>) idsAndArgs[i + 1]));
    }
    return new RewardGroundTruth(ids, args);
  }

  /** A sample of {@code response} against {@code gt}, without prompt. */
  public static RewardSample sample(String response, RewardGroundTruth gt) {
    return RewardSample.of(null, response, gt);
  }

  /**
   * An input problem as a sample's part of the reward server's 400 answer words it ({@code field:
   * problem}), what the reward exceptions' own messages were before the shared {@link
   * InputProblemException}.
   */
  public static String fieldAndProblem(Throwable e) {
    InputProblemException p = (InputProblemException) e;
    return (p.field() == null ? "" : p.field() + ": ") + p.problem();
  }
}
