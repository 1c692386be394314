package dev.if4j.text.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.if4j.text.japanese.JaSentenceSegmenter;
import dev.if4j.text.japanese.JanomeTokenizer;
import dev.if4j.text.japanese.NeologdNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
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
 * The Japanese text units (janome's tokens over Kuromoji, ja_sentence_segmenter's normalizer and
 * M-IFEval's segmenter pipeline) on {@code kb} K characters of M-IFEval's shipped Japanese answers
 * (the Japanese rows of the shared mifeval_real golden file, joined). Run it with {@code
 * scripts/jmh-text.sh JapaneseUnitsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JapaneseUnitsBenchmark {
  @Param({"1", "10", "100"})
  public int kb;

  private String text;
  private JanomeTokenizer tokenizer;

  @Setup
  public void setUp() {
    Path shared = Path.of(System.getProperty("if4j.shared", "../shared"));
    text = japaneseAnswers(shared.resolve("parity/mifeval/mifeval_real.golden.jsonl"), kb * 1024);
    tokenizer = new JanomeTokenizer();
    tokenizer.tokenize(text); // the dictionary is loaded here, not in the first measured call
  }

  /** The "response" fields of the rows whose "language" is "ja", joined by blank lines, cut to {@code chars}. */
  static String japaneseAnswers(Path file, int chars) {
    StringBuilder out = new StringBuilder();
    while (out.length() < chars) {
      int before = out.length();
      try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
        String language = null;
        String response = null;
        for (JsonToken t = p.nextToken(); t != null && out.length() < chars; t = p.nextToken()) {
          if (t == JsonToken.START_OBJECT && p.getParsingContext().getParent().inRoot()) {
            language = null;
            response = null;
          } else if (t == JsonToken.FIELD_NAME && p.getParsingContext().getParent().inRoot()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("language")) language = p.getText();
            else if (name.equals("response")) response = p.getText();
            else if (v.isStructStart()) p.skipChildren();
          } else if (t == JsonToken.END_OBJECT && p.getParsingContext().inRoot()) {
            if ("ja".equals(language) && response != null) out.append(response).append("\n\n");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (out.length() == before) throw new IllegalStateException(file + " has no Japanese responses");
    }
    return out.substring(0, chars);
  }

  @Benchmark
  public int tokenize() {
    return tokenizer.tokenize(text).size();
  }

  @Benchmark
  public int normalize() {
    return NeologdNormalizer.normalize(text).length();
  }

  @Benchmark
  public int countSentences() {
    List<String> texts = JaSentenceSegmenter.splitNewline(List.of(NeologdNormalizer.normalize(text)));
    texts = JaSentenceSegmenter.concatenateWhenEndsWith(texts, "の");
    return JaSentenceSegmenter.splitPunctuation(texts, "。!?").size();
  }
}
