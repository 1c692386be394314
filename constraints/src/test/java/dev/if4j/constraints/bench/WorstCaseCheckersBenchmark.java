package dev.if4j.constraints.bench;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The checkers issue 17 named as the slowest on long answers ({@link WorstCases#CHECKERS}), each
 * judging {@code kb} K characters of IFEval's GPT-4 answers on a fresh view, so that every text
 * analysis it needs (sentences, words, tags) is part of the time, as in a real row. Not a test:
 * run it with {@code scripts/jmh-checkers.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorstCaseCheckersBenchmark {
  @Param({"ifevalg count:count_unique", "ifbench custom:word_reverse", "ifeval change_case:capital_word_frequency",
      "ifevalg keywords:start_end", "ifevalg keywords:keyword_specific_position", "ifbench count:pronouns"})
  public String checker;

  /** The text's size in K characters (the answers are nearly all ASCII: about KB). */
  @Param({"100", "4096"})
  public int kb;

  private String text;
  private Constraint constraint;
  private TextTools tools;

  @Setup
  public void setUp() {
    text = WorstCases.prose(WorstCases.shared(), kb * 1024);
    tools = new TextTools(ResourceStore.offline(WorstCases.shared().resolve("resources")));
    constraint = WorstCases.checker(checker);
    constraint.check(new TextView(text, tools)); // the language data is loaded here, not in a measured call
  }

  @Benchmark
  public Verdict check() {
    return constraint.check(new TextView(text, tools));
  }
}
