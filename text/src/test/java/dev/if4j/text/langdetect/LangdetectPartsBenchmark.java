package dev.if4j.text.langdetect;

import dev.if4j.text.TextTools;
import dev.if4j.text.bench.TextUnitsBenchmark;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Random;
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
 * The parts of one langdetect detection, on {@code kb} K characters of IFEval's GPT-4 answers (as
 * {@link TextUnitsBenchmark}): the n-gram extraction alone, the extraction and the random walk
 * (the walk's cost is the difference), and the walk's normalisation of 55 probabilities, beside
 * the loop it replaced (Math.max for the maximum). Not a test: {@code scripts/jmh.sh langdetect}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LangdetectPartsBenchmark {
  /** The text's size in K characters (IFEval's answers are about 1 K each). */
  @Param({"1"})
  public int kb;

  private String text;
  private LanguageDetector detector;
  private final double[] prob = new double[55];
  private final double[] start = new double[55];

  @Setup
  public void setUp() {
    Path shared = Path.of(System.getProperty("if4j.shared", "../shared"));
    text = TextUnitsBenchmark.answers(
        shared.resolve("datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl"), kb * 1024);
    detector = new TextTools(ResourceStore.offline(shared.resolve("resources"))).languages();
    // A walk's probabilities after a few blocks: a leader, a few contenders, many near zero.
    Random random = new Random(5);
    for (int i = 0; i < start.length; i++) start[i] = Math.scalb(random.nextDouble(), -random.nextInt(200));
  }

  @Benchmark
  public int[] ngrams() {
    return detector.ngrams(text);
  }

  @Benchmark
  public double[] ngramsAndWalk() throws LangDetectException {
    return detector.probabilities(text, 0, true);
  }

  @Benchmark
  public double normalize() {
    System.arraycopy(start, 0, prob, 0, prob.length);
    return RandomWalk.normalize(prob);
  }

  /** The normalisation as it was before: the maximum taken with {@link Math#max}. */
  @Benchmark
  public double normalizeWithMathMax() {
    System.arraycopy(start, 0, prob, 0, prob.length);
    double sum = 0.0;
    double max = 0.0;
    for (double p : prob) {
      sum += p;
      max = Math.max(max, p);
    }
    for (int j = 0; j < prob.length; j++) prob[j] = prob[j] / sum;
    return max / sum;
  }
}
