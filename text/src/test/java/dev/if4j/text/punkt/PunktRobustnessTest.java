package dev.if4j.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the tokenizer over every response of the shared parity files and over adversarial 1 MB
 * inputs. Exact agreement with NLTK is checked outside the test suite (a differential script runs
 * the reference); here we check the invariants any correct run keeps, and that time stays linear.
 */
class PunktRobustnessTest {
  static PunktSentenceTokenizer punkt;

  @BeforeAll
  static void load() {
    punkt = PunktSentenceTokenizer.english(PunktSentenceTokenizerTest.store());
  }

  @Test
  void aContextMemoSharedByEveryParityResponseAndItsCutsChangesNoSentence() throws IOException {
    // One memo for all texts, unrelated ones included: a context is found again only by its
    // characters, so sharing it may save work but never change an answer.
    Path parity = Path.of(System.getProperty("if4j.shared"), "parity");
    ContextMemo memo = new ContextMemo();
    long texts = 0;
    for (String file :
        List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl", "ifbench/sample.golden.jsonl")) {
      for (String line : Files.readAllLines(parity.resolve(file), StandardCharsets.UTF_8)) {
        String response = JsonField.string(line, "response");
        if (response == null) continue;
        int nl = response.indexOf('\n');
        for (String text : List.of(response, nl < 0 ? "" : response.substring(nl + 1), response.replace("*", ""),
            response.toLowerCase(java.util.Locale.ROOT))) {
          assertThat(punkt.tokenize(text, memo)).as("sentences of %s", text).isEqualTo(punkt.tokenize(text));
          assertThat(punkt.countSentences(text, memo)).isEqualTo(punkt.countSentences(text));
          texts++;
        }
      }
    }
    assertThat(texts).isGreaterThan(24_000);
  }

  @Test
  void everyParityResponseTokenizesConsistently() throws IOException {
    Path parity = Path.of(System.getProperty("if4j.shared"), "parity");
    List<String> responses = new ArrayList<>();
    for (String file :
        List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl", "ifbench/sample.golden.jsonl")) {
      for (String line : Files.readAllLines(parity.resolve(file), StandardCharsets.UTF_8)) {
        String response = JsonField.string(line, "response");
        if (response != null) responses.add(response);
      }
    }
    assertThat(responses).hasSizeGreaterThan(6000);
    long sentences = 0;
    for (String r : responses) {
      List<String> sents = punkt.tokenize(r);
      List<int[]> spans = punkt.spanTokenize(r);
      assertThat(punkt.countSentences(r)).isEqualTo(sents.size());
      assertThat(spans).hasSameSizeAs(sents);
      int previousEnd = 0;
      for (int i = 0; i < spans.size(); i++) {
        int[] span = spans.get(i);
        assertThat(span[0]).isGreaterThanOrEqualTo(previousEnd);
        assertThat(r.substring(span[0], span[1])).isEqualTo(sents.get(i));
        previousEnd = span[1];
      }
      sentences += sents.size();
    }
    assertThat(sentences).isGreaterThan(responses.size());
  }

  @Test
  void adversarialMegabyteInputsStayLinear() {
    int n = 1_000_000;
    Map<String, String> inputs =
        Map.of(
            "bangs", "!".repeat(n),
            "bang-paren", "!(".repeat(n / 2),
            "spaced-dots", ". ".repeat(n / 2),
            "initials", "a. ".repeat(n / 3),
            "no-spaces", "a.b".repeat(n / 3),
            "one-long-word", "a. " + "b".repeat(n) + ". C",
            "lines", "A.\n".repeat(n / 3),
            "prose", "Dr. Smith met Mr. J. Bach in the U.S. on Jan. 5. It rained! ".repeat(n / 60));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> inputs.forEach((name, text) -> assertThat(punkt.countSentences(text)).as(name).isPositive()));
    // Values NLTK 3.8 gives for the same inputs.
    assertThat(punkt.countSentences(inputs.get("bangs"))).isEqualTo(3);
    assertThat(punkt.countSentences(inputs.get("spaced-dots"))).isEqualTo(n / 2);
    assertThat(punkt.countSentences(inputs.get("initials"))).isEqualTo(1);
    assertThat(punkt.countSentences(inputs.get("lines"))).isEqualTo(n / 3);
  }

  /** Just enough JSON to pull one top-level string field out of a JSONL row. */
  static final class JsonField {
    static String string(String json, String field) {
      String key = "\"" + field + "\":";
      int at = json.indexOf(key);
      if (at < 0) return null;
      int i = at + key.length();
      while (i < json.length() && json.charAt(i) == ' ') i++;
      if (i >= json.length() || json.charAt(i) != '"') return null;
      StringBuilder sb = new StringBuilder();
      for (i++; i < json.length(); i++) {
        char c = json.charAt(i);
        if (c == '"') return sb.toString();
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = json.charAt(++i);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      }
      throw new IllegalArgumentException("unterminated string for " + field);
    }
  }
}
