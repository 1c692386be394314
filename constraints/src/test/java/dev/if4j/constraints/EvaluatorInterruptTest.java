package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ifeval.IfEval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An interrupted judging thread stops at the next instruction or loose variant with {@link
 * JudgingInterruptedException}, its interrupt flag still set: the convention a reward server relies
 * on to take back the CPU of a sample that ran out of time.
 */
class EvaluatorInterruptTest {
  /** Counts its checks, interrupts its own thread on the first, and never passes. */
  static final AtomicInteger CHECKS = new AtomicInteger();

  static final ConstraintType SELF_INTERRUPTING = ConstraintType.define("test:self_interrupting")
      .factory(ctx -> new TypedConstraint(EvaluatorInterruptTest.SELF_INTERRUPTING) {
        @Override
        public String describe() {
          return "interrupts its thread";
        }

        @Override
        public Verdict check(dev.if4j.text.TextView response) {
          CHECKS.incrementAndGet();
          Thread.currentThread().interrupt();
          return Verdict.notFollowed(() -> "never");
        }
      });

  static final ConstraintType THROWING = ConstraintType.define("test:throwing")
      .factory(ctx -> new TypedConstraint(EvaluatorInterruptTest.THROWING) {
        @Override
        public String describe() {
          return "stops as an interrupted check deep inside would";
        }

        @Override
        public Verdict check(dev.if4j.text.TextView response) {
          throw new JudgingInterruptedException("deep");
        }
      });

  static final Evaluator EVALUATOR = new Evaluator(
      Registry.of("t", List.of(SELF_INTERRUPTING, THROWING, IfEval.registry().get("punctuation:no_comma"))),
      ConstraintTesting.TOOLS);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private static Row row(String response, String... ids) {
    List<Args> args = new ArrayList<>();
    for (String id : ids) args.add(Args.of(id, Map.of()));
    return new Row("r1", "", response, List.of(ids), args);
  }

  @Test
  void anInterruptedThreadJudgesNothingAndKeepsItsFlag() {
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> EVALUATOR.evaluate(row("a, b", "punctuation:no_comma"), false))
        .isInstanceOf(JudgingInterruptedException.class)
        .hasMessageContaining("r1");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void anInterruptDuringACheckStopsBeforeTheNextLooseVariant() {
    CHECKS.set(0);
    // A response whose variants all differ: without the interrupt, 1 strict + 7 loose checks.
    Row row = row("*first*\nsecond line\n*third*", "test:self_interrupting", "punctuation:no_comma");
    assertThatThrownBy(() -> EVALUATOR.evaluate(row, false)).isInstanceOf(JudgingInterruptedException.class);
    assertThat(CHECKS.get()).isEqualTo(1);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void theExceptionIsNotTurnedIntoANotFollowedVerdict() {
    assertThatThrownBy(() -> EVALUATOR.evaluate(row("text", "test:throwing"), false))
        .isInstanceOf(JudgingInterruptedException.class);
  }

  @Test
  void withoutAnInterruptJudgingGoesOn() {
    RowVerdict v = EVALUATOR.evaluate(row("a b", "punctuation:no_comma"), false);
    assertThat(v.followsAllStrict()).isTrue();
  }

  /**
   * Another thread interrupts a row of 2,000 instructions on a 262K-character response (seconds of
   * work: each searches the whole response for a near-miss keyword): the judging thread stops
   * within a few instructions' time.
   */
  @Test
  void aLongRowStopsPromptlyWhenInterruptedFromOutside() throws Exception {
    Evaluator evaluator = new Evaluator(IfEval.registry(), ConstraintTesting.TOOLS);
    String response = "Some words, and More Words. ".repeat(9_400);
    List<String> ids = new ArrayList<>();
    List<Args> args = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      ids.add("keywords:existence");
      args.add(Args.of("keywords:existence", Map.of("keywords", List.of("Some words, and More Words. Some wordz " + i))));
    }
    Row row = new Row("long", "", response, ids, args);
    long start = System.nanoTime();
    RowVerdict uninterrupted = evaluator.evaluate(row, false);
    long fullMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(uninterrupted.followsAllStrict()).isFalse();
    assertThat(fullMs).as("ms to judge the whole row (the test needs it long)").isGreaterThan(600);

    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flagKept = new AtomicReference<>();
    Thread judge = new Thread(() -> {
      started.countDown();
      try {
        evaluator.evaluate(row, false);
      } catch (Throwable e) {
        thrown.set(e);
        flagKept.set(Thread.currentThread().isInterrupted());
      }
    });
    judge.start();
    started.await();
    Thread.sleep(50);
    long interruptedAt = System.nanoTime();
    judge.interrupt();
    judge.join(TimeUnit.SECONDS.toMillis(10));
    long stoppedMs = (System.nanoTime() - interruptedAt) / 1_000_000;

    assertThat(judge.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(JudgingInterruptedException.class);
    assertThat(flagKept.get()).isTrue();
    assertThat(stoppedMs).as("ms from the interrupt to the end").isLessThan(500);
  }
}
