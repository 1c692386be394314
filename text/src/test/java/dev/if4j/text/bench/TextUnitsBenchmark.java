package dev.if4j.text.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.if4j.text.PyLines;
import dev.if4j.text.TextTools;
import dev.if4j.text.cjk.CjkCounts;
import dev.if4j.text.hindi.DandaSentences;
import dev.if4j.text.langdetect.LangDetectException;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.spacy.SpacyTokenizer;
import dev.if4j.text.thai.ThaiSentences;
import dev.if4j.text.thai.ThaiWords;
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
 * GPT-4 responses from the shared data, joined until the size is reached; for the Thai, Chinese and
 * Hindi units, the responses of Multi-IF's golden rows in that language): the time per call, which
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
  /** Multi-IF's golden responses in Thai, Chinese and Hindi, cut to the same size. */
  private String thai;
  private String chinese;
  private String hindi;

  @Setup
  public void setUp() throws IOException {
    Path shared = Path.of(System.getProperty("if4j.shared", "../shared"));
    text = answers(shared.resolve("datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl"), kb * 1024);
    tools = new TextTools(ResourceStore.offline(shared.resolve("resources")));
    sentences = tools.punkt().tokenize(text);
    words = NltkWordTokenizer.instance().wordTokenize(sentences);
    tools.languages(); // loaded here, not in the first measured call
    tools.tagger();
    Path multiIf = shared.resolve("parity/multiif/multiif_langpaths.golden.jsonl");
    thai = answersIn(multiIf, "Thai", kb * 1024);
    chinese = answersIn(multiIf, "Chinese", kb * 1024);
    hindi = answersIn(multiIf, "Hindi", kb * 1024);
    tools.loaded(ThaiSentences.TOOL); // loads the dictionary and the CRF model
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

  /** The responses of {@code file}'s rows whose {@code language} is {@code language}, as {@link #answers}. */
  static String answersIn(Path file, String language, int chars) {
    StringBuilder out = new StringBuilder();
    try {
      List<String> lines = Files.readAllLines(file);
      while (out.length() < chars) {
        int before = out.length();
        for (String line : lines) {
          String[] languageAndResponse = topLevel(line, "language", "response");
          if (language.equals(languageAndResponse[0])) out.append(languageAndResponse[1]).append("\n\n");
          if (out.length() >= chars) break;
        }
        if (out.length() == before) throw new IllegalStateException(file + " has no " + language + " responses");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.substring(0, chars);
  }

  /** The string values of two top-level fields of a JSON object line. */
  private static String[] topLevel(String line, String a, String b) throws IOException {
    String[] out = new String[2];
    try (JsonParser p = new JsonFactory().createParser(line)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING && name.equals(a)) out[0] = p.getText();
        else if (v == JsonToken.VALUE_STRING && name.equals(b)) out[1] = p.getText();
        else p.skipChildren();
      }
    }
    return out;
  }

  @Benchmark
  public List<String> thaiWords() {
    return tools.loaded(ThaiWords.TOOL).tokenize(thai);
  }

  /** Multi-IF's Thai sentence count: crfcut line by line. */
  @Benchmark
  public int thaiSentences() {
    int n = 0;
    for (String line : PyLines.splitLines(thai)) n += tools.loaded(ThaiSentences.TOOL).count(line);
    return n;
  }

  @Benchmark
  public int cjkWords() {
    return CjkCounts.countWords(chinese);
  }

  @Benchmark
  public int cjkSentences() {
    return CjkCounts.countSentences(chinese);
  }

  @Benchmark
  public int hindiSentences() {
    return DandaSentences.count(hindi);
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

  /** spaCy's Spanish tokenizer (M-IFEval's and lm-eval's word counts); its piece cache is warm. */
  @Benchmark
  public List<String> spacySpanishTokens() {
    return SpacyTokenizer.spanish().tokens(text);
  }
}
