package dev.if4j.eval.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.eval.TestRegistry;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.judging.Verification;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deferred {@link Verification} is made only for a row that needs it, and once. */
class RowJudgeDeferredVerifTest {
  @TempDir Path resources;

  private static final String IFEVAL_ROW = "{\"id\": \"a\", \"prompt\": \"p\", \"response\": \"has x\","
      + " \"instruction_id_list\": [\"test:contains\"], \"kwargs\": [{\"word\": \"x\"}]}";
  private static final String VERINSTRUCT_ROW = "{\"id\": \"v\", \"prompt\": \"p\", \"response\": \"has x\","
      + " \"checkers\": [\"[rule] contains x\"], \"functions\": [\"def check_following(instruction, response):\\n"
      + "    return 'x' in response\"]}";

  @Test
  void rowsOfTheRegistryNeverMakeIt() {
    AtomicInteger made = new AtomicInteger();
    RowJudge judge = new RowJudge(TestRegistry.judge(resources).evaluator(), () -> {
      made.incrementAndGet();
      return Verification.registryOnly();
    });

    var verdict = judge.judge("rows.jsonl", RowParser.CHECK.parse("rows.jsonl", new SourceLine(1, IFEVAL_ROW)), false);

    assertThat(verdict.instructions()).singleElement().satisfies(v -> assertThat(v.strict()).isTrue());
    assertThat(made).hasValue(0);
    assertThat(judge.verifIfMade()).isNull();
  }

  @Test
  void aVerInstructRowMakesItOnce() {
    AtomicInteger made = new AtomicInteger();
    RowJudge judge = new RowJudge(TestRegistry.judge(resources).evaluator(), () -> {
      made.incrementAndGet();
      return Verification.registryOnly();
    });
    var parsed = RowParser.CHECK.parse("rows.jsonl", new SourceLine(1, VERINSTRUCT_ROW));

    for (int i = 0; i < 3; i++) {
      try {
        judge.judge("rows.jsonl", parsed, false);
      } catch (RuntimeException notMapped) {
        // registry mode cannot map this rule to an instruction: bad input, after the Verif was made
      }
    }

    assertThat(made).hasValue(1);
    assertThat(judge.verifIfMade()).isNotNull();
  }
}
