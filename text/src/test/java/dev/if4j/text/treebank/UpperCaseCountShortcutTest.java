package dev.if4j.text.treebank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NltkWordTokenizer#countUpperCaseTokens} counts a sentence's upper-case tokens, mostly
 * without the rewrites, as the tokens of the full cascade do: on every sentence of the IFEval and
 * IFBench parity responses (generated sentences: {@link TokenCountShortcutTest}).
 */
class UpperCaseCountShortcutTest {
  private static final NltkWordTokenizer TOKENIZER = NltkWordTokenizer.instance();

  @Test
  void agreesWithTheRewrittenTokensOnEveryParitySentence() throws IOException {
    Path shared = Path.of(System.getProperty("if4j.shared"));
    PunktSentenceTokenizer punkt = PunktSentenceTokenizer.english(ResourceStore.offline(shared.resolve("resources")));
    ObjectMapper json = new ObjectMapper();
    long sentences = 0;
    for (String file : List.of("ifeval/gpt4.golden.jsonl", "ifeval/fuzz.golden.jsonl", "ifbench/sample.golden.jsonl")) {
      for (String line : Files.readAllLines(shared.resolve("parity").resolve(file), StandardCharsets.UTF_8)) {
        JsonNode response = json.readTree(line).get("response");
        if (response == null || !response.isTextual()) continue;
        for (String sentence : punkt.tokenize(response.asText())) {
          sentences++;
          long upper = TOKENIZER.tokenize(sentence).stream().filter(dev.if4j.text.Py::isUpper).count();
          assertThat(TOKENIZER.countUpperCaseTokens(sentence)).as("capitals of %s", sentence).isEqualTo(upper);
        }
      }
    }
    assertThat(sentences).isGreaterThan(50_000);
  }

  @Test
  void countsTheTokensThatRewritesMake() {
    // "I'm" splits into I and 'm; "GONNA" into GON and NA; "U.S." keeps its periods.
    assertThat(TOKENIZER.countUpperCaseTokens("I'm here")).isEqualTo(1);
    assertThat(TOKENIZER.countUpperCaseTokens("we are GONNA win")).isEqualTo(2);
    assertThat(TOKENIZER.countUpperCaseTokens("CanNot")).isZero();
    assertThat(TOKENIZER.countUpperCaseTokens("the U.S. team")).isEqualTo(1);
    assertThat(TOKENIZER.countUpperCaseTokens("\u00C9COLE")).isEqualTo(1);
    assertThat(TOKENIZER.countUpperCaseTokens("The BIG cat, OK")).isEqualTo(2);
    assertThat(TOKENIZER.countUpperCaseTokens("no capitals: at all (really) \u00e9t\u00e9.")).isZero();
    assertThat(TOKENIZER.countUpperCaseTokens("GONNAS CANNOTX\u00a0A\u3000Bb")).isEqualTo(3);
    assertThat(TOKENIZER.countUpperCaseTokens("")).isZero();
    assertThat(TOKENIZER.countUpperCaseTokens("  \n ")).isZero();
  }
}
