package dev.if4j.text.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.if4j.text.TextTools;
import dev.if4j.text.langdetect.LangDetectException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * The text units the checkers spend their time in, on {@code kb} KB of real model answers (IFEval's
 * GPT-4 responses from the shared data, joined until the size is reached): the time per call, which
 * {@code scripts/jmh-text.sh} turns into a cost per KB. Not a test: run it with that script.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextUnitsBenchmark {
  /** The text's size in K characters (the answers are nearly all ASCII: about KB). */
  @Param({"1", "10", "100"})
  public int kb;

  private String text;
  private List<String> sentences;
  private List<String> words;
  private TextTools tools;

  @Setup
  public void setUp() throws IOException {
    Path shared = Path.of(System.getProperty("if4j.shared", "../shared"));
    text = answers(shared.resolve("datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl"), kb * 1024);
    tools = new TextTools(ResourceStore.offline(shared.resolve("resources")));
    sentences = tools.punkt().tokenize(text);
    words = NltkWordTokenizer.instance().wordTokenize(sentences);
    tools.languages(); // loaded here, not in the first measured call
    tools.tagger();
  }

  /** The "response" fields of {@code file}, joined by blank lines (round again if needed), cut to {@code chars}. */
  public static String answers(Path file, int chars) {
    StringBuilder out = new StringBuilder();
    while (out.length() < chars) {
      int before = out.length();
      try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
        for (JsonToken t = p.nextToken(); t != null && out.length() < chars; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME && p.currentName().equals("response")) {
            p.nextToken();
            out.append(p.getText()).append("\n\n");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (out.length() == before) throw new IllegalStateException(file + " has no responses");
    }
    return out.substring(0, chars);
  }

  @Benchmark
  public List<String> sentenceSplit() {
    return tools.punkt().tokenize(text);
  }

  @Benchmark
  public List<String> wordTokenize() {
    return NltkWordTokenizer.instance().wordTokenize(sentences);
  }

  @Benchmark
  public String languageDetect() throws LangDetectException {
    return tools.languages().detect(text, 0);
  }

  @Benchmark
  public List<String> posTag() {
    return tools.tagger().tag(words);
  }
}
